import { and, asc, count, eq, gt, inArray, like, lt, or, sql } from 'drizzle-orm';
import { firstFreeSlug, slugify } from '../slugs';
import { db } from '../index';
import { authors, signinFailures, staffSessions, users } from '../schema';
import { recordAudit, type Tx } from './audit';

export type StaffUser = { id: number; email: string; name: string; role: 'admin' | 'editor' | 'writer'; authorId: number | null };

export const staffColumns = { id: users.id, email: users.email, name: users.name, role: users.role };

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

/** Active staff, as the permission checks take them: those of `ids`, or everyone. */
export async function listActiveUsers(ids?: readonly number[]): Promise<StaffUser[]> {
  return db
    .select({ ...staffColumns, authorId: authors.id })
    .from(users)
    .leftJoin(authors, eq(authors.userId, users.id))
    .where(and(eq(users.disabled, false), ids ? inArray(users.id, [...ids]) : undefined))
    .orderBy(asc(users.name));
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
  // Every key's old rows, not only these keys': one-off addresses and mistyped emails must not pile up forever.
  await db.delete(signinFailures).where(lt(signinFailures.at, since));
  const rows = await db
    .select({ key: signinFailures.key, n: count() })
    .from(signinFailures)
    .where(and(inArray(signinFailures.key, keys), gt(signinFailures.at, since)))
    .groupBy(signinFailures.key);
  return new Map(rows.map((r) => [r.key, r.n]));
}

/** Records an attempt as a failure up front (so parallel attempts count each other); returns its rows' ids. */
export async function recordFailure(keys: string[]): Promise<number[]> {
  return (await db.insert(signinFailures).values(keys.map((key) => ({ key }))).returning({ id: signinFailures.id })).map((r) => r.id);
}

/** After a success: the failures under `keys` go, and so do this attempt's own rows. */
export async function clearFailures(keys: string[], attemptIds: number[]) {
  await db.delete(signinFailures).where(or(inArray(signinFailures.key, keys), inArray(signinFailures.id, attemptIds)));
}

export type StaffAccount = Awaited<ReturnType<typeof listStaffUsers>>[number];

/** Every staff account for the admins' list, active ones first. */
export async function listStaffUsers() {
  return db
    .select({ ...staffColumns, disabled: users.disabled, createdAt: users.createdAt, authorName: authors.name, authorSlug: authors.slug })
    .from(users)
    .leftJoin(authors, eq(authors.userId, users.id))
    .orderBy(asc(users.disabled), asc(users.name), asc(users.id));
}

type NewStaffUser = Pick<StaffUser, 'name' | 'email' | 'role'> & { passwordHash: string; withAuthor: boolean };

/** Creates an account (and its byline when asked), with an audit entry; refused when the email is in use. */
export async function createStaffUser(input: NewStaffUser, actorId: number): Promise<{ ok: true; id: number } | { ok: false; reason: 'email-taken' }> {
  const { withAuthor, ...account } = input;
  return db.transaction(async (tx) => {
    const [user] = await tx.insert(users).values(account).onConflictDoNothing({ target: users.email }).returning({ id: users.id });
    if (!user) return { ok: false, reason: 'email-taken' } as const;
    const authorSlug = withAuthor ? await insertAuthor(tx, user.id, account.name) : null;
    await recordAudit(tx, { actorId, action: 'create_user', entityType: 'user', entityId: user.id, details: { email: account.email, role: account.role, authorSlug } });
    return { ok: true, id: user.id } as const;
  });
}

// The name's slug, or the first of slug-2, slug-3… that no author has yet.
async function insertAuthor(tx: Tx, userId: number, name: string): Promise<string> {
  const base = slugify(name);
  const taken = await tx.select({ slug: authors.slug }).from(authors).where(or(eq(authors.slug, base), like(authors.slug, `${base}-%`)));
  const slug = firstFreeSlug(base, new Set(taken.map((r) => r.slug)));
  await tx.insert(authors).values({ userId, name, slug });
  return slug;
}

export type UserChange = { role: StaffUser['role'] } | { disabled: boolean };
type UserChangeResult = { ok: true; changed: boolean } | { ok: false; reason: 'missing' | 'last-admin' };

const access = (disabled: boolean) => (disabled ? 'disabled' : 'active');

/** Changes a role or the disabled flag, with an audit entry; refused when it would leave no active admin. */
export async function updateStaffUser(id: number, change: UserChange, actorId: number): Promise<UserChangeResult> {
  return db.transaction(async (tx) => {
    // Locked in id order and before the target row, so two admins demoting each other queue up instead of
    // both seeing the other one left (or deadlocking).
    const admins = await tx.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.disabled, false))).orderBy(asc(users.id)).for('update');
    const [target] = await tx.select({ role: users.role, disabled: users.disabled }).from(users).where(eq(users.id, id)).for('update');
    if (!target) return { ok: false, reason: 'missing' } as const;
    const next = { ...target, ...change };
    if (next.role === target.role && next.disabled === target.disabled) return { ok: true, changed: false } as const;
    const losesAdmin = target.role === 'admin' && !target.disabled && (next.role !== 'admin' || next.disabled);
    if (losesAdmin && admins.length <= 1) return { ok: false, reason: 'last-admin' } as const;
    await tx.update(users).set({ ...change, updatedAt: sql`now()` }).where(eq(users.id, id));
    // A disabled account's sessions end for good: enabling it again revives none of them.
    if ('disabled' in change && change.disabled) await tx.delete(staffSessions).where(eq(staffSessions.userId, id));
    await recordAudit(
      tx,
      'role' in change
        ? { actorId, action: 'change_role', entityType: 'user', entityId: id, details: { from: target.role, to: change.role } }
        : { actorId, action: change.disabled ? 'disable_user' : 'enable_user', entityType: 'user', entityId: id, details: { from: access(target.disabled), to: access(change.disabled) } },
    );
    return { ok: true, changed: true } as const;
  });
}
