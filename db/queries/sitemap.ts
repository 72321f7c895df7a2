import { and, asc, count, desc, gte, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { db } from '../index';
import { articles, articleTags, authors, categories, tags } from '../schema';
import { isPublic } from './public';

export type SitemapEntry = { path: string; lastModified: Date };

export async function countPublicArticles(): Promise<number> {
  const [row] = await db.select({ n: count() }).from(articles).where(isPublic());
  return row!.n;
}

const lastModified = sql`coalesce(${articles.revisedAt}, ${articles.publishedAt})`.mapWith(articles.publishedAt);

/** One chunk of public article URLs, oldest first so chunks stay stable as new stories arrive. */
export async function listArticleEntries(offset: number, limit: number): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: articles.slug, lastModified })
    .from(articles)
    .where(isPublic())
    .orderBy(asc(articles.publishedAt), asc(articles.id))
    .offset(offset)
    .limit(limit);
  return rows.map((r) => ({ path: `/news/${r.slug}`, lastModified: r.lastModified }));
}

const sectionRows = z.array(z.object({ path: z.string(), at: z.coerce.date() }));

/**
 * Category, tag and author pages that list at least one public story, dated by their newest story, in one statement:
 * one walk down a publication-ordered index per section, stopping at its newest story.
 */
export async function listSectionEntries(): Promise<SitemapEntry[]> {
  const a = alias(articles, 'a');
  const x = alias(articleTags, 'x');
  const newest = (match: SQL) =>
    sql`cross join lateral (select ${a.publishedAt} as at from ${articles} ${a} where ${match} and ${isPublic(a)} order by ${a.publishedAt} desc limit 1) n`;
  const rows = await db.execute(sql`
    select 1 as kind, '/category/' || ${categories.slug} as path, n.at from ${categories} ${newest(sql`${a.categoryId} = ${categories.id}`)}
    union all
    select 2, '/tag/' || ${tags.slug}, n.at from ${tags} ${newest(sql`exists (select 1 from ${articleTags} ${x} where ${x.articleId} = ${a.id} and ${x.tagId} = ${tags.id})`)}
      -- A tag on no story would send its walk through the whole archive.
      where exists (select 1 from ${articleTags} ${x} where ${x.tagId} = ${tags.id})
    union all
    select 3, '/author/' || ${authors.slug}, n.at from ${authors} ${newest(sql`${a.authorId} = ${authors.id}`)}
    order by kind, path`);
  return sectionRows.parse(rows).map((r) => ({ path: r.path, lastModified: r.at }));
}

/** Stories published in the last two days, for the Google News sitemap. */
export async function listRecentForNews() {
  return db
    .select({ slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(isPublic(), gte(articles.publishedAt, sql`now() - interval '2 days'`)))
    .orderBy(desc(articles.publishedAt))
    .limit(1000);
}
