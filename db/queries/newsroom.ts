import { and, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import { db } from '../index';
import { articleRevisions, articles, articleStatus, authors, categories, users } from '../schema';
import { ownedBy } from './ownership';
import { approvalHolds } from './pieces';

export type PieceStatus = (typeof articleStatus.enumValues)[number];
export type DashboardFilter = { status?: PieceStatus; category?: string; author?: string; title?: string; ownerId?: number };

// LIKE wildcards in a user's search text are literal characters.
const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions({ status, category, author, title, ownerId }: DashboardFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (status) parts.push(eq(articles.status, status));
  if (category) parts.push(eq(categories.slug, category));
  if (author) parts.push(eq(authors.slug, author));
  if (title) parts.push(ilike(articles.title, `%${escapeLike(title)}%`));
  if (ownerId !== undefined) parts.push(ownedBy(ownerId));
  return parts.length ? and(...parts) : undefined;
}

/** Pieces in every status for the newsroom dashboard, most recently updated first, with the total for paging. */
export async function listPieces(filter: DashboardFilter, { limit, offset }: { limit: number; offset: number }) {
  const where = conditions(filter);
  const [rows, [total]] = await Promise.all([
    db
      .select({
        id: articles.id,
        slug: articles.slug,
        title: articles.title,
        status: articles.status,
        updatedAt: articles.updatedAt,
        scheduledFor: articles.scheduledFor,
        returnNote: articles.returnNote,
        marketMoving: articles.marketMoving,
        // Scheduled, but its text changed after its approval: the scheduler holds it until an editor approves again.
        held: sql<boolean>`${articles.status} = 'scheduled' and not ${approvalHolds()}`,
        publishedAt: articles.publishedAt,
        // A piece the scheduler published keeps its scheduled time, so how late it went live can be shown.
        lateSeconds: sql<number | null>`case when ${articles.status} = 'published' then extract(epoch from ${articles.publishedAt} - ${articles.scheduledFor})::int end`,
        author: authors.name,
        category: categories.name,
        // Who made the newest revision (every save makes one), by article_revisions_version_idx.
        lastEditor: sql<string | null>`(select ${users.name} from ${articleRevisions} join ${users} on ${users.id} = ${articleRevisions.editorId}
          where ${articleRevisions.articleId} = ${articles.id} order by ${articleRevisions.version} desc limit 1)`,
      })
      .from(articles)
      .innerJoin(authors, eq(authors.id, articles.authorId))
      .leftJoin(categories, eq(categories.id, articles.categoryId))
      .where(where)
      .orderBy(desc(articles.updatedAt), desc(articles.id))
      .limit(limit)
      .offset(offset),
    db
      .select({ n: count() })
      .from(articles)
      .innerJoin(authors, eq(authors.id, articles.authorId))
      .leftJoin(categories, eq(categories.id, articles.categoryId))
      .where(where),
  ]);
  return { rows, total: total!.n };
}

export async function listAuthorsForFilter() {
  return db.select({ slug: authors.slug, name: authors.name }).from(authors).orderBy(sql`${authors.name}`);
}
