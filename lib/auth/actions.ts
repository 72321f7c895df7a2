import { z } from 'zod';
import type { StaffUser } from '@/db/queries/users';
import { getCurrentUser, hasRole, type Role } from './session';

export type ActionState = {
  ok?: string;
  error?: string;
  status?: 401 | 403 | 404 | 409 | 422;
  fieldErrors?: Record<string, string[] | undefined>;
  /** What the client needs after a success or a conflict (a new id and version, the other person's text). */
  data?: Record<string, unknown>;
};

export const ALL_STAFF: readonly Role[] = ['writer', 'editor', 'admin'];

/** An id or a version from a form: a positive integer no larger than Postgres' integer columns hold. */
export const formInteger = z.coerce.number().int().positive().max(2_147_483_647);

// Postgres refuses a NUL character in text and would store a lone surrogate as U+FFFD: text with either is
// refused, so whatever a command accepts is stored exactly as sent.
function unstorable(value: unknown): boolean {
  if (typeof value === 'string') return value.includes('\u0000') || !value.isWellFormed();
  return typeof value === 'object' && value !== null && Object.values(value).some(unstorable);
}

function refuseUnstorable(data: unknown, ctx: z.RefinementCtx) {
  for (const [field, value] of Object.entries(data as Record<string, unknown>)) {
    if (unstorable(value)) ctx.addIssue({ code: 'custom', path: [field], message: 'Remove the invisible or broken characters from this text.' });
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
  const checked = schema.superRefine(refuseUnstorable);
  return async (user, input) => {
    if (!user) return { error: 'Your session has ended. Sign in again.', status: 401 };
    if (!hasRole(user, roles)) return { error: 'You do not have permission to do that.', status: 403 };
    const parsed = checked.safeParse(input);
    if (!parsed.success) {
      return { error: 'Please correct the fields marked below.', status: 422, fieldErrors: z.flattenError(parsed.error).fieldErrors as ActionState['fieldErrors'] };
    }
    return handler(parsed.data, user);
  };
}

/** A command as a server action for useActionState: the user comes from the session cookie. */
export const formAction =
  (run: Command) =>
  async (_previous: ActionState, form: FormData): Promise<ActionState> =>
    run(await getCurrentUser(), Object.fromEntries(form));
