// Planning commands: an editor assigns a story before anyone writes a word, and changes its plan later.
import { z } from 'zod';
import { createPiece, type PiecePlan } from '@/db/queries/pieces';
import { updatePiecePlan } from '@/db/queries/planning';
import { firstAuthorId } from '@/db/queries/taxonomy';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { command, formInteger, type ActionState } from '@/lib/auth/actions';
import type { Role } from '@/lib/auth/roles';
import { env } from '@/lib/env';
import { emptyDraft } from './pieces';
import { notFound } from './refusals';
import { formatZonedTime } from './time';

const EDITORS: readonly Role[] = ['editor', 'admin'];

// The form turns its pickers, read in the newsroom's zone, into ISO instants.
function toInstant(text: string, ctx: z.RefinementCtx): Date {
  const at = new Date(text);
  // Outside years 1 to 9999 the ISO text has a six-digit signed year, which Postgres cannot read.
  if (!Number.isNaN(at.getTime()) && at.getUTCFullYear() >= 1 && at.getUTCFullYear() <= 9999) return at;
  ctx.addIssue({ code: 'custom', message: 'That is not a time the newsroom can use: pick one in the calendar.' });
  return z.NEVER;
}

const planFields = {
  slugLine: z.string({ error: 'Give the story a slug line.' }).trim().min(1, 'Give the story a slug line.').max(80, 'Keep the slug line to 80 characters or fewer.'),
  assigneeId: z
    .union([z.literal('').transform(() => undefined), formInteger])
    .optional()
    .pipe(z.number({ error: 'Choose who writes it.' })),
  dueAt: z.string({ error: 'Choose when the copy is due.' }).trim().min(1, 'Choose when the copy is due.').transform(toInstant),
  plannedFor: z
    .string()
    .trim()
    .optional()
    .transform((text, ctx) => (text ? toInstant(text, ctx) : null)),
};

const refinePlan = <S extends z.ZodType<{ dueAt: Date; plannedFor: Date | null }>>(schema: S) =>
  schema.refine((form) => !form.plannedFor || form.plannedFor >= form.dueAt, {
    path: ['plannedFor'],
    message: 'The planned publication time is before the due time: publish after the copy is due.',
  });

const planForm = refinePlan(z.object(planFields));
const replanForm = refinePlan(z.object({ ...planFields, id: formInteger }));

type PlanForm = z.infer<typeof planForm>;

const refuse = (field: keyof PlanForm, message: string): ActionState => ({ error: message, status: 422, fieldErrors: { [field]: [message] } });

const noSuchAssignee = refuse('assigneeId', 'Choose someone on the staff list: that account is disabled or gone.');

/** The plan to store, with its assignee; null when the assignee is no longer active staff. */
async function checkedPlan(form: PlanForm): Promise<{ plan: PiecePlan; assignee: StaffUser } | null> {
  const assignee = await getActiveUser(form.assigneeId);
  return assignee && { plan: { slugLine: form.slugLine, assigneeId: assignee.id, dueAt: form.dueAt, plannedFor: form.plannedFor }, assignee };
}

const due = (plan: PiecePlan) => formatZonedTime(plan.dueAt, env.NEWSROOM_TIMEZONE);

/** Plans a story: an empty draft, bylined to its assignee where they have an author profile, who is told of it. */
export const planPiece = command(EDITORS, planForm, async (form, user) => {
  if (form.dueAt.getTime() <= Date.now()) return refuse('dueAt', 'That due time has passed: choose a time in the future.');
  const checked = await checkedPlan(form);
  if (!checked) return noSuchAssignee;
  const authorId = checked.assignee.authorId ?? user.authorId ?? (await firstAuthorId());
  if (!authorId) return { error: 'The newsroom has no author profile yet: ask an admin to add one.', status: 422 };
  const id = await createPiece(emptyDraft(authorId), user.id, checked.plan);
  return { ok: `Planned “${checked.plan.slugLine}” for ${checked.assignee.name}, due ${due(checked.plan)}.`, data: { id } };
});

/** Changes a piece's plan; a due time already past may stay (the piece is then overdue). */
export const updatePlan = command(EDITORS, replanForm, async (form, user) => {
  const checked = await checkedPlan(form);
  if (!checked) return noSuchAssignee;
  if (!(await updatePiecePlan(form.id, checked.plan, user.id))) return notFound;
  return { ok: `Plan saved: ${checked.assignee.name}, due ${due(checked.plan)}.` };
});
