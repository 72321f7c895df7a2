import { and, desc, eq, gte, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, authors, categories, pageViews } from '../schema';
import { cardColumns, isPublic, type ArticleCard } from './articles';

/** Counts one read of a public article in the current hour's bucket; unknown or unpublished ids count nothing. */
export async function recordView(articleId: number): Promise<boolean> {
  const rows = await db.execute<{ article_id: number }>(sql`
    insert into ${pageViews} (article_id, hour, views)
    select ${articles.id}, date_trunc('hour', now()), 1 from ${articles}
    where ${articles.id} = ${articleId} and ${isPublic}
    on conflict (article_id, hour) do update set views = ${pageViews.views} + 1
    returning article_id`);
  return rows.length > 0;
}

export type TrendingArticle = ArticleCard & { views: number };

/**
 * Most-read public articles over the window. With a half-life, older reads count for less
 * (score = sum of views * 0.5^(age in hours / half-life)), so a story read an hour ago outranks one read yesterday.
 */
export async function listTrendingArticles({ hours, limit, halfLifeHours }: { hours: number; limit: number; halfLifeHours?: number }) {
  const weight = halfLifeHours
    ? sql`power(0.5, extract(epoch from now() - ${pageViews.hour}) / 3600.0 / ${halfLifeHours})`
    : sql`1`;
  const score = sql<number>`sum(${pageViews.views} * ${weight})`;
  const rows = await db
    .select({ ...cardColumns, views: sql<number>`sum(${pageViews.views})::int` })
    .from(pageViews)
    .innerJoin(articles, eq(articles.id, pageViews.articleId))
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(and(gte(pageViews.hour, sql`date_trunc('hour', now() - make_interval(hours => ${hours}))`), isPublic))
    .groupBy(articles.id, authors.id, categories.id)
    .orderBy(desc(score), desc(articles.publishedAt))
    .limit(limit);
  return rows.map((row): TrendingArticle => ({ ...row, publishedAt: row.publishedAt! }));
}
