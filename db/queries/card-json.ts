import { sql, type SQL } from 'drizzle-orm';
import type { ArticleCard } from './articles';

/**
 * An article card as one JSON value, for statements that return several lists at once. `alias` names a row of
 * articles in the surrounding query; category and author are primary-key lookups.
 */
export const cardJson = (alias: string, extra: SQL = sql``): SQL => {
  const a = sql.raw(alias);
  return sql`json_build_object('id', ${a}.id, 'slug', ${a}.slug, 'title', ${a}.title, 'dek', ${a}.dek,
    'publishedAt', ${a}.published_at, 'coverImageUrl', ${a}.cover_image_url, 'coverImageAlt', ${a}.cover_image_alt,
    'category', (select json_build_object('slug', c.slug, 'name', c.name) from categories c where c.id = ${a}.category_id),
    'author', (select json_build_object('slug', au.slug, 'name', au.name) from authors au where au.id = ${a}.author_id)${extra})`;
};

/** JSON has no dates: publication times come back as strings. */
export const parseCards = <T extends ArticleCard>(rows: (Omit<T, 'publishedAt'> & { publishedAt: string })[] | null): T[] =>
  (rows ?? []).map((row) => ({ ...row, publishedAt: new Date(row.publishedAt) }) as T);

// articles.ts's isPublic, for a row of articles under another name.
export const isPublicSql = (alias: string) => sql`${sql.raw(alias)}.status = 'published' and ${sql.raw(alias)}.published_at <= now()`;
