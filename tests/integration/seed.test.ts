import { count, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listPublishedArticles } from '@/db/queries/articles';
import { articleRevisions, articles, articleTags, authors, categories, coins, pageViews, priceTicks, tags, users } from '@/db/schema';
import { seedDemoContent } from '@/lib/demo/seed';

async function counts() {
  const tables = { articles, articleTags, authors, categories, coins, pageViews, priceTicks, tags, users };
  const entries = await Promise.all(
    Object.entries(tables).map(async ([name, table]) => [name, (await db.select({ n: count() }).from(table))[0]!.n] as const),
  );
  return Object.fromEntries(entries);
}

describe('demo seed', () => {
  it('fills an empty database with the demo newsroom', async () => {
    expect(await seedDemoContent(db, { withUsers: true })).toBe(true);
    const seeded = await counts();
    expect(seeded.articles).toBeGreaterThanOrEqual(60);
    expect(seeded.categories).toBeGreaterThanOrEqual(6);
    expect(seeded.tags).toBeGreaterThanOrEqual(25);
    expect(seeded.authors).toBe(6);
    expect(seeded.coins).toBeGreaterThanOrEqual(12);
    expect(seeded.priceTicks).toBe(seeded.coins! * (30 * 24 + 1));
    expect(seeded.users).toBe(3);
    expect(seeded.pageViews).toBeGreaterThan(0);

    const [span] = await db
      .select({ days: sql<number>`(extract(epoch from max(${articles.publishedAt}) - min(${articles.publishedAt})) / 86400)::float8` })
      .from(articles);
    expect(span!.days).toBeGreaterThan(60);
    expect(span!.days).toBeLessThan(90);
    expect((await listPublishedArticles({ limit: 100 })).length).toBeGreaterThanOrEqual(50);
  });

  it('runs again without duplicating anything or touching an editor’s changes', async () => {
    const [first] = await db.select().from(articles).limit(1);
    await db.update(articles).set({ title: 'Edited by an editor' }).where(eq(articles.id, first!.id));
    const before = await counts();

    expect(await seedDemoContent(db, { withUsers: true })).toBe(false);

    expect(await counts()).toEqual(before);
    const [after] = await db.select({ title: articles.title }).from(articles).where(eq(articles.id, first!.id));
    expect(after!.title).toBe('Edited by an editor');
  });

  it('gives every demo article the parts of a finished piece', async () => {
    const rows = await db.select().from(articles);
    for (const article of rows) {
      expect(article.dek.length).toBeGreaterThan(0);
      expect(article.keyPoints.length).toBeGreaterThanOrEqual(3);
      expect(article.body).toMatch(/^## /m);
      expect(article.summary.length).toBeGreaterThan(0);
      expect(article.disclaimer.length).toBeGreaterThan(0);
    }
  });

  it('starts every demo piece’s history with the text it was seeded with', async () => {
    const revisions = await db.select().from(articleRevisions);
    const rows = await db.select({ id: articles.id, version: articles.version, body: articles.body }).from(articles);
    expect(revisions).toHaveLength(rows.length);
    const original = rows.find((r) => r.version === 1)!;
    expect(revisions.find((r) => r.articleId === original.id)?.snapshot).toMatchObject({ body: original.body });
  });
});
