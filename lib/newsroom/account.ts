import { z } from 'zod';
import { getPasswordHash, setPasswordHash } from '@/db/queries/users';
import { ALL_STAFF, command } from '@/lib/auth/actions';
import { hashPassword, verifyPassword } from '@/lib/password';

const changePasswordForm = z
  .object({
    current: z.string().min(1, 'Enter your current password.').max(200),
    next: z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.'),
    confirm: z.string().max(200),
  })
  .refine((form) => form.next === form.confirm, { path: ['confirm'], message: 'The two new passwords differ.' });

export const changePassword = command(ALL_STAFF, changePasswordForm, async ({ current, next }, user) => {
  const stored = await getPasswordHash(user.id);
  if (!stored || !(await verifyPassword(stored, current))) return { status: 422, fieldErrors: { current: ['That is not your current password.'] } };
  await setPasswordHash(user.id, await hashPassword(next));
  return { ok: 'Password changed.' };
});
