import { getServerSession } from 'next-auth';
import { notFound, redirect } from 'next/navigation';
import { authOptions } from '@/auth';
import { getSessionUser, type SignedInUser } from '@/db/queries/sessions';
import { hasRole, type Role } from './roles';


/** The signed-in staff member, re-read from Postgres: an ended session or a disabled or deleted account has none. */
export async function getCurrentUser(): Promise<SignedInUser | null> {
  const session = (await getServerSession(authOptions)) as { sid?: string } | null;
  return session?.sid ? getSessionUser(session.sid) : null;
}

/** For admin pages: the user, or a redirect to sign-in. Staff without one of `roles` get a 404, which reveals nothing. */
export async function requireUser(roles?: readonly Role[]): Promise<SignedInUser> {
  const user = await getCurrentUser();
  if (!user) redirect('/sign-in');
  if (roles && !hasRole(user, roles)) notFound();
  return user;
}
