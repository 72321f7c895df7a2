import Link from 'next/link';
import { NewsroomTime } from './newsroom-time';
import type { StaffAccount } from '@/db/queries/users';
import { UserControls, type UserActions } from './user-controls';

type Props = { users: StaffAccount[]; currentUserId: number; roles: { value: string; label: string }[]; actions: UserActions };

const badge = 'rounded px-2 py-0.5 text-sm font-semibold';

export function UserList({ users, currentUserId, roles, actions }: Props) {
  return (
    <ul className="grid gap-4 md:grid-cols-2" aria-label="Staff accounts">
      {users.map((user) => (
        <li key={user.id} aria-labelledby={`user-${user.id}`} className="min-w-0 rounded border border-zinc-200 p-4 dark:border-zinc-800">
          <div className="flex flex-wrap items-center gap-2">
            <h3 id={`user-${user.id}`} className="text-lg font-bold">
              {user.name}
            </h3>
            <span className={`${badge} bg-zinc-100 capitalize dark:bg-zinc-800`}>{user.role}</span>
            {user.disabled ? (
              <span className={`${badge} bg-red-100 text-red-800 dark:bg-red-950 dark:text-red-200`}>Disabled</span>
            ) : (
              <span className={`${badge} bg-emerald-100 text-emerald-800 dark:bg-emerald-950 dark:text-emerald-200`}>Active</span>
            )}
          </div>
          <p className="mt-1 break-all">{user.email}</p>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            {user.authorSlug ? (
              <>
                Byline:{' '}
                <Link href={`/author/${user.authorSlug}`} className="underline hover:no-underline">
                  {user.authorName}
                </Link>
              </>
            ) : (
              'No author profile'
            )}
          </p>
          <p className="mt-1 text-zinc-700 dark:text-zinc-300">
            Added <NewsroomTime value={user.createdAt} />
          </p>
          {user.id === currentUserId ? (
            <p className="mt-3 text-zinc-700 dark:text-zinc-300">This is you. Another admin can change your role or disable your account.</p>
          ) : (
            <UserControls user={{ id: user.id, name: user.name, role: user.role, disabled: user.disabled }} roles={roles} actions={actions} />
          )}
        </li>
      ))}
    </ul>
  );
}
