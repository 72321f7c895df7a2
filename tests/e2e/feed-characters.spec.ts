// Issue 11, item 4: a headline holding a character XML forbids, written into the database past the newsroom's
// commands, must not make the feeds unparseable for every reader.
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { articles, authors } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';

test('the feed and the news sitemap stay well-formed with U+FFFF and a control character in a headline', async ({ page, request }) => {
  const slug = `forbidden-characters-${randomBytes(4).toString('hex')}`;
  const { db, close } = connectE2eDatabase();
  const [author] = await db.select({ id: authors.id }).from(authors).limit(1);
  await db.insert(articles).values({
    slug, title: 'Hashrate\uffff hits \ufffea record\u0001', dek: 'Miners\u001f add capacity.', keyPoints: ['One.'], body: 'Body.', summary: 'Summary.',
    disclaimer: 'Not investment advice.', authorId: author!.id, status: 'published', publishedAt: new Date(),
  });
  try {
    // Chromium's own XML parser (libxml2, as xmllint) judges each document.
    await page.goto('/');
    for (const path of ['/feed.xml', '/news-sitemap.xml']) {
      // The cached copy goes when the database announces the new story.
      await expect.poll(async () => (await request.get(path)).text()).toContain(slug);
      const xml = await (await request.get(path)).text();
      const parsed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml');
        return { errors: doc.getElementsByTagName('parsererror').length, titles: [...doc.getElementsByTagNameNS('*', 'title')].map((t) => t.textContent) };
      }, xml);
      expect(parsed.errors, path).toBe(0);
      expect(parsed.titles, path).toContain('Hashrate hits a record');
    }
  } finally {
    await db.delete(articles).where(eq(articles.slug, slug));
    await close();
  }
});
