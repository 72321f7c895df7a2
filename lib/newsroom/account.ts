import { z } from 'zod';
import { endUserSessions } from '@/db/queries/sessions';
import { getPasswordHash, setPasswordHash } from '@/db/queries/users';
import { ALL_STAFF, command } from '@/lib/auth/actions';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

const changePasswordForm = z
  .object({
    current: z.string().min(1, 'Enter your current password.').max(200),
    next: z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.'),
    confirm: z.string().max(200),
  })
  .refine((form) => form.next === form.confirm, { path: ['confirm'], message: 'The two new passwords differ.' });

const signedOutElsewhere = (n: number) => (n === 0 ? '' : n === 1 ? ' Your other session was signed out.' : ` Your ${n} other sessions were signed out.`);

// Whoever knew the old password may have signed in with it: every other session ends, this browser stays in.
export const changePassword = command(ALL_STAFF, changePasswordForm, async ({ current, next }, user) => {
  const stored = await getPasswordHash(user.id);
  if (!stored || !(await verifyPassword(stored, current))) return { status: 422, fieldErrors: { current: ['That is not your current password.'] } };
  await setPasswordHash(user.id, await hashPassword(next));
  return { ok: `Password changed.${signedOutElsewhere(await endUserSessions(user.id, user.sessionId))}` };
});

/** Ends every session of the user, this browser's included (a lost laptop, a shared computer). */
export const signOutEverywhere = command(ALL_STAFF, z.object({}), async (_form, user) => {
  await endUserSessions(user.id);
  return { ok: 'Signed out everywhere.' };
});
