import { and, desc, eq, exists, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { cache } from 'react';
import { z } from 'zod';
import { db } from '../index';
import { articles, articleTags, authors, categories, slugRedirects, tags } from '../schema';
import { cardColumns, cardJson, cardSchema, type ArticleCard } from './card-json';
import { isPublic } from './public';
import { isSlug } from '../slugs';

export type { ArticleCard } from './card-json';

export type ArticleFilter = { category?: string; tag?: string; author?: string; coin?: string };

const hasTagWhere = (condition: SQL) =>
  exists(
    db
      .select({ one: sql`1` })
      .from(articleTags)
      .innerJoin(tags, eq(tags.id, articleTags.tagId))
      .where(and(eq(articleTags.articleId, articles.id), condition)),
  );
// A section looked up once, before the walk (an InitPlan): the planner then reads the publication-ordered index and
// stops at the page's last row, instead of joining the section's every story and sorting them.
const idOf = (table: typeof categories | typeof authors | typeof tags, slug: string) => sql`(select ${table.id} from ${table} where ${table.slug} = ${slug})`;

function filterCondition({ category, tag, author, coin }: ArticleFilter): SQL {
  const conditions = [isPublic()];
  if (category) conditions.push(eq(articles.categoryId, idOf(categories, category)));
  if (author) conditions.push(eq(articles.authorId, idOf(authors, author)));
  if (tag) conditions.push(sql`exists (select 1 from ${articleTags} where ${articleTags.articleId} = ${articles.id} and ${articleTags.tagId} = ${idOf(tags, tag)})`);
  if (coin) conditions.push(hasTagWhere(eq(tags.coinSymbol, coin)));
  return and(...conditions)!;
}

/** Public articles, newest first, optionally in one category, with one tag or by one author. */
export async function listPublishedArticles({ limit, offset = 0, ...filter }: ArticleFilter & { limit: number; offset?: number }): Promise<ArticleCard[]> {
  const rows = await db
    .select(cardColumns)
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(filterCondition(filter))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(limit)
    .offset(offset);
  return rows.map((row) => ({ ...row, publishedAt: row.publishedAt! }));
}

const homeStories = z.object({ latest: z.array(cardSchema), by_category: z.array(cardSchema) });

/**
 * The home page's stories in one statement: the newest `latest` public articles, and the newest `perCategory` of
 * every category (in section order), each list read from a partial index in publication order.
 */
export async function listHomeStories({ latest, perCategory }: { latest: number; perCategory: number }) {
  const a = alias(articles, 'a');
  const c = alias(categories, 'c');
  // A table under an alias is written `${articles} ${a}` in FROM; its columns then as `${a.id}`.
  const [row] = await db.execute(sql`
    select
      (select coalesce(json_agg(n.card order by n.published_at desc, n.id desc), '[]'::json) from (
         select ${cardJson(a)} as card, ${a.publishedAt} as published_at, ${a.id} as id from ${articles} ${a}
         where ${isPublic(a)} order by ${a.publishedAt} desc, ${a.id} desc limit ${latest}) n) as latest,
      (select coalesce(json_agg(s.card order by ${c.position}, ${c.name}, s.published_at desc, s.id desc), '[]'::json)
         from ${categories} ${c} cross join lateral (
           select ${cardJson(a)} as card, ${a.publishedAt} as published_at, ${a.id} as id from ${articles} ${a}
           where ${a.categoryId} = ${c.id} and ${isPublic(a)} order by ${a.publishedAt} desc, ${a.id} desc limit ${perCategory}) s) as by_category`);
  const stories = homeStories.parse(row);
  return { latest: stories.latest, byCategory: stories.by_category };
}

export type PublishedArticle = NonNullable<Awaited<ReturnType<typeof findArticle>>>;

// Cached per request: the page and its metadata ask for the same article.
export const getPublishedArticle = cache(async (slug: string) => (isSlug(slug) ? findArticle(and(eq(articles.slug, slug), isPublic())!) : null));

/** Any piece, published or not, as readers would see it: for the staff-only preview. */
export const getArticleForPreview = (id: number) => findArticle(eq(articles.id, id));

const articleTagsSchema = z.array(z.object({ slug: z.string(), name: z.string() }));

async function findArticle(where: SQL) {
  const [row] = await db
    .select({
      ...cardColumns,
      keyPoints: articles.keyPoints,
      bodyDoc: articles.bodyDoc,
      body: articles.body,
      bodyHtml: articles.bodyHtml,
      bodyHtmlRenderer: articles.bodyHtmlRenderer,
      summary: articles.summary,
      summarySource: articles.summarySource,
      disclaimer: articles.disclaimer,
      revisedAt: articles.revisedAt,
      revisionNote: articles.revisionNote,
      seoTitle: articles.seoTitle,
      seoDescription: articles.seoDescription,
      tags: sql`coalesce((
        select json_agg(json_build_object('slug', ${tags.slug}, 'name', ${tags.name}) order by ${tags.name})
        from ${articleTags} join ${tags} on ${tags.id} = ${articleTags.tagId}
        where ${articleTags.articleId} = ${articles.id}), '[]'::json)`.mapWith((json) => articleTagsSchema.parse(json)),
    })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(where)
    .limit(1);
  // A draft has no publication time yet; its preview shows the time it would go out, now.
  return row ? { ...row, publishedAt: row.publishedAt ?? new Date() } : null;
}

/** The current slug of a public article that used to live at `slug`, if any. */
export async function findRedirectedSlug(slug: string) {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({ slug: articles.slug })
    .from(slugRedirects)
    .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
    .where(and(eq(slugRedirects.slug, slug), isPublic()));
  return row?.slug ?? null;
}
