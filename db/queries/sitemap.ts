import { and, asc, count, desc, gte, sql, type SQL } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags, authors, categories, tags } from '../schema';
import { isPublic } from './articles';
import { isPublicSql } from './card-json';

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

/**
 * Category, tag and author pages that list at least one public story, dated by their newest story, in one statement:
 * one walk down a publication-ordered index per section, stopping at its newest story.
 */
export async function listSectionEntries(): Promise<SitemapEntry[]> {
  const newest = (match: SQL) => sql`cross join lateral (select a.published_at as at from ${match} and ${isPublicSql('a')} order by a.published_at desc limit 1) n`;
  const rows = await db.execute<{ path: string; at: string | Date }>(sql`
    select 1 as kind, '/category/' || c.slug as path, n.at from ${categories} c ${newest(sql`${articles} a where a.category_id = c.id`)}
    union all
    select 2, '/tag/' || t.slug, n.at from ${tags} t ${newest(sql`${articles} a where exists (select 1 from ${articleTags} x where x.article_id = a.id and x.tag_id = t.id)`)}
      -- A tag on no story would send its walk through the whole archive.
      where exists (select 1 from ${articleTags} x where x.tag_id = t.id)
    union all
    select 3, '/author/' || au.slug, n.at from ${authors} au ${newest(sql`${articles} a where a.author_id = au.id`)}
    order by kind, path`);
  return rows.map((r) => ({ path: r.path, lastModified: new Date(r.at) }));
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
