// The review desk and the second pair of eyes on market-moving news.
import { and, asc, count, eq, inArray, ne, notInArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '../index';
import { articles, authors, users } from '../schema';
import { recordAudit } from './audit';
import { notify } from './notifications';
import { approvalHolds, textFingerprint } from './pieces';

const submitter = alias(users, 'submitter');

// Words as a reader counts them, from the body's Markdown: runs of letters and digits, with hyphens and apostrophes
// inside a word ("hash-rate", "don't" are one each); Markdown's marks are not words.
const wordCount = sql<number>`(select count(*)::int from regexp_matches(${articles.body}, '[[:alnum:]]+([-''’][[:alnum:]]+)*', 'g'))`;

/** Pieces waiting for an editor, the longest-waiting first, by articles_review_idx. */
export async function listWaitingForReview() {
  return db
    .select({
      id: articles.id,
      title: articles.title,
      submittedAt: articles.submittedAt,
      submitter: submitter.name,
      author: authors.name,
      words: wordCount,
      marketMoving: articles.marketMoving,
      approved: approvalHolds(),
    })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(submitter, eq(submitter.id, articles.submittedById))
    .where(eq(articles.status, 'in_review'))
    .orderBy(sql`${articles.submittedAt} asc nulls first`, asc(articles.id));
}

export async function countWaitingForReview(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(articles).where(eq(articles.status, 'in_review'));
  return row!.n;
}

const marker = alias(users, 'marker');
const approver = alias(users, 'approver');
const returner = alias(users, 'returner');

/**
 * Where a piece stands on the desk: the note it was last sent back with, and under the market-moving rule who marked
 * it, who approved it and whether the text still reads as approved.
 */
export async function getReviewState(id: number) {
  const [row] = await db
    .select({
      returnNote: articles.returnNote,
      returnedAt: articles.returnedAt,
      returnedBy: returner.name,
      marketMoving: articles.marketMoving,
      markedById: articles.markedById,
      markedBy: marker.name,
      approvedBy: approver.name,
      approvedAt: articles.approvedAt,
      holds: approvalHolds(),
    })
    .from(articles)
    .leftJoin(marker, eq(marker.id, articles.markedById))
    .leftJoin(approver, eq(approver.id, articles.approvedById))
    .leftJoin(returner, eq(returner.id, articles.returnedById))
    .where(eq(articles.id, id));
  return row ?? null;
}

export type ReviewState = NonNullable<Awaited<ReturnType<typeof getReviewState>>>;

/**
 * Marks a piece as market-moving, or not, with an audit entry; either way any approval is withdrawn. Marking tells
 * every editor who could approve it (active editors and admins, neither the marker nor one of `authorIds`).
 */
export async function setMarketMoving(id: number, marketMoving: boolean, actorId: number, authorIds: number[]): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(articles)
      .set({ marketMoving, markedById: marketMoving ? actorId : null, approvedById: null, approvedAt: null, approvedFingerprint: null })
      .where(and(eq(articles.id, id), ne(articles.status, 'archived'), ne(articles.marketMoving, marketMoving)))
      .returning({ id: articles.id });
    if (!row) return false;
    await recordAudit(tx, { actorId, action: marketMoving ? 'mark_market_moving' : 'unmark_market_moving', entityType: 'article', entityId: id, details: {} });
    if (marketMoving) {
      const approvers = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.disabled, false), inArray(users.role, ['editor', 'admin']), authorIds.length ? notInArray(users.id, authorIds) : undefined));
      await notify(tx, approvers.map((user) => user.id), { kind: 'approval_wanted', articleId: id, actorId });
    }
    return true;
  });
}

/**
 * Records `approverId`'s approval of the piece's text as it now reads. The command says why someone may not approve;
 * the update checks again that they are neither its author (byline or starter) nor its marker, so no race slips past.
 */
export async function approvePiece(id: number, approverId: number): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(articles)
      .set({ approvedById: approverId, approvedAt: sql`now()`, approvedFingerprint: textFingerprint() })
      .where(
        and(
          eq(articles.id, id),
          eq(articles.marketMoving, true),
          ne(articles.status, 'archived'),
          sql`${articles.markedById} is distinct from ${approverId} and ${articles.createdById} is distinct from ${approverId}`,
          sql`not exists (select 1 from ${authors} where ${authors.id} = ${articles.authorId} and ${authors.userId} = ${approverId})`,
        ),
      )
      .returning({ version: articles.version });
    if (!row) return false;
    await recordAudit(tx, { actorId: approverId, action: 'approve', entityType: 'article', entityId: id, details: { version: row.version } });
    return true;
  });
}
