// The real portal behind the real deploy/nginx: what nginx may keep it keeps, and what it may not goes past its cache
// and cache lock; a story the newsroom takes down or renames stops being served from nginx's copy at its next
// refresh, not when that copy's stale window (59 s) runs out.
import { expect, test } from '@playwright/test';
import { createDatabase, dropDatabase, uniqueDatabaseName, withConnection } from '../support/database';
import { startNginx, type RunningNginx } from '../support/nginx';
import { publicRoutes, READER_ADDRESSES, readerAddresses, type Story } from '../support/public-routes';
import { makeDataDir, startPortal, stopPortal, type Portal } from '../support/portal-process';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const serverUrl = process.env.DATABASE_URL!;
const databaseName = uniqueDatabaseName('tw_nginx');
let databaseUrl: string;
let portal: Portal;
let proxy: RunningNginx;
let removeDataDir: () => Promise<void>;

test.beforeAll(async () => {
  databaseUrl = await createDatabase(serverUrl, databaseName);
  const { dir, remove } = await makeDataDir();
  removeDataDir = remove;
  portal = await startPortal({ dataDir: dir, databaseUrl });
  proxy = await startNginx({ upstreamPort: Number(new URL(portal.url).port) });
});

test.afterAll(async () => {
  await proxy?.stop();
  await stopPortal(portal);
  await removeDataDir?.();
  await dropDatabase(serverUrl, databaseName);
});

const get = async (path: string) => {
  const response = await fetch(proxy.url + path, { redirect: 'manual' });
  return { status: response.status, nginx: response.headers.get('x-cache-status'), location: response.headers.get('location'), body: await response.text() };
};

/** Two published stories, newest first: one per test, so neither depends on what the other did. */
const stories = () => withConnection(databaseUrl, (sql) => sql<{ id: number; slug: string; title: string }[]>`select id, slug, title from articles where status = 'published' order by published_at desc limit 2`);

// What nginx may keep: public, with a freshness of its own (nginx reads s-maxage, then max-age).
const storable = (cacheControl: string) => /\bpublic\b/.test(cacheControl) && /\b(s-maxage|max-age)=[1-9]/.test(cacheControl) && !/no-store|no-cache|private/.test(cacheControl);
const staleAnswers = (seen: string[]) => seen.filter((answer) => answer === '200 STALE').length;

/** Reads through nginx until the answer is no longer the cached story (or the stale window would have ended). */
async function untilReplaced(path: string, title: string) {
  const seen: string[] = [];
  const until = Date.now() + 30_000;
  for (;;) {
    const answer = await get(path);
    seen.push(`${answer.status} ${answer.nginx}`);
    if (!(answer.status === 200 && answer.body.includes(title)) || Date.now() > until) return { answer, seen };
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('every answer nginx may not keep goes past its cache and lock; every one it may keep is cached', async () => {
  expect(Object.keys(READER_ADDRESSES).sort(), 'say in READER_ADDRESSES what an anonymous reader may fetch of each public route').toEqual(publicRoutes());
  const [story] = await withConnection(databaseUrl, (sql) => sql<Story[]>`
    select a.id, a.slug, a.title, c.slug as category, au.slug as author,
           (select t.slug from article_tags at join tags t on t.id = at.tag_id where at.article_id = a.id order by t.slug limit 1) as tag
    from articles a join categories c on c.id = a.category_id join authors au on au.id = a.author_id
    where a.status = 'published' and exists (select 1 from article_tags at where at.article_id = a.id)
    order by a.published_at limit 1`);
  // Beside every route: the newsroom, and public pages at addresses the portal does not keep (tracking parameters).
  const unkept = [`/news/${story!.slug}?utm_source=newsletter`, '/?ref=x&page=1'];
  for (const address of [...readerAddresses(story!, 'hashprice'), '/admin', '/admin/pieces/new', ...unkept]) {
    const cacheControl = (await fetch(portal.url + address, { redirect: 'manual' })).headers.get('cache-control') ?? '';
    const through = await get(address);
    // A cache status other than BYPASS means the request went through nginx's cache, and so through its lock.
    if (storable(cacheControl)) expect(through.nginx, `${address} (${cacheControl})`).toMatch(/^(MISS|HIT|EXPIRED|STALE|UPDATING|REVALIDATED)$/);
    else expect([null, 'BYPASS'], `${address} (${cacheControl}) is not to be kept: it belongs in the uncached location`).toContain(through.nginx);
  }
});

test('a story taken down is a 404 through nginx after its next refresh, and nginx keeps that 404 too', async () => {
  const [story] = await stories();
  const path = `/news/${story!.slug}`;
  expect((await get(path)).status).toBe(200);
  expect((await get(path)).nginx).toBe('HIT');
  await withConnection(databaseUrl, (sql) => sql`update articles set status = 'archived' where id = ${story!.id}`);

  const { answer, seen } = await untilReplaced(path, story!.title);
  // Past its second of freshness, the copy nginx had is served only while one refresh is under way.
  expect(answer.status, seen.join(', ')).toBe(404);
  expect(staleAnswers(seen), seen.join(', ')).toBeLessThanOrEqual(2);
  expect(answer.body).toContain('We could not find that page');
  // Kept by nginx like any public answer: the next reader of that second does not reach the portal.
  const again = await get(path);
  expect([again.status, again.nginx]).toEqual([404, 'HIT']);
});

test('a renamed story answers its old address with a redirect through nginx after the next refresh', async () => {
  const [, story] = await stories();
  const path = `/news/${story!.slug}`;
  expect((await get(path)).status).toBe(200);
  const renamed = `${story!.slug}-renamed`;
  await withConnection(databaseUrl, async (sql) => {
    await sql`insert into slug_redirects (slug, article_id) values (${story!.slug}, ${story!.id})`;
    await sql`update articles set slug = ${renamed} where id = ${story!.id}`;
  });

  const { answer, seen } = await untilReplaced(path, story!.title);
  expect([answer.status, answer.location], seen.join(', ')).toEqual([308, `/news/${renamed}`]);
  expect(staleAnswers(seen), seen.join(', ')).toBeLessThanOrEqual(2);
  const moved = await get(`/news/${renamed}`);
  expect([moved.status, moved.body.includes(story!.title)]).toEqual([200, true]);
});
