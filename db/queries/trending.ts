import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { z } from 'zod';
import { db } from '../index';
import { articles, pageViews, viewClaims } from '../schema';
import { cardJson, cardSchema } from './card-json';
import { columnNames, excluded } from './columns';
import { isPublic } from './public';

/** A read as the view counter (lib/server/views.ts) takes it: who read (a keyed hash, never an address) and which story. */
export type OfferedView = { reader: Buffer; articleId: number };

/**
 * Counts reads of public articles in the current hour's buckets, in one statement: a reader's read of a story counts
 * once per `repeatMinutes` (view_claims remembers it, for every instance), unknown or unpublished ids count nothing.
 * Returns how many reads counted.
 */
const counted = z.array(z.object({ n: z.number() }));

export async function recordViews(views: OfferedView[], repeatMinutes = 30): Promise<number> {
  if (views.length === 0) return 0;
  // As text arrays: Drizzle would spread a JS array into a list of parameters.
  const readers = views.map((v) => v.reader.toString('hex')).join(',');
  const ids = views.map((v) => v.articleId).join(',');
  const rows = await db.execute(sql`
    with offered as (
      select distinct decode(o.reader, 'hex') as reader, o.article_id
      from unnest(string_to_array(${readers}, ','), string_to_array(${ids}, ',')::int[]) as o(reader, article_id)
    ), claimed as (
      insert into ${viewClaims} (${columnNames(viewClaims.reader, viewClaims.articleId, viewClaims.expiresAt)})
      select o.reader, o.article_id, now() + make_interval(mins => ${repeatMinutes})
      from offered o join ${articles} on ${articles.id} = o.article_id
      where ${isPublic()}
      on conflict (${columnNames(viewClaims.reader, viewClaims.articleId)}) do update set ${columnNames(viewClaims.expiresAt)} = ${excluded(viewClaims.expiresAt)}
        where ${viewClaims.expiresAt} <= now()
      returning ${viewClaims.articleId} as article_id
    ), counted as (
      insert into ${pageViews} (${columnNames(pageViews.articleId, pageViews.hour, pageViews.views)})
      select article_id, date_trunc('hour', now()), count(*)::int from claimed group by article_id
      on conflict (${columnNames(pageViews.articleId, pageViews.hour)}) do update set ${columnNames(pageViews.views)} = ${pageViews.views} + ${excluded(pageViews.views)}
      returning 1
    )
    select (select count(*)::int from claimed) as n`);
  return counted.parse(rows)[0]?.n ?? 0;
}

/** Forgets claims past their window, so the table holds the last half hour's readers only. */
export async function purgeViewClaims() {
  await db.execute(sql`delete from ${viewClaims} where ${viewClaims.expiresAt} <= now()`);
}

export const trendingSchema = z.array(cardSchema.extend({ views: z.number() }));
export type TrendingArticle = z.infer<typeof trendingSchema>[number];
export type TrendingWindow = { hours: number; limit: number; halfLifeHours?: number };

/**
 * Most-read public articles over the window as a JSON array, for a statement to embed (read it with trendingSchema).
 * With a half-life, older reads count for less (score = sum of views * 0.5^(age in hours / half-life)), so a story
 * read an hour ago outranks one read yesterday. Reads are found by hour (page_views_hour_idx), so the cost follows
 * the window, not the archive.
 */
export function trendingJson({ hours, limit, halfLifeHours }: TrendingWindow) {
  const a = alias(articles, 'a');
  const v = alias(pageViews, 'v');
  // In double precision: numeric power() costs tens of microseconds a row, milliseconds over a busy window.
  const weight = halfLifeHours ? sql`power(0.5, extract(epoch from now() - ${v.hour})::float8 / 3600 / ${halfLifeHours})` : sql`1`;
  return sql`(select coalesce(json_agg(${cardJson(a, sql`, 'views', t.views`)} order by t.score desc, t.published_at desc), '[]'::json) from (
    select ${v.articleId} as article_id, sum(${v.views})::int as views, sum(${v.views} * ${weight}) as score, ${a.publishedAt} as published_at
    from ${pageViews} ${v} join ${articles} ${a} on ${a.id} = ${v.articleId}
    where ${v.hour} >= date_trunc('hour', now() - make_interval(hours => ${hours})) and ${isPublic(a)}
    group by ${v.articleId}, ${a.publishedAt}
    order by score desc, ${a.publishedAt} desc
    limit ${limit}) t join ${articles} ${a} on ${a.id} = t.article_id)`;
}

/** Most-read public articles of each window, in one statement. */
export async function listTrending<W extends Record<string, TrendingWindow>>(windows: W): Promise<{ [K in keyof W]: TrendingArticle[] }> {
  const columns = Object.entries(windows).map(([name, window]) => sql`${trendingJson(window)} as ${sql.identifier(name)}`);
  const [row] = await db.execute(sql`select ${sql.join(columns, sql`, `)}`);
  const lists = z.record(z.string(), trendingSchema).parse(row);
  return Object.fromEntries(Object.keys(windows).map((name) => [name, lists[name] ?? []])) as { [K in keyof W]: TrendingArticle[] };
}
