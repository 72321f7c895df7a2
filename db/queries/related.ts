import { desc, eq, sql } from 'drizzle-orm';
import { db } from '../index';
import { articles, articleTags, authors, categories } from '../schema';
import { cardColumns, isPublic } from './articles';

// Score weights: a shared tag says more than a shared category; text similarity breaks near-ties.
const TAG_WEIGHT = 3;
const CATEGORY_WEIGHT = 2;
const TEXT_WEIGHT = 4;

/**
 * Public articles related to one article, in one query: shared tags, same category and full-text
 * similarity of title and dek, newest first on ties. Never the article itself.
 */
export async function listRelatedArticles(articleId: number, limit = 5) {
  const target = db
    .select({
      id: articles.id,
      categoryId: articles.categoryId,
      // The target's title and dek words, OR-ed: any shared word counts.
      query: sql`nullif(replace(plainto_tsquery('english', ${articles.title} || ' ' || ${articles.dek})::text, ' & ', ' | '), '')::tsquery`.as('query'),
    })
    .from(articles)
    .where(eq(articles.id, articleId))
    .as('target');
  const sharedTags = sql<number>`(
    select count(*) from ${articleTags} mine join ${articleTags} theirs on theirs.tag_id = mine.tag_id
    where mine.article_id = ${target.id} and theirs.article_id = ${articles.id})`;
  // Weights {D, C, B, A}: title (A) and dek (B) only, not the body (C).
  const textSimilarity = sql<number>`coalesce(ts_rank('{0, 0, 0.4, 1}', ${articles.search}, ${target.query}), 0)`;
  const score = sql<number>`${sharedTags} * ${TAG_WEIGHT}
    + (case when ${articles.categoryId} = ${target.categoryId} then ${CATEGORY_WEIGHT} else 0 end)
    + ${textSimilarity} * ${TEXT_WEIGHT}`;

  const rows = await db
    .select(cardColumns)
    .from(articles)
    .innerJoin(target, sql`${articles.id} <> ${target.id}`)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(
      sql`${isPublic} and (${articles.categoryId} = ${target.categoryId} or ${articles.search} @@ ${target.query}
        or exists (select 1 from ${articleTags} t where t.article_id = ${articles.id}
          and t.tag_id in (select tag_id from ${articleTags} where article_id = ${target.id})))`,
    )
    .orderBy(desc(score), desc(articles.publishedAt))
    .limit(limit);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}
