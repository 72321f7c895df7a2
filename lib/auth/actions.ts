import { z } from 'zod';
import type { StaffUser } from '@/db/queries/users';
import { hasCharForbiddenInXml } from '@/lib/content/xml';
import { hasRole, type Role } from './roles';

export type ActionState = {
  ok?: string;
  error?: string;
  status?: 401 | 403 | 404 | 409 | 422;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the client needs after a success or a conflict (a new id and version, the other person's text). */
  data?: Record<string, unknown>;
};

export const ALL_STAFF: readonly Role[] = ['writer', 'editor', 'admin'];

/**
 * An id or a version, from a form (decimal digits only: no sign, exponent, hex or spaces, which Number() would
 * accept) or from code: a positive integer no larger than Postgres' integer columns hold.
 */
export const formInteger = z
  .union([z.string().regex(/^[1-9][0-9]*$/, 'Expected a whole number.').transform(Number), z.number()])
  .pipe(z.number().int().positive().max(2_147_483_647));

// What a reader of the form calls each field, for a message that says which one to fix (the body has no mark beside it).
const FIELD_NAMES: Record<string, string> = {
  title: 'The headline', bodyDoc: 'The body', keyPoints: 'A key point', tags: 'A tag', seoTitle: 'The SEO title', seoDescription: 'The SEO description',
  correctionNote: 'The correction note', coverImageUrl: 'The cover image', coverImageAlt: 'The cover image description',
};
// Passwords are only ever hashed: whatever someone chose once must still be accepted as their current password.
const HASHED_ONLY = new Set(['password', 'current', 'next', 'confirm']);

// Text goes to pages, feeds and sitemaps as sent. Postgres refuses NUL and would store a lone surrogate as U+FFFD, and
// the other characters XML 1.0 forbids (C0 controls, U+FFFE, U+FFFF) would make every feed carrying them unparseable:
// text with any of them is refused, so whatever a command accepts is stored exactly as sent and can be published.
function unpublishable(value: unknown): boolean {
  if (typeof value === 'string') return hasCharForbiddenInXml(value);
  return typeof value === 'object' && value !== null && Object.values(value).some(unpublishable);
}

function refuseUnpublishable(data: unknown, ctx: z.RefinementCtx) {
  for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
    if (HASHED_ONLY.has(field) || !unpublishable(value)) continue;
    const message = `${FIELD_NAMES[field] ?? `The ${field}`} contains a character that cannot be published (a control character, U+FFFE, U+FFFF or a broken one): remove it.`;
    ctx.addIssue({ code: 'custom', path: [field], message, params: { unpublishable: true } });
  }
}

/** Who runs a command: with the session it came through, which tests and scripts calling commands lack. */
export type CommandUser = StaffUser & { sessionId?: string };
export type Command = (user: CommandUser | null, input: Record<string, unknown>) => Promise<ActionState>;

/**
 * Every newsroom command is built through this: the session and the role are checked and the input is
 * validated before the handler runs, so none of the three can be forgotten. Commands take the user as an
 * argument, so tests can call each one as every role against a real database.
 */
export function command<S extends z.ZodType>(roles: readonly Role[], schema: S, handler: (data: z.infer<S>, user: CommandUser) => Promise<ActionState>): Command {
  const checked = schema.superRefine(refuseUnpublishable);
  return async (user, input) => {
    if (!user) return { error: 'Your session has ended. Sign in again.', status: 401 };
    if (!hasRole(user, roles)) return { error: 'You do not have permission to do that.', status: 403 };
    const parsed = checked.safeParse(input);
    if (!parsed.success) {
      // A field that cannot be published is named in the message too: not every field shows its own.
      const named = parsed.error.issues.find((issue) => issue.code === 'custom' && issue.params?.unpublishable);
      return { error: named?.message ?? 'Please correct the fields marked below.', status: 422, fieldErrors: z.flattenError(parsed.error).fieldErrors as ActionState['fieldErrors'] };
    }
    return handler(parsed.data, user);
  };
}
