import { randomBytes } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import { articles, authors } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';

async function parseXml(page: import('@playwright/test').Page, xml: string) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'application/xml');
    const error = doc.querySelector('parsererror');
    return {
      error: error?.textContent ?? null,
      itemLinks: [...doc.querySelectorAll('item > link')].map((n) => n.textContent!),
      locs: [...doc.getElementsByTagNameNS('http://www.sitemaps.org/schemas/sitemap/0.9', 'loc')].map((n) => n.textContent!),
    };
  }, xml);
}

test('the RSS feed parses and lists only published stories, newest first', async ({ page, request }) => {
  await page.goto('/');
  const response = await request.get('/feed.xml');
  expect(response.headers()['content-type']).toContain('application/rss+xml');
  const feed = await parseXml(page, await response.text());
  expect(feed.error).toBeNull();
  expect(feed.itemLinks.length).toBeGreaterThanOrEqual(20);
  expect(feed.itemLinks.length).toBeLessThanOrEqual(50);
  const { db, close } = connectE2eDatabase();
  try {
    for (const link of feed.itemLinks.slice(0, 5)) {
      const { pathname } = new URL(link);
      expect((await request.get(pathname)).status(), pathname).toBe(200);
    }
    const drafts = await db.select({ slug: articles.slug }).from(articles).where(eq(articles.status, 'draft'));
    expect(drafts.length).toBeGreaterThan(0);
    for (const draft of drafts) expect(feed.itemLinks.join('\n')).not.toContain(`/news/${draft.slug}`);
  } finally {
    await close();
  }
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute('href', '/feed.xml');
});

test('a newly published story appears in the sitemap and the news sitemap', async ({ page, request }) => {
  const { db, close } = connectE2eDatabase();
  const slug = `sitemap-check-${randomBytes(4).toString('hex')}`;
  const [author] = await db.select({ id: authors.id }).from(authors).limit(1);
  await db.insert(articles).values({
    slug,
    title: 'Exchange reserves of bitcoin fall to a seven-year low',
    dek: 'Coins keep leaving trading venues for custody and funds.',
    keyPoints: ['Reserves fell for a sixth week.', 'Fund custodians hold the difference.', 'Thin order books can amplify moves.'],
    body: '## What changed\n\nReserves held on exchanges fell again this week as withdrawals to custodians continued.',
    summary: 'Exchange reserves keep falling as coins move to custody.',
    disclaimer: 'Not investment advice.',
    authorId: author!.id,
    status: 'published',
    publishedAt: new Date(),
  });
  await close();

  await page.goto('/');
  const index = await parseXml(page, await (await request.get('/sitemap.xml')).text());
  expect(index.error).toBeNull();
  const children = await Promise.all(index.locs.map(async (loc) => parseXml(page, await (await request.get(new URL(loc).pathname)).text())));
  const urls = children.flatMap((c) => c.locs);
  expect(urls.some((u) => u.endsWith(`/news/${slug}`))).toBe(true);
  expect(urls.some((u) => u.includes('/category/'))).toBe(true);

  const news = await (await request.get('/news-sitemap.xml')).text();
  expect((await parseXml(page, news)).error).toBeNull();
  expect(news).toContain(`/news/${slug}</loc>`);
  expect(news).toContain('<news:publication_date>');

  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
});

test('an article carries NewsArticle and BreadcrumbList structured data and social tags', async ({ page }) => {
  await page.goto('/');
  await page.locator('section[aria-labelledby="latest"] article h3 a').first().click();
  await expect(page).toHaveURL(/\/news\//);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  const data = blocks.flatMap((b) => JSON.parse(b));
  const article = data.find((d) => d['@type'] === 'NewsArticle');
  expect(article).toMatchObject({ headline: title, publisher: { name: 'Tickerwire' } });
  for (const field of ['description', 'image', 'datePublished', 'dateModified', 'author']) expect(article[field], field).toBeTruthy();
  expect(new Date(article.datePublished).getTime()).not.toBeNaN();
  expect(article.author[0].name).toBeTruthy();
  const crumbs = data.find((d) => d['@type'] === 'BreadcrumbList');
  expect(crumbs.itemListElement.at(-1).name).toBe(title);

  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:image"]').first()).toHaveAttribute('content', /^https?:\/\//);
  await expect(page.locator('meta[property="article:published_time"]')).toHaveAttribute('content', /^\d{4}-/);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/news\/[a-z0-9-]+$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
});

test('a correction shows a dated "Updated" note and moves dateModified; a silent fix does not', async ({ page }) => {
  const { db, close } = connectE2eDatabase();
  const [story] = await db
    .select({ id: articles.id, slug: articles.slug, publishedAt: articles.publishedAt })
    .from(articles)
    .where(eq(articles.status, 'published'))
    .orderBy(asc(articles.publishedAt))
    .limit(1);
  const modified = async () => {
    await page.goto(`/news/${story!.slug}`);
    const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).flatMap((b) => JSON.parse(b));
    return data.find((d) => d['@type'] === 'NewsArticle').dateModified as string;
  };

  // A typo fix: the text changes, the public dates do not.
  await db.update(articles).set({ body: 'A silently fixed typo.\n\n## Section\n\nText.', updatedAt: new Date() }).where(eq(articles.id, story!.id));
  expect(await modified()).toBe(story!.publishedAt!.toISOString());
  await expect(page.getByRole('note')).toHaveCount(0);

  // A correction: dated note, and dateModified moves.
  const correctedAt = new Date();
  await db.update(articles).set({ revisedAt: correctedAt, revisionNote: 'An earlier version misstated the hashrate.' }).where(eq(articles.id, story!.id));
  // The page cache drops the story's page when PostgreSQL announces the edit, which can land just after this read.
  await expect.poll(modified).toBe(correctedAt.toISOString());
  await expect(page.getByRole('note')).toContainText('An earlier version misstated the hashrate.');
  await expect(page.getByRole('note').locator('time')).toHaveAttribute('datetime', correctedAt.toISOString());
  await close();
});
