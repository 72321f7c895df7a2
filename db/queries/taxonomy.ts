import { and, asc, eq, exists, sql } from 'drizzle-orm';
import { cache } from 'react';
import { db } from '../index';
import { articles, articleTags, authors, categories, tags } from '../schema';
import { isPublic } from './public';
import { isSlug } from '../slugs';

export async function listCategories() {
  return db
    .select({ slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .orderBy(asc(categories.position), asc(categories.name));
}

// Cached per request: a page and its metadata ask for the same section.
export const getCategory = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({ slug: categories.slug, name: categories.name, description: categories.description })
    .from(categories)
    .where(eq(categories.slug, slug));
  return row ?? null;
});

// A tag has a public page only while a public story carries it: a tag used only on drafts stays unknown.
const onPublicStory = () =>
  exists(db.select({ one: sql`1` }).from(articleTags).innerJoin(articles, eq(articles.id, articleTags.articleId)).where(and(eq(articleTags.tagId, tags.id), isPublic())));

export const getTag = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  const [row] = await db.select({ slug: tags.slug, name: tags.name, coinSymbol: tags.coinSymbol }).from(tags).where(and(eq(tags.slug, slug), onPublicStory()));
  return row ?? null;
});

export const getAuthor = cache(async (slug: string) => {
  if (!isSlug(slug)) return null;
  const [row] = await db
    .select({ slug: authors.slug, name: authors.name, bio: authors.bio, avatarUrl: authors.avatarUrl })
    .from(authors)
    .where(eq(authors.slug, slug));
  return row ?? null;
});

/** Choices for the editor's selects. */
export async function listEditorOptions() {
  const [categoryOptions, authorOptions, tagOptions] = await Promise.all([
    db.select({ id: categories.id, name: categories.name }).from(categories).orderBy(asc(categories.position)),
    db.select({ id: authors.id, name: authors.name }).from(authors).orderBy(asc(authors.name)),
    db.select({ name: tags.name }).from(tags).orderBy(asc(tags.name)),
  ]);
  return { categories: categoryOptions, authors: authorOptions, tags: tagOptions.map((t) => t.name) };
}

/** The author a piece started by staff without an author profile of their own is credited to, until they choose. */
export async function firstAuthorId(): Promise<number | null> {
  const [row] = await db.select({ id: authors.id }).from(authors).orderBy(asc(authors.name)).limit(1);
  return row?.id ?? null;
}
