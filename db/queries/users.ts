import { and, count, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import { db } from '../index';
import { authors, signinFailures, users } from '../schema';

export type StaffUser = { id: number; email: string; name: string; role: 'admin' | 'editor' | 'writer'; authorId: number | null };

const staffColumns = { id: users.id, email: users.email, name: users.name, role: users.role };

export async function findUserForSignIn(email: string) {
  const [row] = await db
    .select({ ...staffColumns, passwordHash: users.passwordHash, disabled: users.disabled })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()));
  return row ?? null;
}

/** The user behind a session, or null when the account is gone or disabled: checked on every request. */
export async function getActiveUser(id: number): Promise<StaffUser | null> {
  const [row] = await db
    .select({ ...staffColumns, authorId: authors.id })
    .from(users)
    .leftJoin(authors, eq(authors.userId, users.id))
    .where(and(eq(users.id, id), eq(users.disabled, false)));
  return row ?? null;
}

export async function getPasswordHash(id: number) {
  const [row] = await db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, id));
  return row?.passwordHash ?? null;
}

export async function setPasswordHash(id: number, passwordHash: string) {
  await db.update(users).set({ passwordHash, updatedAt: sql`now()` }).where(eq(users.id, id));
}

/** Failures per key within the window; old rows of these keys are dropped on the way. */
export async function countRecentFailures(keys: string[], windowMinutes: number): Promise<Map<string, number>> {
  const since = sql`now() - make_interval(mins => ${windowMinutes})`;
  await db.delete(signinFailures).where(and(inArray(signinFailures.key, keys), lt(signinFailures.at, since)));
  const rows = await db
    .select({ key: signinFailures.key, n: count() })
    .from(signinFailures)
    .where(and(inArray(signinFailures.key, keys), gt(signinFailures.at, since)))
    .groupBy(signinFailures.key);
  return new Map(rows.map((r) => [r.key, r.n]));
}

export async function recordFailure(keys: string[]) {
  await db.insert(signinFailures).values(keys.map((key) => ({ key })));
}

export async function clearFailures(key: string) {
  await db.delete(signinFailures).where(eq(signinFailures.key, key));
}
