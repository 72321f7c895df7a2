// Who else has a piece open: each open editor marks itself present every few seconds.
import { and, eq, gt, lt, ne, sql } from 'drizzle-orm';
import { db } from '../index';
import { piecePresence, users } from '../schema';

/** A mark older than this means the tab was closed or the browser went away. */
export const PRESENCE_TTL_SECONDS = 45;

/** Marks `userId` present on the piece and returns the names of the other staff present on it now. */
export async function markPresent(articleId: number, userId: number): Promise<string[]> {
  const fresh = sql`now() - make_interval(secs => ${PRESENCE_TTL_SECONDS})`;
  await db
    .insert(piecePresence)
    .values({ articleId, userId })
    .onConflictDoUpdate({ target: [piecePresence.articleId, piecePresence.userId], set: { seenAt: sql`now()` } });
  // Stale marks would only ever be read past; dropping them keeps the table as small as the number of open editors.
  await db.delete(piecePresence).where(and(eq(piecePresence.articleId, articleId), lt(piecePresence.seenAt, fresh)));
  const others = await db
    .select({ name: users.name })
    .from(piecePresence)
    .innerJoin(users, eq(users.id, piecePresence.userId))
    .where(and(eq(piecePresence.articleId, articleId), ne(piecePresence.userId, userId), gt(piecePresence.seenAt, fresh)))
    .orderBy(users.name);
  return others.map((o) => o.name);
}
