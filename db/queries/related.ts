import { sql } from 'drizzle-orm';
import { articles, articleTags } from '../schema';
import { cardJson, isPublicSql } from './card-json';

// Score weights: a shared tag says more than a shared category; text similarity breaks near-ties.
const TAG_WEIGHT = 3;
const CATEGORY_WEIGHT = 2;
const TEXT_WEIGHT = 4;
// Candidates per lookup: the newest stories of the article's category and of each of its tags.
const POOL = 30;

/**
 * Public articles related to one article as a JSON array, for a statement to embed. Candidates are the newest
 * stories sharing its category or one of its tags, each lookup a walk down an index that stops after POOL rows, so
 * the cost does not grow with the archive. They are ranked by shared tags, same category and full-text similarity
 * of title and dek, newest first on ties. Never the article itself.
 */
export function relatedJson(articleId: number, limit: number) {
  return sql`(with target as (
      select id, category_id,
        -- The target's title and dek words, OR-ed: any shared word counts.
        nullif(replace(plainto_tsquery('english', title || ' ' || dek)::text, ' & ', ' | '), '')::tsquery as query
      from ${articles} where id = ${articleId}),
    target_tags as (select tag_id from ${articleTags} where article_id = ${articleId}),
    candidates as (
      select same.id from target cross join lateral (
        select a.id from ${articles} a where a.category_id = target.category_id and ${isPublicSql('a')} and a.id <> target.id
        order by a.published_at desc limit ${POOL}) same
      union
      select shared.id from target_tags tt cross join lateral (
        select a.id from ${articles} a
        where ${isPublicSql('a')} and a.id <> ${articleId}
          and exists (select 1 from ${articleTags} t where t.article_id = a.id and t.tag_id = tt.tag_id)
        order by a.published_at desc limit ${POOL}) shared),
    scored as (
      select ${cardJson('a')} as card, a.published_at,
        (select count(*) from ${articleTags} t where t.article_id = a.id and t.tag_id in (select tag_id from target_tags)) * ${TAG_WEIGHT}
          + (case when a.category_id = target.category_id then ${CATEGORY_WEIGHT} else 0 end)
          -- Weights {D, C, B, A}: title (A) and dek (B) only, not the body (C).
          + coalesce(ts_rank('{0, 0, 0.4, 1}', a.search, target.query), 0) * ${TEXT_WEIGHT} as score
      from candidates k join ${articles} a on a.id = k.id cross join target
      order by score desc, a.published_at desc
      limit ${limit})
    select coalesce(json_agg(card order by score desc, published_at desc), '[]'::json) from scored)`;
}

