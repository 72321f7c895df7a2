import { relations, sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });
const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
const usd = (name: string) => numeric(name, { precision: 30, scale: 10, mode: 'number' });
// Slugs appear in URLs: lowercase words joined by single hyphens.
const slugCheck = (column: SQL) => sql`${column} ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(${column}) <= 100`;

export const userRole = pgEnum('user_role', ['admin', 'editor', 'writer']);
export const articleStatus = pgEnum('article_status', ['draft', 'in_review', 'scheduled', 'published', 'archived']);
export type NotificationKind = (typeof notificationKind.enumValues)[number];
export type ArticleStatus = (typeof articleStatus.enumValues)[number];

/** A body document as the database keeps it; lib/content/document validates one before it is stored or shown. */
export type StoredDocument = { type: 'doc'; content: unknown[] };
export const summarySource = pgEnum('summary_source', ['editor', 'generated']);
export const candleInterval = pgEnum('candle_interval', ['5m', '1d']);

export const users = pgTable(
  'users',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    email: text('email').notNull().unique(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: userRole('role').notNull().default('writer'),
    disabled: boolean('disabled').notNull().default(false),
    ...timestamps,
  },
  (t) => [
    check('users_email_format', sql`${t.email} = lower(${t.email}) and ${t.email} like '%_@_%' and length(${t.email}) <= 254`),
    check('users_name_length', sql`length(${t.name}) between 1 and 120`),
  ],
);

export const authors = pgTable(
  'authors',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id').unique().references(() => users.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    slug: text('slug').notNull().unique(),
    bio: text('bio').notNull().default(''),
    avatarUrl: text('avatar_url'),
    ...timestamps,
  },
  (t) => [
    check('authors_slug_format', slugCheck(sql`${t.slug}`)),
    check('authors_name_length', sql`length(${t.name}) between 1 and 120`),
    check('authors_bio_length', sql`length(${t.bio}) <= 2000`),
  ],
);

export const categories = pgTable(
  'categories',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull().unique(),
    description: text('description').notNull().default(''),
    position: integer('position').notNull().default(0),
  },
  (t) => [
    check('categories_slug_format', slugCheck(sql`${t.slug}`)),
    check('categories_name_length', sql`length(${t.name}) between 1 and 80`),
  ],
);

export const coins = pgTable(
  'coins',
  {
    symbol: text('symbol').primaryKey(),
    name: text('name').notNull(),
    rank: integer('rank').notNull().unique(),
    // The id the market-data provider knows the coin by (CoinGecko: 'bitcoin').
    providerId: text('provider_id'),
  },
  (t) => [
    check('coins_symbol_format', sql`${t.symbol} ~ '^[A-Z0-9]{2,10}$'`),
    check('coins_rank_positive', sql`${t.rank} > 0`),
  ],
);

export const tags = pgTable(
  'tags',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    // A coin tag lets an article show that coin's price.
    coinSymbol: text('coin_symbol').references(() => coins.symbol, { onDelete: 'set null' }),
  },
  (t) => [
    check('tags_slug_format', slugCheck(sql`${t.slug}`)),
    check('tags_name_length', sql`length(${t.name}) between 1 and 60`),
  ],
);

// Triggers that drizzle-kit does not model, written in migrations (docs/architecture.md#database-triggers):
// - 0005 `articles_announce_change` (announce_article_change()): pg_notify('page_invalidation', 'article:<id>
//   article-lists') when a row was or becomes published; `authors_`, `categories_` and `tags_announce_change`
//   (announce_label_change()) announce '*'. Every web server LISTENs and drops the cached pages concerned.
// - 0006 `articles_forget_stale_body_html` (forget_stale_body_html()), on body and (0008) body_doc: a body changed
//   without its HTML clears body_html, so pages never show HTML rendered from an older body.
export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    title: text('title').notNull(),
    dek: text('dek').notNull().default(''),
    keyPoints: text('key_points').array().notNull().default(sql`'{}'::text[]`),
    // The body as the editor's document (ProseMirror JSON, lib/content/document/types.ts): what the newsroom edits.
    // Null only for a body written as Markdown before the document existed, converted by the scheduler's sweep.
    bodyDoc: jsonb('body_doc').$type<StoredDocument>(),
    // The body as Markdown, made from the document when it is saved: what search, summaries, reading time and
    // related stories read.
    body: text('body').notNull().default(''),
    // The body as HTML, made from the document when it is saved so that reading it costs nothing (lib/content/body.ts);
    // null, or by an older renderer, and the page renders the document itself.
    bodyHtml: text('body_html'),
    bodyHtmlRenderer: integer('body_html_renderer'),
    summary: text('summary').notNull().default(''),
    summarySource: summarySource('summary_source').notNull().default('editor'),
    disclaimer: text('disclaimer').notNull().default(''),
    coverImageUrl: text('cover_image_url'),
    coverImageAlt: text('cover_image_alt').notNull().default(''),
    categoryId: integer('category_id').references(() => categories.id, { onDelete: 'restrict' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'restrict' }),
    status: articleStatus('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    scheduledFor: timestamp('scheduled_for', { withTimezone: true }),
    // Set only by an edit marked as a correction or update: the public "Updated" date.
    revisedAt: timestamp('revised_at', { withTimezone: true }),
    revisionNote: text('revision_note'),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    version: integer('version').notNull().default(1),
    // The review desk: who sent the piece for review and when (the desk is oldest first); an editor who sends it back
    // leaves a note for the writer, kept until it is submitted again.
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedById: integer('submitted_by_id').references(() => users.id, { onDelete: 'set null' }),
    returnNote: text('return_note'),
    returnedAt: timestamp('returned_at', { withTimezone: true }),
    returnedById: integer('returned_by_id').references(() => users.id, { onDelete: 'set null' }),
    // Market-moving news needs a second editor's approval, neither its author nor the editor who marked it, before
    // it goes live (lib/newsroom/approval.ts). The approval is of the text as it stood: its fingerprint (an md5 of the
    // revision snapshot) must still match when the piece is published or scheduled, or it needs approving again.
    marketMoving: boolean('market_moving').notNull().default(false),
    markedById: integer('marked_by_id').references(() => users.id, { onDelete: 'set null' }),
    approvedById: integer('approved_by_id').references(() => users.id, { onDelete: 'set null' }),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    approvedFingerprint: text('approved_fingerprint'),
    // Planning (the story budget): a piece can be assigned, with a due time and a planned publication time, before
    // anyone writes a word; the slug line names it until it has a headline.
    slugLine: text('slug_line').notNull().default(''),
    assigneeId: integer('assignee_id').references(() => users.id, { onDelete: 'set null' }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    plannedFor: timestamp('planned_for', { withTimezone: true }),
    ...timestamps,
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs(
        (): SQL =>
          sql`setweight(to_tsvector('english', ${articles.title}), 'A') || setweight(to_tsvector('english', ${articles.dek}), 'B') || setweight(to_tsvector('english', ${articles.body}), 'C')`,
      ),
  },
  (t) => [
    check('articles_slug_format', slugCheck(sql`${t.slug}`)),
    // A draft may have no headline yet (a new piece exists before its first word); anything further along has one.
    check('articles_title_length', sql`length(${t.title}) <= 200 and (length(${t.title}) >= 1 or ${t.status} = 'draft')`),
    check('articles_dek_length', sql`length(${t.dek}) <= 300`),
    check('articles_body_length', sql`length(${t.body}) <= 200000`),
    check('articles_summary_length', sql`length(${t.summary}) <= 1000`),
    check('articles_key_points_count', sql`cardinality(${t.keyPoints}) <= 8`),
    check('articles_cover_alt', sql`${t.coverImageUrl} is null or length(${t.coverImageAlt}) between 1 and 300`),
    check('articles_published_at', sql`${t.status} <> 'published' or ${t.publishedAt} is not null`),
    check('articles_scheduled_for', sql`${t.status} <> 'scheduled' or ${t.scheduledFor} is not null`),
    check('articles_version_positive', sql`${t.version} > 0`),
    check('articles_slug_line_length', sql`length(${t.slugLine}) <= 80`),
    check('articles_return_note_length', sql`length(${t.returnNote}) <= 2000`),
    // Exactly the order every listing sorts by (DESC puts nulls first; the id breaks ties), so a LIMIT stops the walk early.
    index('articles_published_idx')
      .on(t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index('articles_category_published_idx')
      .on(t.categoryId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index('articles_author_published_idx')
      .on(t.authorId, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index('articles_due_idx')
      .on(t.scheduledFor)
      .where(sql`${t.status} = 'scheduled'`),
    index('articles_status_updated_idx').on(t.status, t.updatedAt.desc()),
    index('articles_review_idx').on(t.submittedAt).where(sql`${t.status} = 'in_review'`),
    index('articles_planned_idx').on(t.dueAt).where(sql`${t.assigneeId} is not null or ${t.dueAt} is not null or ${t.plannedFor} is not null`),
    index('articles_search_idx').using('gin', t.search),
  ],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId, t.articleId)],
);

// An old slug keeps working after a rename: it redirects to the article.
export const slugRedirects = pgTable(
  'slug_redirects',
  {
    slug: text('slug').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('slug_redirects_slug_format', slugCheck(sql`${t.slug}`))],
);

export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    editorId: integer('editor_id').references(() => users.id, { onDelete: 'set null' }),
    // The editable fields as they were saved at this version.
    snapshot: jsonb('snapshot').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('article_revisions_version_idx').on(t.articleId, t.version)],
);

export const pageViews = pgTable(
  'page_views',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    hour: timestamp('hour', { withTimezone: true }).notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.hour] }),
    index('page_views_hour_idx').on(t.hour),
    check('page_views_views_nonnegative', sql`${t.views} >= 0`),
    check('page_views_hour_truncated', sql`${t.hour} = date_trunc('hour', ${t.hour})`),
  ],
);

export const priceTicks = pgTable(
  'price_ticks',
  {
    coinSymbol: text('coin_symbol')
      .notNull()
      .references(() => coins.symbol, { onDelete: 'cascade' }),
    time: timestamp('time', { withTimezone: true }).notNull(),
    priceUsd: usd('price_usd').notNull(),
    volume24hUsd: usd('volume_24h_usd'),
    marketCapUsd: usd('market_cap_usd'),
  },
  (t) => [
    primaryKey({ columns: [t.coinSymbol, t.time] }),
    index('price_ticks_time_idx').on(t.time),
    check('price_ticks_price_positive', sql`${t.priceUsd} > 0`),
    check('price_ticks_volume_nonnegative', sql`${t.volume24hUsd} is null or ${t.volume24hUsd} >= 0`),
    check('price_ticks_market_cap_nonnegative', sql`${t.marketCapUsd} is null or ${t.marketCapUsd} >= 0`),
  ],
);

export const priceCandles = pgTable(
  'price_candles',
  {
    coinSymbol: text('coin_symbol')
      .notNull()
      .references(() => coins.symbol, { onDelete: 'cascade' }),
    interval: candleInterval('interval').notNull(),
    bucket: timestamp('bucket', { withTimezone: true }).notNull(),
    open: usd('open').notNull(),
    high: usd('high').notNull(),
    low: usd('low').notNull(),
    close: usd('close').notNull(),
    volume24hUsd: usd('volume_24h_usd'),
  },
  (t) => [
    primaryKey({ columns: [t.coinSymbol, t.interval, t.bucket] }),
    // Every coin's candles over a time range (the prices page's sparklines) and the retirement of old 5-minute ones.
    index('price_candles_interval_bucket_idx').on(t.interval, t.bucket),
    check('price_candles_ohlc', sql`${t.low} > 0 and ${t.low} <= least(${t.open}, ${t.close}) and ${t.high} >= greatest(${t.open}, ${t.close})`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id').notNull(),
    details: jsonb('details').notNull().default(sql`'{}'::jsonb`),
  },
  (t) => [index('audit_log_at_idx').on(t.at.desc()), index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

// Who has a piece open in the editor: one row per piece and user, refreshed by the editor's heartbeat.
export const piecePresence = pgTable(
  'piece_presence',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    seenAt: timestamp('seen_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId] })],
);

// The shared document of a piece being written together (Yjs; lib/collab/): every field and the body as the editors'
// browsers hold them, stored as one merged update within a second of each change. The article's columns are
// derived from it (a draft's as it changes, a live story's when an editor puts the changes live).
export const pieceDocuments = pgTable('piece_documents', {
  articleId: integer('article_id')
    .primaryKey()
    .references(() => articles.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// Notes on a piece: threads of staff comments, on the piece or on a passage of its body. A thread's first note carries
// the anchor (Yjs relative positions of the passage's ends in the shared document, base64, so it follows the text
// through edits) and the passage as it read when the note was written; replies point at it. Never public: only the
// newsroom's pages read this table (tests/e2e/notes-private.spec.ts checks every public surface).
export const pieceNotes = pgTable(
  'piece_notes',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    threadId: integer('thread_id').references((): AnyPgColumn => pieceNotes.id, { onDelete: 'cascade' }),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    body: text('body').notNull(),
    anchor: jsonb('anchor').$type<{ from: string; to: string }>(),
    quote: text('quote').notNull().default(''),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedById: integer('resolved_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('piece_notes_body_length', sql`length(${t.body}) between 1 and 4000`),
    check('piece_notes_quote_length', sql`length(${t.quote}) <= 500`),
    index('piece_notes_article_idx').on(t.articleId, t.createdAt),
    index('piece_notes_thread_idx').on(t.threadId),
  ],
);

export const notificationKind = pgEnum('notification_kind', ['mention', 'sent_back', 'assigned', 'approval_wanted']);

// What the newsroom tells one member of staff: a mention in a note, a piece sent back, an assignment. Read when they
// open it; the count of unread ones sits in the newsroom's navigation.
export const staffNotifications = pgTable(
  'staff_notifications',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: notificationKind('kind').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    noteId: integer('note_id').references(() => pieceNotes.id, { onDelete: 'cascade' }),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true }),
  },
  (t) => [index('staff_notifications_user_idx').on(t.userId, t.createdAt.desc())],
);

// Failed sign-ins, one row each, keyed by account ('email:…'), by client ('ip:…') and by the two together: the rate limiter
// counts them over a window, so the limit holds across every instance of the portal.
export const signinFailures = pgTable(
  'signin_failures',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    key: text('key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('signin_failures_key_at_idx').on(t.key, t.at)],
);

// One row per signed-in browser. The session cookie carries the row's id; a request is signed in only while the
// row exists, so signing out, "Sign out everywhere", a password change and disabling an account end sessions
// for good (a signed cookie alone would stay valid until it expires).
export const staffSessions = pgTable(
  'staff_sessions',
  {
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('staff_sessions_user_idx').on(t.userId), index('staff_sessions_expires_idx').on(t.expiresAt)],
);

// A reader's view of a story, remembered for 30 minutes so that it counts once: the reader is a keyed hash of
// their address and user agent (never stored raw), shared by every instance so none counts it again.
export const viewClaims = pgTable(
  'view_claims',
  {
    reader: bytea('reader').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.reader, t.articleId] }), index('view_claims_expires_idx').on(t.expiresAt)],
);

export const usersRelations = relations(users, ({ one }) => ({ author: one(authors) }));
export const authorsRelations = relations(authors, ({ one, many }) => ({
  user: one(users, { fields: [authors.userId], references: [users.id] }),
  articles: many(articles),
}));
export const categoriesRelations = relations(categories, ({ many }) => ({ articles: many(articles) }));
export const tagsRelations = relations(tags, ({ one, many }) => ({
  coin: one(coins, { fields: [tags.coinSymbol], references: [coins.symbol] }),
  articleTags: many(articleTags),
}));
export const articlesRelations = relations(articles, ({ one, many }) => ({
  category: one(categories, { fields: [articles.categoryId], references: [categories.id] }),
  author: one(authors, { fields: [articles.authorId], references: [authors.id] }),
  articleTags: many(articleTags),
  revisions: many(articleRevisions),
}));
export const articleTagsRelations = relations(articleTags, ({ one }) => ({
  article: one(articles, { fields: [articleTags.articleId], references: [articles.id] }),
  tag: one(tags, { fields: [articleTags.tagId], references: [tags.id] }),
}));
export const articleRevisionsRelations = relations(articleRevisions, ({ one }) => ({
  article: one(articles, { fields: [articleRevisions.articleId], references: [articles.id] }),
}));
