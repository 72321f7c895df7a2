import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { authOptions } from '@/auth';
import { getActiveUser, type StaffUser } from '@/db/queries/users';

export type Role = StaffUser['role'];

/** The signed-in staff member, re-read from Postgres: a disabled or deleted account has no session. */
export async function getCurrentUser(): Promise<StaffUser | null> {
  const session = (await getServerSession(authOptions)) as { uid?: number } | null;
  return session?.uid ? getActiveUser(session.uid) : null;
}

/** For admin pages: the user, or a redirect to sign-in. Staff without one of `roles` get a 404, which reveals nothing. */
export async function requireUser(roles?: readonly Role[]): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (roles && !hasRole(user, roles)) notFound();
  return user;
}

export const hasRole = (user: StaffUser, roles: readonly Role[]) => roles.includes(user.role);
