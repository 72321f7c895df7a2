// The page cache on two portals of the test's own that share a database and a Redis, as two instances of one
// deployment would: what readers get from the cache, and how fast an editor's change reaches every page.
import { randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { Redis } from 'ioredis';
import { createDatabase, dropDatabase, uniqueDatabaseName, withConnection } from '../support/database';
import { makeDataDir, startPortal, stopPortal, type Portal } from '../support/portal-process';
import { signIn } from '../support/sign-in';
import { confirmMove } from '../support/piece-editor';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const serverUrl = process.env.DATABASE_URL!;
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const databaseName = uniqueDatabaseName('tw_cache');
const sharedSecret = randomBytes(32).toString('base64url');
let databaseUrl: string;
let a: Portal;
let b: Portal;
let removeDataDirs: (() => Promise<void>)[] = [];

test.beforeAll(async () => {
  databaseUrl = await createDatabase(serverUrl, databaseName);
  const start = async () => {
    const { dir, remove } = await makeDataDir();
    removeDataDirs.push(remove);
    // Instances of one deployment share the signing secret (sessions, the nonce placeholder, Redis values).
    return startPortal({ dataDir: dir, databaseUrl, env: { REDIS_URL: redisUrl, AUTH_SECRET: sharedSecret } });
  };
  // One after the other: the first migrates and seeds the empty database.
  a = await start();
  b = await start();
});

test.afterAll(async () => {
  await Promise.all([stopPortal(a), stopPortal(b)]);
  await Promise.all(removeDataDirs.map((remove) => remove()));
  removeDataDirs = [];
  await dropDatabase(serverUrl, databaseName);
});

const get = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, cache: response.headers.get('x-tickerwire-cache'), cacheControl: response.headers.get('cache-control'), csp: response.headers.get('content-security-policy') ?? '', body: await response.text() };
};
const nonceOf = (csp: string) => /'nonce-([^']+)'/.exec(csp)?.[1];

type Story = { id: number; slug: string; title: string; category: string; tag: string; author: string };
const publishedStories = () =>
  withConnection(databaseUrl, (sql) => sql<Story[]>`
    select a.id, a.slug, a.title, c.slug as category, au.slug as author,
           (select t.slug from article_tags at join tags t on t.id = at.tag_id where at.article_id = a.id order by t.slug limit 1) as tag
    from articles a join categories c on c.id = a.category_id join authors au on au.id = a.author_id
    where a.status = 'published' order by a.published_at desc`);

test('a second reader gets the page from the cache, with a nonce of its own, and it works in the browser', async ({ page }) => {
  const [story] = await publishedStories();
  const first = await get(`${a.url}/news/${story!.slug}`);
  const second = await get(`${a.url}/news/${story!.slug}`);
  expect([first.cache, second.cache]).toEqual(['miss', 'hit']);
  expect(second.cacheControl).toBe('public, max-age=0, s-maxage=1, stale-while-revalidate=59');
  // Every response its own nonce, in the policy and on every script; otherwise the same page.
  const [n1, n2] = [nonceOf(first.csp), nonceOf(second.csp)];
  expect(n1).toBeTruthy();
  expect(n1).not.toBe(n2);
  for (const [{ body }, nonce] of [[first, n1], [second, n2]] as const) {
    // Structured data (application/ld+json) is not run, so it needs no nonce.
    const scripts = (body.match(/<script\b[^>]*>/g) ?? []).filter((tag) => !tag.includes('application/ld+json'));
    expect(scripts.length).toBeGreaterThan(3);
    expect(scripts.filter((tag) => !tag.includes(`nonce="${nonce}"`))).toEqual([]);
    expect(new Set(body.match(/nonce="[^"]*"/g))).toEqual(new Set([`nonce="${nonce}"`]));
  }
  expect(second.body.replaceAll(n2!, n1!)).toBe(first.body);
  const head = await fetch(`${a.url}/news/${story!.slug}`, { method: 'HEAD' });
  expect([head.status, head.headers.get('x-tickerwire-cache'), await head.text()]).toEqual([200, 'hit', '']);

  // The cached copy hydrates under its policy: no script is refused, and the live price box fills in.
  const refused: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
  });
  const response = await page.goto(`${a.url}/news/${story!.slug}`);
  expect(response!.headers()['x-tickerwire-cache']).toBe('hit');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(story!.title);
  await expect(page.getByRole('region', { name: 'Crypto prices' }).first().getByText('As of')).toBeVisible();
  expect(refused).toEqual([]);
});

test('pages for one reader are never cached: admin, preview and search answer private, no-store', async ({ page }) => {
  await signIn(page, 'editor', a.url);
  const [draft] = await withConnection(databaseUrl, (sql) => sql<{ id: number }[]>`select id from articles where status = 'draft' order by id limit 1`);
  for (const path of ['/admin', `/admin/pieces/${draft!.id}`, `/admin/pieces/${draft!.id}/preview`]) {
    const response = await page.goto(`${a.url}${path}`);
    expect(response!.status(), path).toBe(200);
    expect(response!.headers()['cache-control'], path).toMatch(/private.*no-store|no-store.*private/);
    expect(response!.headers()['x-tickerwire-cache'], path).toBeUndefined();
  }
  const search = await get(`${a.url}/search?q=bitcoin`);
  expect(search.cacheControl).toMatch(/no-store/);
  expect(search.cache).toBeNull();
});

test('a page one instance rendered is served by the other from the shared cache', async () => {
  const [, story] = await publishedStories();
  const redis = new Redis(redisUrl);
  const pagesInRedis = async () => (await redis.keys(`tickerwire:*/${databaseName}:*:page:*`)).length;
  const before = await pagesInRedis();
  expect((await get(`${a.url}/news/${story!.slug}`)).cache).toBe('miss');
  // A keeps the page in Redis just after answering.
  await expect.poll(pagesInRedis).toBe(before + 1);
  redis.disconnect();
  const fromB = await get(`${b.url}/news/${story!.slug}`);
  expect(fromB.cache).toBe('hit');
  expect(fromB.body).toContain(story!.title);
  // With B's own nonce on every script: the page crossed instances with the placeholder, not A's nonce.
  expect(new Set(fromB.body.match(/nonce="[^"]*"/g))).toEqual(new Set([`nonce="${nonceOf(fromB.csp)}"`]));
});

test('an edit on one instance shows at once on every page of both that shows the story', async ({ page }) => {
  const stories = await publishedStories();
  const story = stories[0]!;
  // A story whose "You may also like" links to the one being edited.
  let relatedPage = '';
  for (const other of stories.slice(1)) {
    const { body } = await get(`${a.url}/news/${other.slug}`);
    if (body.includes(`href="/news/${story.slug}"`)) {
      relatedPage = `/news/${other.slug}`;
      break;
    }
  }
  expect(relatedPage, 'a story that lists the edited one among related stories').not.toBe('');
  const pages = [`/news/${story.slug}`, '/', `/category/${story.category}`, `/tag/${story.tag}`, `/author/${story.author}`, relatedPage, '/feed.xml'];
  for (const portal of [a, b]) {
    for (const path of pages) {
      await get(`${portal.url}${path}`);
      expect((await get(`${portal.url}${path}`)).cache, `${path} cached before the edit`).toBe('hit');
    }
  }

  await signIn(page, 'editor', a.url);
  await page.goto(`${a.url}/admin/pieces/${story.id}`);
  const headline = `${story.title.slice(0, 150)}, updated`;
  await page.getByLabel('Headline').fill(headline);
  await confirmMove(page, 'Update live article', 'Update live article');
  // What puts an edit live: the save's own confirmation.
  await expect(page.getByText('Saved.', { exact: true })).toBeVisible({ timeout: 10_000 });
  const saved = Date.now();

  for (const portal of [b, a]) {
    for (const path of pages) {
      await expect.poll(async () => (await get(`${portal.url}${path}`)).body.includes(headline.replaceAll('&', '&amp;')), `${portal === a ? 'A' : 'B'} ${path}`).toBe(true);
    }
  }
  console.log(`edit to visible on ${pages.length} pages of both instances: ${Date.now() - saved} ms after "Saved."`);
});

test('an unpublished story is gone at once for readers who keep asking for it, on both instances', async () => {
  const stories = await publishedStories();
  const story = stories.at(-1)!;
  const url = (portal: Portal) => `${portal.url}/news/${story.slug}`;
  for (const portal of [a, b]) {
    await get(url(portal));
    expect((await get(url(portal))).cache).toBe('hit');
  }
  // Readers keep coming while the piece is taken down, so a render of it is often in flight.
  let reading = true;
  const readers = [a, b].flatMap((portal) => [1, 2, 3].map(async () => {
    while (reading) await get(url(portal));
  }));
  await withConnection(databaseUrl, (sql) => sql`update articles set status = 'draft', published_at = null where id = ${story.id}`);
  for (const portal of [a, b]) await expect.poll(async () => (await get(url(portal))).status).toBe(404);
  // And it stays gone: no old copy comes back while others are still rendering it.
  for (const portal of [a, b]) for (let i = 0; i < 10; i++) expect((await get(url(portal))).status).toBe(404);
  reading = false;
  await Promise.all(readers);
});

test('a piece published on one instance is on the other\'s home page, feed and sitemap', async ({ page }) => {
  for (const path of ['/', '/feed.xml', '/sitemaps/articles-1.xml']) await get(`${b.url}${path}`);
  const [draft] = await withConnection(databaseUrl, (sql) => sql<{ id: number; slug: string; title: string }[]>`select id, slug, title from articles where status = 'draft' order by id limit 1`);
  await signIn(page, 'editor', a.url);
  await page.goto(`${a.url}/admin/pieces/${draft!.id}`);
  await confirmMove(page, 'Publish now', 'Publish');
  await expect(page.getByText('Published.')).toBeVisible();
  for (const path of ['/', '/feed.xml', '/sitemaps/articles-1.xml']) {
    await expect.poll(async () => (await get(`${b.url}${path}`)).body, path).toContain(`/news/${draft!.slug}`);
  }
});
