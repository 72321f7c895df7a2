import { randomBytes } from 'node:crypto';
import { db } from '@/db';
import { articles, articleTags, authors, categories, tags } from '@/db/schema';

const suffix = () => randomBytes(4).toString('hex');

export async function createCategory(overrides: Partial<typeof categories.$inferInsert> = {}) {
  const slug = overrides.slug ?? `category-${suffix()}`;
  const [row] = await db.insert(categories).values({ slug, name: slug, ...overrides }).returning();
  return row!;
}

export async function createAuthor(overrides: Partial<typeof authors.$inferInsert> = {}) {
  const slug = overrides.slug ?? `author-${suffix()}`;
  const [row] = await db.insert(authors).values({ slug, name: `Author ${slug}`, ...overrides }).returning();
  return row!;
}

export async function createTag(overrides: Partial<typeof tags.$inferInsert> = {}) {
  const slug = overrides.slug ?? `tag-${suffix()}`;
  const [row] = await db.insert(tags).values({ slug, name: slug, ...overrides }).returning();
  return row!;
}

type ArticleFixture = Partial<typeof articles.$inferInsert> & { tagIds?: number[] };

/** A complete published article unless told otherwise; creates its author when none is given. */
export async function createArticle({ tagIds = [], ...overrides }: ArticleFixture = {}) {
  const slug = overrides.slug ?? `story-${suffix()}`;
  const status = overrides.status ?? 'published';
  const authorId = overrides.authorId ?? (await createAuthor()).id;
  const [row] = await db
    .insert(articles)
    .values({
      slug,
      title: `Headline for ${slug}`,
      dek: `Dek for ${slug}`,
      keyPoints: ['First point.', 'Second point.', 'Third point.'],
      body: `## Section\n\nBody of ${slug}.`,
      summary: `Summary of ${slug}.`,
      disclaimer: 'Not investment advice.',
      authorId,
      status,
      publishedAt: status === 'published' ? new Date() : null,
      scheduledFor: status === 'scheduled' ? new Date(Date.now() + 3_600_000) : null,
      ...overrides,
    })
    .returning();
  if (tagIds.length) await db.insert(articleTags).values(tagIds.map((tagId) => ({ articleId: row!.id, tagId })));
  return row!;
}
