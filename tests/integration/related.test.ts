import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listArticleExtras } from '@/db/queries/article-extras';
import { articles } from '@/db/schema';
import { createArticle, createCategory, createTag } from '../support/fixtures';

const listRelatedArticles = async (articleId: number, limit: number) => (await listArticleExtras(articleId, limit)).related;

const daysAgo = (d: number) => new Date(Date.now() - d * 86_400_000);

describe('related articles', () => {
  let target: { id: number; slug: string };
  const slugs: Record<string, string> = {};

  beforeAll(async () => {
    await db.delete(articles).where(sql`true`);
    const [mining, markets] = [await createCategory(), await createCategory()];
    const [hashrate, energy, etf] = [await createTag(), await createTag(), await createTag()];
    target = await createArticle({
      title: 'Miners lease turbines to inference clusters',
      dek: 'Hosting deals spread across Texas',
      categoryId: mining.id,
      tagIds: [hashrate.id, energy.id],
    });
    const make = async (key: string, overrides: Parameters<typeof createArticle>[0]) => {
      slugs[key] = (await createArticle({ title: `Unrelated headline ${key}`, dek: 'Nothing in common', ...overrides })).slug;
    };
    // Two shared tags (6) + same category (2) beats everything.
    await make('twoTagsSameCategory', { categoryId: mining.id, tagIds: [hashrate.id, energy.id], publishedAt: daysAgo(30) });
    // One shared tag + same category (5): the newer of two equals comes first.
    await make('oneTagSameCategoryNew', { categoryId: mining.id, tagIds: [energy.id], publishedAt: daysAgo(1) });
    await make('oneTagSameCategoryOld', { categoryId: mining.id, tagIds: [hashrate.id], publishedAt: daysAgo(9) });
    // One shared tag, another category (3).
    await make('oneTagOtherCategory', { categoryId: markets.id, tagIds: [energy.id, etf.id], publishedAt: daysAgo(2) });
    // Same category only (2), but its title shares words with the target, which lifts it above a bare category match.
    await make('categoryAndWords', { categoryId: mining.id, title: 'Turbines and inference clusters in Texas', publishedAt: daysAgo(20) });
    await make('categoryOnly', { categoryId: mining.id, publishedAt: daysAgo(3) });
    // Words alone, in another section with no tag in common: candidates come from the section and the tags.
    await make('wordsOnly', { categoryId: markets.id, title: 'Miners lease turbines to inference clusters again', publishedAt: daysAgo(1) });
    // Nothing shared at all, and pieces the public cannot see.
    await make('unrelated', { categoryId: markets.id, tagIds: [etf.id] });
    await make('draft', { status: 'draft', categoryId: mining.id, tagIds: [hashrate.id, energy.id] });
    await make('scheduled', { status: 'scheduled', categoryId: mining.id, tagIds: [hashrate.id, energy.id] });
  });

  it('rank shared tags, then category, then shared words, newest first on ties', async () => {
    const related = await listRelatedArticles(target.id, 10);
    expect(related.map((a) => a.slug)).toEqual([
      slugs.twoTagsSameCategory,
      slugs.oneTagSameCategoryNew,
      slugs.oneTagSameCategoryOld,
      slugs.oneTagOtherCategory,
      slugs.categoryAndWords,
      slugs.categoryOnly,
    ]);
  });

  it('never include the article itself or unpublished pieces, and respect the limit', async () => {
    const related = await listRelatedArticles(target.id, 3);
    expect(related).toHaveLength(3);
    const all = (await listRelatedArticles(target.id, 50)).map((a) => a.slug);
    expect(all).toHaveLength(6);
    for (const hidden of [target.slug, slugs.draft, slugs.scheduled, slugs.unrelated, slugs.wordsOnly]) expect(all).not.toContain(hidden);
  });
});

describe('related articles in a busy section', () => {
  it('come from its newest stories, however many older ones there are', async () => {
    const section = await createCategory();
    const target = await createArticle({ categoryId: section.id });
    const stories = [];
    for (let day = 1; day <= 32; day++) stories.push(await createArticle({ categoryId: section.id, publishedAt: daysAgo(day) }));
    const related = (await listRelatedArticles(target.id, 50)).map((a) => a.slug);
    expect(related).toEqual(stories.slice(0, 30).map((s) => s.slug));
  });
});
