import { UserCreateForm } from '@/components/admin/user-create-form';
import { UserList } from '@/components/admin/user-list';
import { listStaffUsers } from '@/db/queries/users';
import { requireUser } from '@/lib/auth/session';
import { ROLE_OPTIONS } from '@/lib/newsroom/users';
import { changeRole, createUser, disable, enable } from './actions';

export const metadata = { title: 'Users' };

export default async function UsersPage() {
  const admin = await requireUser(['admin']);
  const users = await listStaffUsers();
  return (
    <>
      <h1 className="text-3xl font-black tracking-tight">Users</h1>
      <section aria-labelledby="new-user-heading" className="mt-6">
        <h2 id="new-user-heading" className="text-xl font-bold">
          Add a staff member
        </h2>
        <div className="mt-4">
          <UserCreateForm action={createUser} roles={ROLE_OPTIONS} />
        </div>
      </section>
      <section aria-labelledby="staff-heading" className="mt-10">
        <h2 id="staff-heading" className="text-xl font-bold">
          Staff ({users.length})
        </h2>
        <div className="mt-4">
          <UserList users={users} currentUserId={admin.id} roles={ROLE_OPTIONS} actions={{ changeRole, disable, enable }} />
        </div>
      </section>
    </>
  );
}
