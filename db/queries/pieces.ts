// Writing and publishing pieces: every change runs in a transaction, keeps a revision and, for the
// decisions that matter (publish, unpublish, archive), an audit entry.
import { and, eq, inArray, like, lte, ne, or, sql } from 'drizzle-orm';
import { db, type Database } from '../index';
import { articles, articleRevisions, articleTags, authors, slugRedirects, tags, users, type ArticleStatus, type StoredDocument } from '../schema';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { recordAudit, type AuditAction, type Tx } from './audit';
import { notify } from './notifications';
import { columnNames } from './columns';
import { firstFreeSlug, tagSlug } from '../slugs';
import { z } from 'zod';

export type PieceFields = {
  title: string;
  slug: string;
  dek: string;
  keyPoints: string[];
} & BodyColumns & {
  summary: string;
  summarySource: 'editor' | 'generated';
  disclaimer: string;
  categoryId: number | null;
  authorId: number;
  tagNames: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  /** Set when the editor marks this save as a correction or update: shown to readers, moves dateModified. */
  correctionNote: string | null;
  /** One of ours (/media/… or /covers/…); the alt text is required with it and empty without it. */
  coverImageUrl: string | null;
  coverImageAlt: string;
};

/** A body's stored forms, all made from its document when it is saved (lib/content/body.ts). */
export type BodyColumns = { bodyDoc: StoredDocument; body: string; bodyHtml: string; bodyHtmlRenderer: number };

/**
 * The editable fields a revision keeps: all but the correction note (kept on the piece) and the body's HTML (made from
 * its document). Revisions from before the body document have its Markdown only; those from before tags and SEO
 * fields were kept have none of them (undefined, not empty).
 */
export type RevisionSnapshot = Omit<PieceFields, 'tagNames' | 'seoTitle' | 'seoDescription' | 'correctionNote' | 'bodyDoc' | 'bodyHtml' | 'bodyHtmlRenderer'> & {
  bodyDoc: StoredDocument | null;
  tagNames?: string[];
  seoTitle?: string | null;
  seoDescription?: string | null;
};

/**
 * Makes a body's stored forms from its document, or from its Markdown where it has none yet; `version` changes
 * whenever the HTML it makes does.
 */
export type BodyRenderer = { version: number; columns: (body: { bodyDoc: StoredDocument | null; body: string }) => BodyColumns };

const snapshotColumns = {
  title: articles.title,
  slug: articles.slug,
  dek: articles.dek,
  keyPoints: articles.keyPoints,
  bodyDoc: articles.bodyDoc,
  body: articles.body,
  summary: articles.summary,
  summarySource: articles.summarySource,
  disclaimer: articles.disclaimer,
  categoryId: articles.categoryId,
  authorId: articles.authorId,
  coverImageUrl: articles.coverImageUrl,
  coverImageAlt: articles.coverImageAlt,
  seoTitle: articles.seoTitle,
  seoDescription: articles.seoDescription,
} satisfies Record<Exclude<keyof RevisionSnapshot, 'tagNames'>, AnyPgColumn>;

// A piece's tags by name, in order, as one SQL value (a revision's `tagNames`).
const tagNamesOf = (articleId: AnyPgColumn) =>
  sql`coalesce((select array_agg(${tags.name} order by ${tags.name}) from ${articleTags} join ${tags} on ${tags.id} = ${articleTags.tagId} where ${articleTags.articleId} = ${articleId}), '{}')`;

export type Piece = NonNullable<Awaited<ReturnType<typeof getPiece>>>;

/**
 * `base`, or the first of base-2, base-3… that no other piece has, nor keeps as an old address of its own: a
 * headline another piece already made a slug of gets the next free one, as in Ghost and WordPress.
 */
export async function freeArticleSlug(base: string, ownId: number | null): Promise<string> {
  const near = (column: typeof articles.slug | typeof slugRedirects.slug) => or(eq(column, base), like(column, `${base}-%`));
  const others = (column: typeof articles.id | typeof slugRedirects.articleId) => (ownId === null ? sql`true` : ne(column, ownId));
  const taken = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(near(articles.slug), others(articles.id)))
    .union(db.select({ slug: slugRedirects.slug }).from(slugRedirects).where(and(near(slugRedirects.slug), others(slugRedirects.articleId))));
  return firstFreeSlug(base, new Set(taken.map((row) => row.slug)));
}

export async function getPiece(id: number) {
  const [row] = await db
    .select({
      id: articles.id,
      ...snapshotColumns,
      authorUserId: authors.userId,
      createdById: articles.createdById,
      status: articles.status,
      publishedAt: articles.publishedAt,
      scheduledFor: articles.scheduledFor,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      version: articles.version,
      updatedAt: articles.updatedAt,
      submittedById: articles.submittedById,
      marketMoving: articles.marketMoving,
      markedById: articles.markedById,
      slugLine: articles.slugLine,
      assigneeId: articles.assigneeId,
      dueAt: articles.dueAt,
      plannedFor: articles.plannedFor,
      tagNames: sql<string[]>`${tagNamesOf(articles.id)}`,
    })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .where(eq(articles.id, id));
  return row ?? null;
}

// A piece's row as a revision keeps it, in SQL.
const snapshotObject = () =>
  sql`jsonb_build_object(${sql.join(Object.entries(snapshotColumns).map(([key, column]) => sql`${key}::text, ${column}`), sql`, `)}, 'tagNames'::text, ${tagNamesOf(articles.id)})`;

/** The text of the piece as a revision keeps it, as one md5: what an approval of market-moving news approves. */
export const textFingerprint = () => sql<string>`md5(${snapshotObject()}::text)`;

/**
 * True where a piece may go live as far as the market-moving rule goes: unmarked, or approved as its text now reads by
 * someone who is still an enabled editor or admin.
 */
export const approvalHolds = () =>
  sql<boolean>`(not ${articles.marketMoving} or (${articles.approvedFingerprint} = ${textFingerprint()}
    and exists (select 1 from ${users} where ${users.id} = ${articles.approvedById} and not ${users.disabled} and ${users.role} in ('editor', 'admin'))))`;

/** Snapshots the pieces' current text as revisions of their current versions (the seed's originals too). */
export async function keepRevisions(tx: Pick<Tx, 'execute'>, articleIds: number[], editorId: number | null) {
  if (!articleIds.length) return;
  await tx.execute(sql`
    insert into ${articleRevisions} (${columnNames(articleRevisions.articleId, articleRevisions.version, articleRevisions.editorId, articleRevisions.snapshot)})
    select ${articles.id}, ${articles.version}, ${editorId}, ${snapshotObject()}
    from ${articles} where ${inArray(articles.id, articleIds)}
    on conflict (${columnNames(articleRevisions.articleId, articleRevisions.version)}) do nothing`);
}

const dueRevision = z.object({ due: z.boolean() });

/**
 * Keeps a revision of a draft written together (whose stores keep none) as a new version, when its text differs
 * from its newest revision and that revision is at least `everySeconds` old: a snapshot every few minutes of active
 * editing, never one per keystroke. Says the new version, or null when none was kept.
 */
export async function keepDraftRevision(id: number, editorId: number, everySeconds: number): Promise<number | null> {
  return db.transaction(async (tx) => {
    // The row lock orders instances storing the same piece: the second sees the first one's revision.
    const [piece] = await tx.select({ id: articles.id }).from(articles).where(and(eq(articles.id, id), inArray(articles.status, ['draft', 'in_review']))).for('update');
    if (!piece) return null;
    const [row] = await tx.execute(sql`
      select coalesce((
        select ${articleRevisions.createdAt} <= now() - make_interval(secs => ${everySeconds}) and ${articleRevisions.snapshot} is distinct from ${snapshotObject()}
        from ${articleRevisions} where ${articleRevisions.articleId} = ${id} order by ${articleRevisions.version} desc limit 1
      ), true) as due
      from ${articles} where ${articles.id} = ${id}`);
    if (!dueRevision.parse(row).due) return null;
    const [saved] = await tx.update(articles).set({ version: sql`${articles.version} + 1` }).where(eq(articles.id, id)).returning({ version: articles.version });
    await keepRevisions(tx, [id], editorId);
    return saved!.version;
  });
}

async function setTags(tx: Tx, articleId: number, names: string[]) {
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  const unique = [...new Map(names.map((n) => [tagSlug(n), n.trim()])).entries()];
  if (unique.length === 0) return;
  await tx.insert(tags).values(unique.map(([slug, name]) => ({ slug, name }))).onConflictDoNothing();
  const rows = await tx.select({ id: tags.id }).from(tags).where(inArray(tags.slug, unique.map(([slug]) => slug)));
  await tx.insert(articleTags).values(rows.map((r) => ({ articleId, tagId: r.id })));
}

/** A story planned before anyone writes it (lib/newsroom/planning.ts): who writes it, when it is due and goes out. */
export type PiecePlan = { slugLine: string; assigneeId: number; dueAt: Date; plannedFor: Date | null };

/** Creates a draft, with its plan when it is planned, whose assignee is then told in the same transaction. */
export async function createPiece(fields: PieceFields, userId: number, plan?: PiecePlan): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(articles)
      .values({ ...pieceColumns(fields), ...plan, status: 'draft', createdById: userId })
      .returning({ id: articles.id });
    await setTags(tx, row!.id, fields.tagNames);
    await keepRevisions(tx, [row!.id], userId);
    if (plan) await notify(tx, [plan.assigneeId], { kind: 'assigned', articleId: row!.id, actorId: userId });
    return row!.id;
  });
}

function pieceColumns(f: PieceFields) {
  return {
    title: f.title,
    slug: f.slug,
    dek: f.dek,
    keyPoints: f.keyPoints,
    bodyDoc: f.bodyDoc,
    body: f.body,
    bodyHtml: f.bodyHtml,
    bodyHtmlRenderer: f.bodyHtmlRenderer,
    summary: f.summary,
    summarySource: f.summarySource,
    disclaimer: f.disclaimer,
    categoryId: f.categoryId,
    authorId: f.authorId,
    seoTitle: f.seoTitle,
    seoDescription: f.seoDescription,
    coverImageUrl: f.coverImageUrl,
    coverImageAlt: f.coverImageAlt,
    ...(f.correctionNote ? { revisedAt: new Date(), revisionNote: f.correctionNote } : {}),
  };
}

export type SaveResult = { ok: true; version: number } | { ok: false; reason: 'conflict'; current: Piece } | { ok: false; reason: 'missing' };

/**
 * Saves a piece if nobody saved it since `baseVersion` (optimistic locking). On a conflict nothing is written
 * and the current text is returned, so the editor can keep both. A published piece's old slug keeps working.
 */
/** Saves over `baseVersion` with a revision, and with an audit entry when the save is a decision (a restore, say). */
export async function savePiece(id: number, baseVersion: number, fields: PieceFields, editorId: number, audit?: { action: AuditAction; details: Record<string, unknown> }): Promise<SaveResult> {
  const result = await db.transaction(async (tx) => {
    const [before] = await tx.select({ slug: articles.slug, status: articles.status }).from(articles).where(eq(articles.id, id)).for('update');
    if (!before) return { ok: false as const, reason: 'missing' as const };
    const [saved] = await tx
      .update(articles)
      .set({ ...pieceColumns(fields), version: sql`${articles.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(articles.id, id), eq(articles.version, baseVersion)))
      .returning({ version: articles.version });
    if (!saved) return null;
    if (before.slug !== fields.slug && before.status === 'published') {
      await tx.insert(slugRedirects).values({ slug: before.slug, articleId: id }).onConflictDoUpdate({ target: slugRedirects.slug, set: { articleId: id } });
    }
    await tx.delete(slugRedirects).where(eq(slugRedirects.slug, fields.slug));
    await setTags(tx, id, fields.tagNames);
    await keepRevisions(tx, [id], editorId);
    if (audit) await recordAudit(tx, { actorId: editorId, entityType: 'article', entityId: id, ...audit, details: { ...audit.details, version: saved.version } });
    return { ok: true as const, version: saved.version };
  });
  return result ?? { ok: false, reason: 'conflict', current: (await getPiece(id))! };
}

/**
 * Stores a draft's fields as they stand in its shared document: no version and no revision (a collaborator's
 * edits are merged, never in conflict; revisions are kept when a piece is saved or moves on). Only a draft or a piece
 * in review: says whether it was one.
 */
export async function storeDraft(id: number, fields: PieceFields): Promise<boolean> {
  return db.transaction(async (tx) => {
    const [stored] = await tx
      .update(articles)
      .set({ ...pieceColumns(fields), updatedAt: sql`now()` })
      .where(and(eq(articles.id, id), inArray(articles.status, ['draft', 'in_review'])))
      .returning({ id: articles.id });
    if (!stored) return false;
    await setTags(tx, id, fields.tagNames);
    return true;
  });
}

/**
 * What a move changes besides the status: the scheduled time; whether publication time is set to now or kept; and on
 * the review desk, a submission (who and when, the last note answered) or a return to the writer with a note, which
 * also withdraws an approval and tells `notify` about it.
 */
export type TransitionChange = {
  scheduledFor?: Date | null;
  publishedAt?: 'now' | 'keep';
  review?: { submitted: true } | { returnNote: string; notify: number[] };
};

const reviewColumns = (review: TransitionChange['review'], actorId: number) => {
  if (!review) return {};
  if ('submitted' in review) return { submittedAt: sql`now()`, submittedById: actorId, returnNote: null, returnedAt: null, returnedById: null };
  return { returnNote: review.returnNote, returnedAt: sql`now()`, returnedById: actorId, approvedById: null, approvedAt: null, approvedFingerprint: null };
};

/**
 * Moves a piece to another status, with an audit entry: only from one of the `from` statuses and only at
 * `baseVersion`, so a piece that moved meanwhile stays where it is. The publication time is kept unless a move sets it.
 * Nothing goes live (published or scheduled) unless the market-moving approval holds for the text as it is.
 */
export async function transitionPiece(id: number, baseVersion: number, from: readonly ArticleStatus[], to: TransitionChange & { status: ArticleStatus }, actorId: number, action: AuditAction): Promise<boolean> {
  const { publishedAt, review, ...change } = to;
  const goesLive = to.status === 'published' || to.status === 'scheduled';
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(articles)
      // Published by the database's clock, the one pages compare with: an app clock ahead would announce the
      // piece (and have lists re-rendered and cached) before it counts as public.
      .set({ ...change, ...reviewColumns(review, actorId), ...(publishedAt === 'now' ? { publishedAt: sql`now()` } : {}), version: sql`${articles.version} + 1`, updatedAt: sql`now()` })
      .where(and(eq(articles.id, id), eq(articles.version, baseVersion), inArray(articles.status, [...from]), goesLive ? approvalHolds() : undefined))
      .returning({ id: articles.id });
    if (!row) return false;
    const note = review && 'returnNote' in review ? review.returnNote : undefined;
    await recordAudit(tx, { actorId, action, entityType: 'article', entityId: id, details: { status: to.status, scheduledFor: to.scheduledFor?.toISOString(), note } });
    if (review && 'notify' in review) await notify(tx, review.notify, { kind: 'sent_back', articleId: id, actorId });
    return true;
  });
}

/**
 * Publishes every scheduled piece whose time has come: driven by the database, so pieces due while the server
 * was down go live at the next sweep. Returns them with how late each went live.
 */
export async function publishDuePieces(database: Database = db): Promise<{ id: number; slug: string; lateSeconds: number }[]> {
  // Safe on several instances at once: row locks make each piece go live exactly once.
  return database.transaction(async (tx) => {
    const due = await tx
      .update(articles)
      .set({ status: 'published', publishedAt: sql`now()`, version: sql`${articles.version} + 1`, updatedAt: sql`now()` })
      // A market-moving piece whose text changed after its approval waits, late, for a second editor.
      .where(and(eq(articles.status, 'scheduled'), lte(articles.scheduledFor, sql`now()`), approvalHolds()))
      .returning({ id: articles.id, slug: articles.slug, lateSeconds: sql<number>`extract(epoch from now() - ${articles.scheduledFor})::int` });
    for (const piece of due) await recordAudit(tx, { actorId: null, action: 'publish_scheduled', entityType: 'article', entityId: piece.id, details: { lateSeconds: piece.lateSeconds } });
    return due;
  });
}

/**
 * Stores the HTML of up to `limit` bodies that have none from the current renderer (stories from before it, or
 * changed by hand), and the document of those written as Markdown before documents existed; says how many it
 * stored. A body saved meanwhile is left to the save, which stored its own.
 */
export async function renderOutdatedBodies(renderer: BodyRenderer, database: Database = db, limit = 25): Promise<number> {
  const outdated = await database
    .select({ id: articles.id, bodyDoc: articles.bodyDoc, body: articles.body })
    .from(articles)
    .where(sql`${articles.bodyHtmlRenderer} is distinct from ${renderer.version} or ${articles.bodyDoc} is null`)
    .limit(limit);
  if (outdated.length === 0) return 0;
  const rows = outdated.map((row) => {
    const made = renderer.columns(row);
    const json = (doc: StoredDocument | null) => (doc === null ? null : JSON.stringify(doc));
    return sql`(${row.id}::int, ${row.body}::text, ${json(row.bodyDoc)}::jsonb, ${json(made.bodyDoc)}::jsonb, ${made.body}::text, ${made.bodyHtml}::text)`;
  });
  const stored = await database.execute(sql`
    update ${articles} set ${columnNames(articles.bodyDoc)} = made.doc, ${columnNames(articles.body)} = made.body,
      ${columnNames(articles.bodyHtml)} = made.html, ${columnNames(articles.bodyHtmlRenderer)} = ${renderer.version}
    from (values ${sql.join(rows, sql`, `)}) as made(id, read_body, read_doc, doc, body, html)
    where ${articles.id} = made.id and ${articles.body} = made.read_body and ${articles.bodyDoc} is not distinct from made.read_doc`);
  return stored.count;
}
