import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { listTrending, purgeViewClaims, recordViews, type TrendingWindow } from '@/db/queries/trending';
import { articles, pageViews, viewClaims } from '@/db/schema';
import { createArticle } from '../support/fixtures';

const listTrendingArticles = async (window: TrendingWindow) => (await listTrending({ window })).window;

const hourBucket = (hoursAgo: number) => sql`date_trunc('hour', now() - make_interval(hours => ${hoursAgo}))`;

async function addViews(articleId: number, hoursAgo: number, views: number) {
  await db.execute(sql`insert into ${pageViews} (article_id, hour, views) values (${articleId}, ${hourBucket(hoursAgo)}, ${views})
    on conflict (article_id, hour) do update set views = ${pageViews.views} + excluded.views`);
}

describe('trending', () => {
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    await db.delete(articles).where(sql`true`);
    for (const key of ['freshHit', 'yesterdayHit', 'steady', 'lastWeek', 'draft']) {
      ids[key] = (await createArticle({ status: key === 'draft' ? 'draft' : 'published' })).id;
    }
    await addViews(ids.freshHit!, 0, 40); // 40 reads this hour
    await addViews(ids.yesterdayHit!, 20, 100); // more reads, but 20 hours ago
    await addViews(ids.steady!, 2, 15);
    await addViews(ids.steady!, 5, 15);
    await addViews(ids.lastWeek!, 24 * 5, 500); // outside a 24-hour window, inside 7 days
    await addViews(ids.draft!, 0, 1000); // never shown, whatever its reads
  });

  it('ranks plain reads within the window for "most read"', async () => {
    const day = await listTrendingArticles({ hours: 24, limit: 10 });
    expect(day.map((a) => [a.id, a.views])).toEqual([
      [ids.yesterdayHit, 100],
      [ids.freshHit, 40],
      [ids.steady, 30],
    ]);
    const week = await listTrendingArticles({ hours: 24 * 7, limit: 10 });
    expect(week[0]?.id).toBe(ids.lastWeek);
  });

  it('lets recent reads outweigh older ones when time decay is on', async () => {
    const decayed = await listTrendingArticles({ hours: 48, halfLifeHours: 6, limit: 10 });
    // freshHit: 40; steady: 15*0.79 + 15*0.56 = 20.3; yesterdayHit: 100 * 0.5^(20/6) = 9.9
    expect(decayed.map((a) => a.id)).toEqual([ids.freshHit, ids.steady, ids.yesterdayHit]);
  });

  it('counts a reader once per story in 30 minutes, across batches and instances, and refuses unpublished stories', async () => {
    const views = async () => (await listTrendingArticles({ hours: 1, limit: 10 })).find((a) => a.id === ids.freshHit)!.views;
    const before = await views();
    const alice = Buffer.alloc(16, 1);
    const bob = Buffer.alloc(16, 2);
    // A flood from one reader in one batch (a view counter that forgot it) and again in a later batch (another instance).
    expect(await recordViews(Array.from({ length: 50 }, () => ({ reader: alice, articleId: ids.freshHit! })))).toBe(1);
    expect(await recordViews([{ reader: alice, articleId: ids.freshHit! }])).toBe(0);
    expect(await recordViews([{ reader: bob, articleId: ids.freshHit! }])).toBe(1);
    expect(await views()).toBe(before + 2);

    expect(await recordViews([{ reader: alice, articleId: ids.draft! }, { reader: alice, articleId: 999_999 }])).toBe(0);

    // Once the window has passed the same reader counts again, and the purge forgets old claims.
    await db.update(viewClaims).set({ expiresAt: sql`now() - interval '1 second'` }).where(eq(viewClaims.reader, alice));
    expect(await recordViews([{ reader: alice, articleId: ids.freshHit! }])).toBe(1);
    expect(await views()).toBe(before + 3);
    await db.update(viewClaims).set({ expiresAt: sql`now() - interval '1 second'` });
    await purgeViewClaims();
    expect(await db.select().from(viewClaims)).toEqual([]);
  });
});
