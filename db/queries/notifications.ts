// What the newsroom tells one member of staff (a mention, a piece sent back, an assignment, an approval wanted):
// written in the transaction of the change it reports, read on the notifications page.
import { and, count, desc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '../index';
import { articles, staffNotifications, users, type NotificationKind } from '../schema';
import type { Tx } from './audit';
import { ownedBy } from './ownership';
import type { StaffUser } from './users';

export type Notice = { kind: NotificationKind; articleId: number; actorId: number; noteId?: number | null };

/** Tells each of `userIds` (the actor excepted: nobody is told of their own act) about one change. */
export async function notify(tx: Pick<Tx, 'insert'>, userIds: readonly number[], notice: Notice) {
  const to = [...new Set(userIds)].filter((id) => id !== notice.actorId);
  if (to.length) await tx.insert(staffNotifications).values(to.map((userId) => ({ userId, ...notice, noteId: notice.noteId ?? null })));
}

/**
 * Whom a notification is shown to: its addressee, and for a writer only while the piece is still theirs (written,
 * started or assigned), so that a piece handed to someone else tells them nothing more, not even its new headline.
 */
const addressedTo = (user: Pick<StaffUser, 'id' | 'role'>) =>
  and(
    eq(staffNotifications.userId, user.id),
    user.role === 'writer'
      ? ownedBy(user.id)
      : undefined,
  );

export async function countUnreadNotifications(user: Pick<StaffUser, 'id' | 'role'>): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(staffNotifications)
    .innerJoin(articles, eq(articles.id, staffNotifications.articleId))
    .where(and(addressedTo(user), isNull(staffNotifications.readAt)));
  return row!.n;
}

const actor = alias(users, 'actor');

/** A member of staff's newest notifications, unread ones marked, with the piece and who acted. */
export async function listNotifications(user: Pick<StaffUser, 'id' | 'role'>, limit = 50) {
  return db
    .select({
      id: staffNotifications.id,
      kind: staffNotifications.kind,
      createdAt: staffNotifications.createdAt,
      unread: sql<boolean>`${staffNotifications.readAt} is null`,
      articleId: staffNotifications.articleId,
      noteId: staffNotifications.noteId,
      title: articles.title,
      slugLine: articles.slugLine,
      actorName: actor.name,
    })
    .from(staffNotifications)
    .innerJoin(articles, eq(articles.id, staffNotifications.articleId))
    .leftJoin(actor, eq(actor.id, staffNotifications.actorId))
    .where(addressedTo(user))
    .orderBy(desc(staffNotifications.createdAt), desc(staffNotifications.id))
    .limit(limit);
}

/** Marks read what `userId` was told about these pieces (opening a piece reads its notifications). */
export async function markNotificationsRead(userId: number, articleIds: readonly number[]) {
  if (!articleIds.length) return;
  await db
    .update(staffNotifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(staffNotifications.userId, userId), inArray(staffNotifications.articleId, [...articleIds]), isNull(staffNotifications.readAt)));
}

/** Active staff other than `exceptId`, for @mentions and assignments. */
export async function listActiveStaff(exceptId?: number) {
  return db
    .select({ id: users.id, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.disabled, false), exceptId === undefined ? undefined : ne(users.id, exceptId)))
    .orderBy(users.name);
}
