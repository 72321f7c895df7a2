import { z } from 'zod';
import type { StaffUser } from '@/db/queries/users';
import { getCurrentUser, hasRole, type Role } from './session';

export type ActionState = { ok?: string; error?: string; fieldErrors?: Record<string, string[] | undefined> };

export const ALL_STAFF: readonly Role[] = ['writer', 'editor', 'admin'];

/**
 * Every server action is built through this: the session and the role are checked on the server and the
 * form is validated before the handler runs, so none of the three can be forgotten.
 */
export function staffAction<S extends z.ZodType>(roles: readonly Role[], schema: S, handler: (data: z.infer<S>, user: StaffUser) => Promise<ActionState>) {
  return async (_previous: ActionState, form: FormData): Promise<ActionState> => {
    const user = await getCurrentUser();
    if (!user) return { error: 'Your session has ended. Sign in again.' };
    if (!hasRole(user, roles)) return { error: 'You do not have permission to do that.' };
    const parsed = schema.safeParse(Object.fromEntries(form));
    if (!parsed.success) return { error: 'Please correct the fields marked below.', fieldErrors: z.flattenError(parsed.error).fieldErrors as ActionState['fieldErrors'] };
    return handler(parsed.data, user);
  };
}
