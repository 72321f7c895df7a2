import { sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { articles, authors, categories } from '../schema';
import type { Articles } from './public';

/** An article card's columns, for a select that joins authors and (left) categories. */
export const cardColumns = {
  id: articles.id,
  slug: articles.slug,
  title: articles.title,
  dek: articles.dek,
  publishedAt: articles.publishedAt,
  coverImageUrl: articles.coverImageUrl,
  coverImageAlt: articles.coverImageAlt,
  category: { slug: categories.slug, name: categories.name },
  author: { slug: authors.slug, name: authors.name },
};

const section = z.object({ slug: z.string(), name: z.string() });

/** An article card as JSON returns it: publication times come back as strings, and become dates here. */
export const cardSchema = z.object({
  id: z.number(),
  slug: z.string(),
  title: z.string(),
  dek: z.string(),
  publishedAt: z.coerce.date(),
  coverImageUrl: z.string().nullable(),
  coverImageAlt: z.string(),
  category: section.nullable(),
  author: section,
});

export type ArticleCard = z.infer<typeof cardSchema>;

/**
 * An article card as one JSON value, for statements that return several lists at once. `a` is the row of articles
 * in the surrounding query; category and author are primary-key lookups. `extra` adds keys (`, 'views', ...`).
 */
export const cardJson = (a: Articles, extra: SQL = sql``): SQL =>
  sql`json_build_object('id', ${a.id}, 'slug', ${a.slug}, 'title', ${a.title}, 'dek', ${a.dek},
    'publishedAt', ${a.publishedAt}, 'coverImageUrl', ${a.coverImageUrl}, 'coverImageAlt', ${a.coverImageAlt},
    'category', (select json_build_object('slug', ${categories.slug}, 'name', ${categories.name}) from ${categories} where ${categories.id} = ${a.categoryId}),
    'author', (select json_build_object('slug', ${authors.slug}, 'name', ${authors.name}) from ${authors} where ${authors.id} = ${a.authorId})${extra})`;
