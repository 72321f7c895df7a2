import type { APIRequestContext } from '@playwright/test';
import { asc, eq, sql } from 'drizzle-orm';
import { articles } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';

// A reader is an address and a browser; every request here comes from 127.0.0.1, so browsers tell readers apart.
const browserOf = (n: number) => `Mozilla/5.0 (X11; Linux x86_64; rv:${100 + n}.0) Gecko/20100101 Firefox/${100 + n}.0`;
const read = (request: APIRequestContext, articleId: number, reader: number) =>
  request.post('/api/views', { data: { articleId }, headers: { 'User-Agent': browserOf(reader) } });

/** The n-th oldest published story: one no other test here reads. */
async function oldStory(n: number) {
  const { db, close } = connectE2eDatabase();
  const stories = await db.select({ id: articles.id }).from(articles).where(eq(articles.status, 'published')).orderBy(asc(articles.publishedAt)).limit(n + 1);
  await close();
  return stories[n]!.id;
}

async function viewsOf(articleId: number) {
  const { db, close } = connectE2eDatabase();
  const [row] = await db.execute<{ n: number }>(sql`select coalesce(sum(views), 0)::int as n from page_views where article_id = ${articleId}`);
  await close();
  return row!.n;
}

test('reads from many readers put a story at the top of the last 24 hours', async ({ page, request }) => {
  await page.goto('/latest?page=2');
  const link = page.locator('main article h2 a').nth(3);
  const title = (await link.textContent())!.trim();
  const beacon = page.waitForResponse((r) => r.url().endsWith('/api/views') && r.request().method() === 'POST');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // The page sent its own read...
  expect((await beacon).status()).toBe(202);
  const articleId = Number(await page.locator('article[data-article-id]').getAttribute('data-article-id'));

  // ...and 600 more readers arrive through the same beacon; they are counted within seconds.
  const before = await viewsOf(articleId);
  for (let i = 0; i < 600; i += 50) await Promise.all(Array.from({ length: 50 }, (_, j) => read(request, articleId, 1_000 + i + j)));
  await expect.poll(() => viewsOf(articleId), { timeout: 20_000 }).toBeGreaterThanOrEqual(before + 600);
  // Only then is /trending asked for: a list page is kept up to a minute, so one rendered before the count (on a
  // busy machine the 5 s flush came after the first visit) would show the old order for that long.
  await expect(async () => {
    await page.goto('/trending');
    const titles = await page.getByRole('region', { name: 'Last 24 hours' }).locator('li a').allTextContents();
    expect(titles[0]).toBe(title);
  }).toPass({ timeout: 20_000 });
});

test('a flood from one reader counts one view, and a second reader still counts', async ({ request }) => {
  const articleId = await oldStory(1);
  const before = await viewsOf(articleId);

  for (let i = 0; i < 200; i += 20) {
    const answers = await Promise.all(Array.from({ length: 20 }, () => read(request, articleId, 1)));
    expect(answers.map((answer) => answer.status())).toEqual(Array(20).fill(202));
  }
  expect((await read(request, articleId, 2)).status()).toBe(202);
  await expect.poll(() => viewsOf(articleId), { timeout: 20_000 }).toBe(before + 2);
});

test('the view beacon refuses bad input and oversized bodies, and does not count bots', async ({ request }) => {
  expect((await request.post('/api/views', { data: { articleId: 'one' } })).status()).toBe(400);
  expect((await request.post('/api/views', { data: 'not json' })).status()).toBe(400);
  const oversized = await request.post('/api/views', { data: { articleId: 1, padding: 'x'.repeat(2_000) } });
  expect(oversized.status()).toBe(413);
  // Unknown and unpublished stories are taken like any other and counted nowhere: the answer reveals nothing.
  expect((await request.post('/api/views', { data: { articleId: 999_999_999 } })).status()).toBe(202);

  const articleId = await oldStory(2);
  const before = await viewsOf(articleId);
  for (const agent of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.5.0', 'Mozilla/5.0 HeadlessChrome/120.0']) {
    expect((await request.post('/api/views', { data: { articleId }, headers: { 'User-Agent': agent } })).status()).toBe(204);
  }
  // A human read sent after the bots is counted: once it shows, the bots' would have too.
  expect((await read(request, articleId, 3)).status()).toBe(202);
  await expect.poll(() => viewsOf(articleId), { timeout: 20_000 }).toBe(before + 1);
});
