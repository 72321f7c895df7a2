import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { articles, articleTags } from '../schema';
import { cardJson } from './card-json';
import { isPublic } from './public';

// Score weights: a shared tag says more than a shared category; text similarity breaks near-ties.
const TAG_WEIGHT = 3;
const CATEGORY_WEIGHT = 2;
const TEXT_WEIGHT = 4;
// Candidates per lookup: the newest stories of the article's category and of each of its tags.
const POOL = 30;

/**
 * Public articles related to one article as a JSON array of cards, for a statement to embed. Candidates are the newest
 * stories sharing its category or one of its tags, each lookup a walk down an index that stops after POOL rows, so
 * the cost does not grow with the archive. They are ranked by shared tags, same category and full-text similarity
 * of title and dek, newest first on ties. Never the article itself.
 */
export function relatedJson(articleId: number, limit: number) {
  const a = alias(articles, 'a');
  const t = alias(articleTags, 't');
  // The CTEs name their own columns (target.category_id, tag_id, k.id): names of this statement, not of the schema.
  return sql`(with target as (
      select ${articles.id} as id, ${articles.categoryId} as category_id,
        -- The target's title and dek words, OR-ed: any shared word counts.
        nullif(replace(plainto_tsquery('english', ${articles.title} || ' ' || ${articles.dek})::text, ' & ', ' | '), '')::tsquery as query
      from ${articles} where ${articles.id} = ${articleId}),
    target_tags as (select ${articleTags.tagId} as tag_id from ${articleTags} where ${articleTags.articleId} = ${articleId}),
    candidates as (
      select same.id from target cross join lateral (
        select ${a.id} as id from ${articles} ${a} where ${a.categoryId} = target.category_id and ${isPublic(a)} and ${a.id} <> target.id
        order by ${a.publishedAt} desc limit ${POOL}) same
      union
      select shared.id from target_tags tt cross join lateral (
        select ${a.id} as id from ${articles} ${a}
        where ${isPublic(a)} and ${a.id} <> ${articleId}
          and exists (select 1 from ${articleTags} ${t} where ${t.articleId} = ${a.id} and ${t.tagId} = tt.tag_id)
        order by ${a.publishedAt} desc limit ${POOL}) shared),
    scored as (
      select ${cardJson(a)} as card, ${a.publishedAt} as published_at,
        (select count(*) from ${articleTags} ${t} where ${t.articleId} = ${a.id} and ${t.tagId} in (select tag_id from target_tags)) * ${TAG_WEIGHT}
          + (case when ${a.categoryId} = target.category_id then ${CATEGORY_WEIGHT} else 0 end)
          -- Weights {D, C, B, A}: title (A) and dek (B) only, not the body (C).
          + coalesce(ts_rank('{0, 0, 0.4, 1}', ${a.search}, target.query), 0) * ${TEXT_WEIGHT} as score
      from candidates k join ${articles} ${a} on ${a.id} = k.id cross join target
      order by score desc, ${a.publishedAt} desc
      limit ${limit})
    select coalesce(json_agg(card order by score desc, published_at desc), '[]'::json) from scored)`;
}
