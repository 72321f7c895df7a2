import { and, asc, count, desc, eq, gte, max, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags, authors, categories, tags } from '../schema';
import { isPublic } from './articles';

export type SitemapEntry = { path: string; lastModified: Date };

export async function countPublicArticles(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(articles).where(isPublic);
  return row!.n;
}

const lastModified = sql<Date>`coalesce(${articles.revisedAt}, ${articles.publishedAt})`;

/** One chunk of public article URLs, oldest first so chunks stay stable as new stories arrive. */
export async function listArticleEntries(offset: number, limit: number): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: articles.slug, lastModified })
    .from(articles)
    .where(isPublic)
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .offset(offset)
    .limit(limit);
  return rows.map((r) => ({ path: `/news/${r.slug}`, lastModified: new Date(r.lastModified) }));
}

/** Category, tag and author pages that list at least one public story, dated by their newest story. */
export async function listSectionEntries(): Promise<SitemapEntry[]> {
  const newest = max(articles.publishedAt);
  const [byCategory, byTag, byAuthor] = await Promise.all([
    db.select({ slug: categories.slug, at: newest }).from(categories).innerJoin(articles, and(eq(articles.categoryId, categories.id), isPublic)).groupBy(categories.slug),
    db
      .select({ slug: tags.slug, at: newest })
      .from(tags)
      .innerJoin(articleTags, eq(articleTags.tagId, tags.id))
      .innerJoin(articles, and(eq(articles.id, articleTags.articleId), isPublic))
      .groupBy(tags.slug),
    db.select({ slug: authors.slug, at: newest }).from(authors).innerJoin(articles, and(eq(articles.authorId, authors.id), isPublic)).groupBy(authors.slug),
  ]);
  const entries = (prefix: string, rows: { slug: string; at: Date | null }[]) => rows.map((r) => ({ path: `/${prefix}/${r.slug}`, lastModified: r.at! }));
  return [...entries('category', byCategory), ...entries('tag', byTag), ...entries('author', byAuthor)];
}

/** Stories published in the last two days, for the Google News sitemap. */
export async function listRecentForNews() {
  return db
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublic, gte(articles.publishedAt, sql`now() - interval '2 days'`)))
    .orderBy(desc(articles.publishedAt))
    .limit(1000);
}
