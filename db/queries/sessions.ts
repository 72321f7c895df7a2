import { randomBytes } from 'node:crypto';
import { and, count, eq, gt, lt, ne } from 'drizzle-orm';
import { db } from '../index';
import { authors, staffSessions, users } from '../schema';
import { staffColumns, type StaffUser } from './users';

export type SignedInUser = StaffUser & { sessionId: string };

/** Starts a session for a user who just signed in; returns the id the session cookie carries. */
export async function openSession(userId: number, lifetimeSeconds: number): Promise<string> {
  // Sessions that ran out are dropped on the way in, so the table holds live ones only.
  await db.delete(staffSessions).where(lt(staffSessions.expiresAt, new Date()));
  const id = randomBytes(32).toString('base64url');
  await db.insert(staffSessions).values({ id, userId, expiresAt: new Date(Date.now() + lifetimeSeconds * 1000) });
  return id;
}

/** The user behind a live session, or null when it was ended, ran out, or its account is disabled or gone. */
export async function getSessionUser(sessionId: string): Promise<SignedInUser | null> {
  const [row] = await db
    .select({ ...staffColumns, authorId: authors.id, sessionId: staffSessions.id })
    .from(staffSessions)
    .innerJoin(users, eq(users.id, staffSessions.userId))
    .leftJoin(authors, eq(authors.userId, users.id))
    .where(and(eq(staffSessions.id, sessionId), gt(staffSessions.expiresAt, new Date()), eq(users.disabled, false)));
  return row ?? null;
}

export async function endSession(sessionId: string) {
  await db.delete(staffSessions).where(eq(staffSessions.id, sessionId));
}

/** Ends every session of the user, or every one but `except` (the browser that asked). Returns how many ended. */
export async function endUserSessions(userId: number, except?: string): Promise<number> {
  const ended = await db
    .delete(staffSessions)
    .where(and(eq(staffSessions.userId, userId), except ? ne(staffSessions.id, except) : undefined))
    .returning({ id: staffSessions.id });
  return ended.length;
}

export async function countUserSessions(userId: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(staffSessions).where(and(eq(staffSessions.userId, userId), gt(staffSessions.expiresAt, new Date())));
  return row?.n ?? 0;
}
