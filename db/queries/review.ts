// The review desk and the second pair of eyes on market-moving news.
import { and, asc, count, eq, inArray, ne, notInArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { db } from '../index';
import { articleRevisions, articles, auditLog, authors, users } from '../schema';
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

// When the piece was last marked market-moving, by the audit entry marking it.
const markedAt = () =>
  sql`coalesce((select max(${auditLog.at}) from ${auditLog} where ${auditLog.entityType} = 'article' and ${auditLog.entityId} = ${articles.id}::text and ${auditLog.action} = 'mark_market_moving'), '-infinity')`;

// Who wrote the piece or marked it: its marker, its byline's user and whoever started it.
const authorsAndMarker = () =>
  sql`array[${articles.markedById}, ${articles.createdById}, (select ${authors.userId} from ${authors} where ${authors.id} = ${articles.authorId})]`;

/**
 * Who may not approve a marked piece before it goes live: its authors and marker, its assignee and submitter, and
 * whoever saved its text since it was marked (their own words are not theirs to approve).
 */
const ineligibleApprovers = () =>
  sql<number[]>`array_remove(${authorsAndMarker()} || array[${articles.assigneeId}, ${articles.submittedById}]
    || coalesce((select array_agg(distinct ${articleRevisions.editorId}) from ${articleRevisions} where ${articleRevisions.articleId} = ${articles.id} and ${articleRevisions.createdAt} >= ${markedAt()}), '{}'), null)`;

/**
 * Where a piece stands on the desk: the note it was last sent back with, and under the market-moving rule who marked
 * it, who approved it, whether the text still reads as approved, who may not approve it, and the fingerprint of the
 * text as it reads now (an approval must name the text its approver read).
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
      ineligible: ineligibleApprovers(),
      fingerprint: textFingerprint(),
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

// Records the approval of the text as it now reads, where `guard` holds; with its audit entry.
async function recordApproval(id: number, approverId: number, guard: SQL, details: Record<string, unknown>): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(articles)
      .set({ approvedById: approverId, approvedAt: sql`now()`, approvedFingerprint: textFingerprint() })
      .where(and(eq(articles.id, id), eq(articles.marketMoving, true), ne(articles.status, 'archived'), guard))
      .returning({ version: articles.version });
    if (!row) return false;
    await recordAudit(tx, { actorId: approverId, action: 'approve', entityType: 'article', entityId: id, details: { ...details, version: row.version } });
    return true;
  });
}

/**
 * `approverId` approves the text they read, named by its fingerprint: refused when it reads otherwise now, and
 * (checked again here, so no race slips past the command) when they may not approve it.
 */
export const approvePiece = (id: number, approverId: number, fingerprint: string) =>
  recordApproval(id, approverId, sql`${textFingerprint()} = ${fingerprint} and not (${approverId} = any(${ineligibleApprovers()}))`, {});

/** An editor who is neither author nor marker put changes to a live market-moving story live: their approval of them. */
export const approveLiveChange = (id: number, approverId: number) => recordApproval(id, approverId, sql`not (${approverId} = any(array_remove(${authorsAndMarker()}, null)))`, { live: true });
