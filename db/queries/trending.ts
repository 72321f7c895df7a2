import { sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, pageViews } from '../schema';
import { isPublic, type ArticleCard } from './articles';
import { cardJson, isPublicSql, parseCards } from './card-json';

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
export type TrendingWindow = { hours: number; limit: number; halfLifeHours?: number };

/**
 * Most-read public articles over the window as a JSON array, for a statement to embed. With a half-life, older reads
 * count for less (score = sum of views * 0.5^(age in hours / half-life)), so a story read an hour ago outranks one
 * read yesterday. Reads are found by hour (page_views_hour_idx), so the cost follows the window, not the archive.
 */
export function trendingJson({ hours, limit, halfLifeHours }: TrendingWindow) {
  // In double precision: numeric power() costs tens of microseconds a row, milliseconds over a busy window.
  const weight = halfLifeHours ? sql`power(0.5, extract(epoch from now() - v.hour)::float8 / 3600 / ${halfLifeHours})` : sql`1`;
  return sql`(select coalesce(json_agg(${cardJson('a', sql`, 'views', t.views`)} order by t.score desc, t.published_at desc), '[]'::json) from (
    select v.article_id, sum(v.views)::int as views, sum(v.views * ${weight}) as score, a.published_at
    from ${pageViews} v join ${articles} a on a.id = v.article_id
    where v.hour >= date_trunc('hour', now() - make_interval(hours => ${hours})) and ${isPublicSql('a')}
    group by v.article_id, a.published_at
    order by score desc, a.published_at desc
    limit ${limit}) t join ${articles} a on a.id = t.article_id)`;
}

export const parseTrending = (rows: Parameters<typeof parseCards<TrendingArticle>>[0]) => parseCards<TrendingArticle>(rows);

/** Most-read public articles of each window, in one statement. */
export async function listTrending<W extends Record<string, TrendingWindow>>(windows: W): Promise<{ [K in keyof W]: TrendingArticle[] }> {
  const columns = Object.entries(windows).map(([name, window]) => sql`${trendingJson(window)} as ${sql.identifier(name)}`);
  const [row] = await db.execute<Record<string, Parameters<typeof parseTrending>[0]>>(sql`select ${sql.join(columns, sql`, `)}`);
  return Object.fromEntries(Object.keys(windows).map((name) => [name, parseTrending(row![name]!)])) as { [K in keyof W]: TrendingArticle[] };
}
