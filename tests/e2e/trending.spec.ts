import { expect, test } from '@playwright/test';
import { sql } from 'drizzle-orm';
import { connectE2eDatabase } from '../support/e2e-database';

test('reads recorded now put a story at the top of the last 24 hours', async ({ page, request }, testInfo) => {
  // Each project picks its own story so the two runs do not compete for first place.
  await page.goto('/latest?page=2');
  const link = page.locator('main article h2 a').nth(testInfo.project.name === 'phone' ? 3 : 6);
  const title = (await link.textContent())!.trim();
  const beacon = page.waitForResponse((r) => r.url().endsWith('/api/views') && r.request().method() === 'POST');
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  // The page counted its own read...
  expect((await beacon).status()).toBe(204);
  const articleId = Number(await page.locator('article[data-article-id]').getAttribute('data-article-id'));

  // ...and many more readers arrive through the same beacon.
  for (let i = 0; i < 600; i += 50) {
    await Promise.all(Array.from({ length: 50 }, () => request.post('/api/views', { data: { articleId } })));
  }
  await page.goto('/trending');
  const lastDay = page.getByRole('region', { name: 'Last 24 hours' });
  const titles = await lastDay.locator('li a').allTextContents();
  expect(titles.slice(0, 2)).toContain(title);
});

test('the view beacon refuses bad input and does not count bots', async ({ request }) => {
  expect((await request.post('/api/views', { data: { articleId: 'one' } })).status()).toBe(400);
  expect((await request.post('/api/views', { data: 'not json' })).status()).toBe(400);
  expect((await request.post('/api/views', { data: { articleId: 999_999_999 } })).status()).toBe(404);

  const { db, close } = connectE2eDatabase();
  const totalViews = async () => (await db.execute<{ n: number }>(sql`select coalesce(sum(views), 0)::int as n from page_views where article_id = 1`))[0]!.n;
  const before = await totalViews();
  for (const agent of ['Googlebot/2.1 (+http://www.google.com/bot.html)', 'curl/8.5.0', 'Mozilla/5.0 HeadlessChrome/120.0']) {
    expect((await request.post('/api/views', { data: { articleId: 1 }, headers: { 'User-Agent': agent } })).status()).toBe(204);
  }
  expect(await totalViews()).toBe(before);
  await close();
});
