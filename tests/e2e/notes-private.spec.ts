// Issue 14: notes are the newsroom's. A note on a published story appears on no public page, RSC payload, feed,
// sitemap, search result or API. The public routes are read from app/ on disk: a new route fails this test until
// it says here what to fetch of it (or why nothing).
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { and, asc, eq, like } from 'drizzle-orm';
import { articles, articleTags, authors, categories, pieceNotes, tags } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';
import { signIn } from '../support/sign-in';

type Story = { id: number; slug: string; title: string; author: string; category: string; tag: string };

const app = path.resolve(import.meta.dirname, '../../app');
// Pages, route handlers and metadata routes outside the newsroom, as the address they serve ("/news/[slug]").
const publicRoutes = () =>
  readdirSync(app, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)(page\.tsx|route\.ts|robots\.ts|sitemap\.ts|manifest\.ts)$/.test(file) && !file.startsWith('admin/'))
    .map((file) => {
      const segments = file.split('/').filter((segment) => !/^\(.+\)$/.test(segment));
      const last = segments.pop()!;
      const route = `/${segments.join('/')}`;
      return last === 'robots.ts' ? '/robots.txt' : route;
    })
    .sort();

// What an anonymous reader may fetch of each route; null says why there is nothing to fetch.
const FETCH: Record<string, ((story: Story, marker: string) => string[]) | { none: string }> = {
  '/': () => ['/'],
  '/author/[slug]': (s) => [`/author/${s.author}`],
  '/category/[slug]': (s) => [`/category/${s.category}`],
  '/category/[slug]/feed.xml': (s) => [`/category/${s.category}/feed.xml`],
  '/latest': () => ['/latest'],
  '/news/[slug]': (s) => [`/news/${s.slug}`],
  '/prices': () => ['/prices'],
  '/prices/[symbol]': () => ['/prices/btc'],
  '/search': (s, marker) => [`/search?q=${encodeURIComponent(marker)}`, `/search?q=${encodeURIComponent(s.title)}`],
  '/tag/[slug]': (s) => [`/tag/${s.tag}`],
  '/trending': () => ['/trending'],
  '/sign-in': () => ['/sign-in'],
  '/feed.xml': () => ['/feed.xml'],
  '/news-sitemap.xml': () => ['/news-sitemap.xml'],
  '/sitemap.xml': () => ['/sitemap.xml'],
  '/sitemaps/[name]': () => ['/sitemaps/sections.xml', '/sitemaps/articles-1.xml'],
  '/robots.txt': () => ['/robots.txt'],
  '/api/auth/[...nextauth]': () => ['/api/auth/session', '/api/auth/providers', '/api/auth/csrf'],
  '/api/health': () => ['/api/health'],
  '/api/prices/latest': () => ['/api/prices/latest'],
  '/api/prices/stream': { none: 'an endless stream of price ticks, read from the price feed alone' },
  '/api/views': { none: 'POST only, answering with no body or a fixed refusal' },
  '/media/[file]': { none: 'stored images, by file name' },
};

async function publishedStory(): Promise<Story> {
  const { db, close } = connectE2eDatabase();
  const [story] = await db
    .select({ id: articles.id, slug: articles.slug, title: articles.title, author: authors.slug, category: categories.slug, tag: tags.slug })
    .from(articles)
    .innerJoin(authors, eq(authors.id, articles.authorId))
    .innerJoin(categories, eq(categories.id, articles.categoryId))
    .innerJoin(articleTags, eq(articleTags.articleId, articles.id))
    .innerJoin(tags, eq(tags.id, articleTags.tagId))
    .where(eq(articles.status, 'published'))
    .orderBy(asc(articles.id))
    .limit(1);
  await close();
  return story!;
}

async function storedNotes(storyId: number, text: string) {
  const { db, close } = connectE2eDatabase();
  const rows = await db.select({ id: pieceNotes.id }).from(pieceNotes).where(and(eq(pieceNotes.articleId, storyId), like(pieceNotes.body, `%${text}%`)));
  await close();
  return rows.length;
}

test('a note on a published story is on no public page, RSC payload, feed, sitemap, search result or API', async ({ browser, request }) => {
  expect(Object.keys(FETCH).sort(), 'say in FETCH what an anonymous reader may fetch of each public route').toEqual(publicRoutes());
  const story = await publishedStory();
  // The search page repeats what was searched for: it searches for `marker`, and the note's `secret` must not appear.
  const [marker, secret] = [`notemark${randomBytes(6).toString('hex')}`, `notesecret${randomBytes(6).toString('hex')}`];

  const page = await (await browser.newContext()).newPage();
  await signIn(page, 'editor');
  await page.goto(`/admin/pieces/${story.id}`);
  const notes = page.getByRole('region', { name: 'Notes', exact: true });
  await notes.getByLabel('Add a note').fill(`Hold the quote from the CFO ${marker} until legal clears it ${secret}`);
  await notes.getByRole('button', { name: 'Add the note' }).click();
  await expect(notes.getByRole('article')).toContainText(marker);
  await notes.getByLabel('Reply to this thread').fill(`Cleared ${secret}`);
  await notes.getByRole('button', { name: 'Send reply' }).click();
  await expect(notes.getByRole('list', { name: 'Replies' })).toContainText(`Cleared ${secret}`);
  expect(await storedNotes(story.id, secret)).toBe(2);

  const addresses = Object.values(FETCH).flatMap((fetchOf) => ('none' in fetchOf ? [] : fetchOf(story, marker)));
  for (const address of addresses) {
    const isPage = !/\.(xml|txt)$|^\/api\//.test(address.split('?')[0]!);
    const variants: Record<string, string>[] = isPage ? [{}, { RSC: '1' }] : [{}];
    for (const headers of variants) {
      const response = await request.get(address, { headers, maxRedirects: 0 });
      const label = `${address}${'RSC' in headers ? ' (RSC payload)' : ''}`;
      expect(response.status(), label).toBeLessThan(400);
      expect(await response.text(), label).not.toContain(secret);
    }
  }
  // The story itself is served, and found by its headline, not by the note: the pages above are the ones carrying it.
  expect(await (await request.get(`/search?q=${marker}`)).text()).toContain(`No stories match “${marker}”`);
  expect(await (await request.get(`/news/${story.slug}`)).text()).toContain(`/news/${story.slug}`);
  expect(await (await request.get(`/search?q=${encodeURIComponent(story.title)}`)).text()).toContain(`/news/${story.slug}`);
});
