import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles } from '@/db/schema';
import { createArticle, createAuthor } from '../support/fixtures';

describe('the schema refuses bad data', () => {
  it.each([
    ['a slug with spaces', { slug: 'not a slug' }],
    ['an uppercase slug', { slug: 'Bitcoin-News' }],
    ['an empty title', { title: '' }],
    ['a published piece without a publication time', { status: 'published' as const, publishedAt: null }],
    ['a scheduled piece without a time', { status: 'scheduled' as const, scheduledFor: null }],
    ['a cover image without alt text', { coverImageUrl: '/covers/x.jpg', coverImageAlt: '' }],
  ])('rejects %s', async (_, overrides) => {
    await expect(createArticle(overrides)).rejects.toThrow();
  });

  it('keeps slugs unique and leaves the first article as it was', async () => {
    const first = await createArticle({ slug: 'unique-slug', title: 'The original' });
    await expect(createArticle({ slug: 'unique-slug', title: 'An impostor' })).rejects.toThrow();
    const [stored] = await db.select().from(articles).where(eq(articles.id, first.id));
    expect(stored?.title).toBe('The original');
  });

  it('indexes title, dek and body for full-text search', async () => {
    const author = await createAuthor();
    const article = await createArticle({ authorId: author.id, body: 'Miners switch turbines toward inference clusters.' });
    const [row] = await db.select({ search: articles.search }).from(articles).where(eq(articles.id, article.id));
    expect(row?.search).toContain("'turbin'");
  });
});
