// Admins' commands on staff accounts: create, change role, disable and enable again.
import { z } from 'zod';
import { createStaffUser, updateStaffUser, type StaffUser, type UserChange } from '@/db/queries/users';
import { command, formInteger, type ActionState } from '@/lib/auth/actions';
import type { Role } from '@/lib/auth/roles';
import { hashPassword } from '@/lib/auth/password';

const ADMINS: readonly Role[] = ['admin'];
const ROLES = ['writer', 'editor', 'admin'] as const satisfies readonly Role[];
export const ROLE_OPTIONS = ROLES.map((value) => ({ value, label: value[0]!.toUpperCase() + value.slice(1) }));

const EMAIL_TAKEN = 'Another staff account already uses that email.';

const createUserForm = z.object({
  name: z.string().trim().min(1, 'Enter their name.').max(120, 'Use at most 120 characters.'),
  email: z.string().trim().toLowerCase().max(254, 'Use at most 254 characters.').pipe(z.email('Enter an email address.')),
  role: z.enum(ROLES, 'Choose a role.'),
  password: z.string().min(12, 'Use at least 12 characters.').max(200, 'Use at most 200 characters.'),
  // A checkbox sends "on" when ticked and nothing otherwise.
  withAuthor: z.literal('on').optional().transform(Boolean),
});

export const createUser = command(ADMINS, createUserForm, async ({ password, ...form }, admin) => {
  const created = await createStaffUser({ ...form, passwordHash: await hashPassword(password) }, admin.id);
  if (!created.ok) return { error: 'Please correct the fields marked below.', status: 422, fieldErrors: { email: [EMAIL_TAKEN] } };
  return { ok: `${form.name} can now sign in as ${form.email}.` };
});

const target = z.object({ id: formInteger });

async function changeUser(admin: StaffUser, id: number, change: UserChange, done: string): Promise<ActionState> {
  // Checked here as well as in the UI: an admin locking themselves out would need another admin to undo it.
  if (id === admin.id) return { error: 'You cannot change your own role or disable your own account. Ask another admin.', status: 403 };
  const result = await updateStaffUser(id, change, admin.id);
  if (result.ok) return { ok: result.changed ? done : 'Nothing to change.' };
  if (result.reason === 'missing') return { error: 'That account no longer exists.', status: 404 };
  return { error: 'This is the last active admin: make someone else an admin first.', status: 409 };
}

export const changeUserRole = command(ADMINS, target.extend({ role: z.enum(ROLES, 'Choose a role.') }), ({ id, role }, admin) =>
  changeUser(admin, id, { role }, `Role changed to ${role}.`),
);

export const disableUser = command(ADMINS, target, ({ id }, admin) => changeUser(admin, id, { disabled: true }, 'Account disabled: they are signed out on their next page load.'));

export const enableUser = command(ADMINS, target, ({ id }, admin) => changeUser(admin, id, { disabled: false }, 'Account enabled again.'));
