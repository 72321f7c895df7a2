import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { getPublishedArticle, listHomeStories, listPublishedArticles } from '@/db/queries/articles';
import { articles } from '@/db/schema';
import { createArticle, createAuthor, createCategory, createTag } from '../support/fixtures';

const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000);

describe('article queries', () => {
  beforeAll(async () => {
    await db.delete(articles).where(sql`true`);
  });

  it('list the latest published articles newest first, and nothing unpublished or not yet due', async () => {
    const older = await createArticle({ publishedAt: hoursAgo(5) });
    const newer = await createArticle({ publishedAt: hoursAgo(1) });
    await createArticle({ status: 'draft' });
    await createArticle({ status: 'scheduled' });
    await createArticle({ status: 'archived', publishedAt: hoursAgo(2) });
    await createArticle({ status: 'in_review' });
    await createArticle({ status: 'published', publishedAt: new Date(Date.now() + 3_600_000) });

    const latest = await listPublishedArticles({ limit: 10 });
    expect(latest.map((a) => a.slug)).toEqual([newer.slug, older.slug]);
    expect(await listPublishedArticles({ limit: 1, offset: 1 })).toMatchObject([{ slug: older.slug }]);
  });

  it('return a published article with its category, author and tags', async () => {
    const category = await createCategory({ slug: 'mining', name: 'Mining' });
    const [energy, hashrate] = [await createTag({ name: 'Energy' }), await createTag({ name: 'Hashrate' })];
    const article = await createArticle({ categoryId: category.id, tagIds: [hashrate.id, energy.id], keyPoints: ['One.', 'Two.', 'Three.'] });

    const found = await getPublishedArticle(article.slug);
    expect(found).toMatchObject({
      title: article.title,
      category: { slug: 'mining', name: 'Mining' },
      keyPoints: ['One.', 'Two.', 'Three.'],
      tags: [{ name: 'Energy' }, { name: 'Hashrate' }],
    });
    expect(found?.author.name).toMatch(/^Author /);
  });

  it('never return a draft, a scheduled piece or an unknown slug', async () => {
    const draft = await createArticle({ status: 'draft' });
    const scheduled = await createArticle({ status: 'scheduled' });
    expect(await getPublishedArticle(draft.slug)).toBeNull();
    expect(await getPublishedArticle(scheduled.slug)).toBeNull();
    expect(await getPublishedArticle('no-such-story')).toBeNull();
  });
});

describe('home page stories', () => {
  it('are the newest public stories, and the newest of each category in section order, at most the number asked for', async () => {
    await db.delete(articles).where(sql`true`);
    const [first, second] = [await createCategory({ position: 1 }), await createCategory({ position: 2 })];
    const made = [];
    for (let i = 0; i < 4; i++) made.push(await createArticle({ categoryId: first.id, publishedAt: hoursAgo(i + 1) }));
    const other = await createArticle({ categoryId: second.id, publishedAt: hoursAgo(30) });
    await createArticle({ categoryId: second.id, status: 'draft' });

    const { latest, byCategory } = await listHomeStories({ latest: 3, perCategory: 2 });
    expect(latest.map((r) => r.slug)).toEqual([made[0]!.slug, made[1]!.slug, made[2]!.slug]);
    expect(byCategory.map((r) => r.slug)).toEqual([made[0]!.slug, made[1]!.slug, other.slug]);
    expect(byCategory[2]).toMatchObject({ category: { slug: second.slug }, author: { name: expect.stringMatching(/^Author /) } });
    expect(byCategory[2]!.publishedAt).toBeInstanceOf(Date);
  });
});

describe('section listings', () => {
  it('list a category, a tag or an author newest first, a page at a time, and nothing unknown', async () => {
    await db.delete(articles).where(sql`true`);
    const [section, other] = [await createCategory(), await createCategory()];
    const tag = await createTag();
    const writer = await createAuthor();
    const inSection = [];
    for (let i = 0; i < 4; i++) inSection.push(await createArticle({ categoryId: section.id, authorId: writer.id, tagIds: i % 2 ? [tag.id] : [], publishedAt: hoursAgo(i + 1) }));
    await createArticle({ categoryId: other.id, tagIds: [tag.id], publishedAt: hoursAgo(10) });
    await createArticle({ categoryId: section.id, authorId: writer.id, tagIds: [tag.id], status: 'draft' });
    const slugs = (rows: { slug: string }[]) => rows.map((r) => r.slug);

    expect(slugs(await listPublishedArticles({ category: section.slug, limit: 3 }))).toEqual(slugs(inSection.slice(0, 3)));
    expect(slugs(await listPublishedArticles({ category: section.slug, limit: 3, offset: 3 }))).toEqual(slugs(inSection.slice(3)));
    expect(await listPublishedArticles({ tag: tag.slug, limit: 10 })).toHaveLength(3);
    expect(slugs(await listPublishedArticles({ tag: tag.slug, limit: 2 }))).toEqual([inSection[1]!.slug, inSection[3]!.slug]);
    expect(slugs(await listPublishedArticles({ author: writer.slug, limit: 10 }))).toEqual(slugs(inSection));
    for (const unknown of [{ category: 'no-such-section' }, { tag: 'no-such-tag' }, { author: 'no-such-writer' }]) {
      expect(await listPublishedArticles({ ...unknown, limit: 10 })).toEqual([]);
    }
  });
});
