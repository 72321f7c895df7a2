// Faults, each on a portal of the test's own (tests/support/portal-process.ts): PostgreSQL going away while
// the site serves, SIGTERM while requests are in flight, SIGKILL and a restart. Needs the production build.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import postgres from 'postgres';
import { startEmbeddedPostgres } from '@/db/embedded';
import { withConnection } from '../support/database';
import { followEventStream } from '../support/event-stream';
import { acceptsConnections, makeDataDir, signalPostgres, startPortal, stopPortal, type Portal } from '../support/portal-process';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

// The bound for an answer while the database is away.
const BOUND_MS = 5_000;

async function timedGet(url: string, cookie = '') {
  const started = Date.now();
  const response = await fetch(url, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } });
  return { response, body: await response.text(), ms: Date.now() - started };
}

test('while PostgreSQL is away or stuck, cached pages are still served, the rest say "We\'ll be right back" with 503, prices go stale, an editor loses nothing, and all recovers', async ({ page }) => {
  const { dir, remove } = await makeDataDir();
  let database = await startEmbeddedPostgres(path.join(dir, 'pg'));
  let portal: Portal | undefined;
  try {
    const site = (portal = await startPortal({ dataDir: dir, databaseUrl: database.url, env: { PRICE_PROVIDER: 'simulated', PRICE_INTERVAL_SECONDS: '1' } }));
    const [{ slug, other, draft } = { slug: '', other: '', draft: 0 }] = await withConnection(database.url, (sql) => sql<{ slug: string; other: string; draft: number }[]>`
      select (select slug from articles where status = 'published' order by id limit 1) as slug,
             (select slug from articles where status = 'published' order by id offset 1 limit 1) as other,
             (select id from articles where status = 'draft' order by id limit 1) as draft`);
    // An editor has a draft open when the database goes.
    const editor = await page.context().newPage();
    await editor.goto(`${site.url}/sign-in`);
    await editor.getByLabel('Email').fill('editor@tickerwire.test');
    await editor.getByLabel('Password').fill('editor-demo-2026');
    await editor.getByRole('button', { name: 'Sign in' }).click();
    await expect(editor).toHaveURL(/\/admin$/);
    await editor.goto(`${site.url}/admin/pieces/${draft}`);
    await page.goto(`${site.url}/`);
    const prices = page.getByRole('region', { name: 'Crypto prices' });
    await expect(prices.getByText('As of')).toBeVisible();
    await expect(prices.getByText('Stale')).toHaveCount(0);
    const stream = followEventStream(`${site.url}/api/prices/stream`);
    await stream.ready;

    // A database that stops answering, rather than one that is gone: a request still gets its answer in time.
    signalPostgres(path.join(dir, 'pg'), 'SIGSTOP');
    const frozen = await timedGet(`${site.url}/latest`);
    signalPostgres(path.join(dir, 'pg'), 'SIGCONT');
    console.log(`frozen database: /latest answered ${frozen.response.status} in ${frozen.ms} ms`);
    expect(frozen.response.status).toBe(503);
    expect(frozen.ms).toBeLessThanOrEqual(BOUND_MS);
    await expect.poll(async () => (await fetch(`${site.url}/latest`)).status).toBe(200);
    // Pages are cached again once the portal has seen the database back (its check runs every 2 s); until then
    // a page rendered might predate an announcement the portal never heard, so it is served but not kept.
    await expect.poll(async () => (await (await fetch(`${site.url}/api/health`)).json()).database).toBe('up');

    // Pages readers have just read are in the page cache.
    const cached = ['/', `/news/${slug}`];
    for (const route of cached) {
      await timedGet(`${site.url}${route}`);
      expect((await timedGet(`${site.url}${route}`)).response.headers.get('x-tickerwire-cache'), route).toBe('hit');
    }

    const beforeOutage = stream.events.length;
    await database.stop();

    // Those keep being served: they need no database.
    for (const route of cached) {
      const { response, body } = await timedGet(`${site.url}${route}`);
      console.log(`outage: cached ${route} answered ${response.status} (${response.headers.get('x-tickerwire-cache')})`);
      expect(response.status, route).toBe(200);
      expect(body, route).not.toContain("We'll be right back");
      expect(body, route).toContain('Tickerwire');
    }
    // The rest needs PostgreSQL: the newsroom too, for the editor signed in (anonymous, /admin only sends to the
    // sign-in form, which reads nothing).
    const session = (await editor.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
    for (const [route, cookie] of [[`/news/${other}`], ['/latest?page=2'], ['/search?q=bitcoin'], ['/admin', session]] as const) {
      const { response, body, ms } = await timedGet(`${site.url}${route}`, cookie);
      console.log(`outage: ${route} answered ${response.status} in ${ms} ms`);
      expect(response.status, route).toBe(503);
      expect(response.headers.get('retry-after'), route).toBe('5');
      expect(body, route).toContain("We'll be right back");
      expect(body, route).not.toMatch(/Error|\.tsx?:\d+|at async/);
      expect(ms, route).toBeLessThanOrEqual(BOUND_MS);
    }
    const health = await fetch(`${site.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ database: 'down' });
    await expect.poll(() => stream.events.slice(beforeOutage)).toContain('stale');
    await expect(prices.getByText('Stale')).toBeVisible();

    const headline = 'Written while the database was away';
    await editor.getByLabel('Headline').fill(headline);
    await expect(editor.getByRole('alert').filter({ hasText: 'Your edits are kept' })).toBeVisible({ timeout: 15_000 });

    const visitor = await page.context().newPage();
    expect((await visitor.goto(`${site.url}/latest?page=2`))?.status()).toBe(503);
    await expect(visitor.getByRole('heading', { level: 1 })).toHaveText("We'll be right back");
    await expect(visitor.getByRole('link', { name: 'Try again' })).toBeVisible();

    database = await startEmbeddedPostgres(path.join(dir, 'pg'), { port: Number(new URL(database.url).port) });

    await expect.poll(async () => (await fetch(`${site.url}/latest`)).status, { timeout: 15_000 }).toBe(200);
    expect(await (await fetch(`${site.url}/api/health`)).json()).toMatchObject({ database: 'up' });
    const stale = stream.events.lastIndexOf('stale');
    await expect.poll(() => stream.events.slice(stale), { timeout: 15_000 }).toEqual(expect.arrayContaining(['resync', 'ticks']));
    await expect(prices.getByText('Stale')).toHaveCount(0, { timeout: 15_000 });
    await visitor.reload();
    await expect(visitor.getByRole('heading', { level: 1 })).toContainText('Latest news');
    // Invalidation is heard again: an edit after the outage reaches a page cached after it.
    await timedGet(`${site.url}/news/${slug}`);
    expect((await timedGet(`${site.url}/news/${slug}`)).response.headers.get('x-tickerwire-cache')).toBe('hit');
    await withConnection(database.url, (sql) => sql`update articles set dek = 'Edited after the outage' where slug = ${slug}`);
    await expect.poll(async () => (await timedGet(`${site.url}/news/${slug}`)).body).toContain('Edited after the outage');
    // The server kept trying: the editor's text reached the database once it was back, with no keystroke needed.
    await expect(editor.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 20_000 });
    const [saved] = await withConnection(database.url, (sql) => sql<{ title: string }[]>`select title from articles where id = ${draft}`);
    expect(saved!.title).toBe(headline);
    stream.close();
  } finally {
    await stopPortal(portal);
    await database.stop();
    await remove();
  }
});

test('a PostgreSQL restart under load gives readers "We\'ll be right back" while it is down and never a raw 500', async () => {
  const { dir, remove } = await makeDataDir();
  let database = await startEmbeddedPostgres(path.join(dir, 'pg'));
  let portal: Portal | undefined;
  try {
    const site = (portal = await startPortal({ dataDir: dir, databaseUrl: database.url }));
    const slugs = await withConnection(database.url, (sql) => sql<{ slug: string }[]>`select slug from articles where status = 'published' order by id`);
    // Readers of pages the cache cannot answer (a query string it does not keep): every one is rendered.
    const statuses = new Map<number, number>();
    let reading = true;
    let n = 0;
    const reader = async () => {
      while (reading) {
        const path = n % 2 ? `/news/${slugs[n % slugs.length]!.slug}?reader=${n}` : `/latest?reader=${n}`;
        n += 1;
        // Each reader reads the page (a body left unread holds its connection open until garbage collection, and
        // the portal refuses a client's 101st); a request that hangs counts as -1, one refused as 0.
        const status = await fetch(`${site.url}${path}`, { headers: { accept: 'text/html' }, signal: AbortSignal.timeout(20_000) }).then(
          async (response) => (await response.arrayBuffer(), response.status),
          (error: Error) => (error.name === 'TimeoutError' ? -1 : 0),
        );
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    };
    const readers = Array.from({ length: 4 }, reader);
    const served = () => statuses.get(200) ?? 0;
    await expect.poll(served).toBeGreaterThan(20);
    await database.stop();
    await expect.poll(() => statuses.get(503) ?? 0).toBeGreaterThan(0);
    database = await startEmbeddedPostgres(path.join(dir, 'pg'), { port: Number(new URL(database.url).port) });
    // Reading goes on well past the return: the errors reported came up to 30 s after it.
    const back = served();
    try {
      await expect.poll(served, { timeout: 60_000 }).toBeGreaterThan(back + 400);
    } catch (error) {
      console.log(`the portal's last lines:\n${site.output.slice(-40).join('\n')}`);
      throw error;
    } finally {
      reading = false;
      await Promise.all(readers);
      console.log(`restart under load: ${JSON.stringify(Object.fromEntries(statuses))} (status: requests)`);
    }
    expect(statuses.get(500) ?? 0).toBe(0);
    expect(statuses.get(0) ?? 0).toBe(0);
    expect(statuses.get(-1) ?? 0).toBe(0);
  } finally {
    await stopPortal(portal);
    await database.stop();
    await remove();
  }
});

test('SIGTERM lets in-flight requests finish, tells price streams to reconnect, and stops PostgreSQL cleanly', async () => {
  const { dir, remove } = await makeDataDir();
  let portal: Portal | undefined;
  try {
    const site = (portal = await startPortal({ dataDir: dir }));
    const sql = postgres(site.databaseUrl, { max: 2, onnotice: () => {} });
    const [article] = await sql<{ slug: string }[]>`select slug from articles where status = 'published' order by id limit 1`;
    const stream = followEventStream(`${site.url}/api/prices/stream`);
    await stream.ready;

    // A slow request: the article's table is locked, so its page waits (well inside the 5 s statement timeout).
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked = () => {};
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holding = sql.begin(async (tx) => {
      await tx`lock table articles in access exclusive mode`;
      locked();
      await released;
    });
    await isLocked;
    const slow = fetch(`${site.url}/news/${article!.slug}`).then(async (response) => ({ status: response.status, body: await response.text() }));
    await expect.poll(async () => (await sql`select 1 from pg_locks where not granted`).length).toBeGreaterThan(0);

    site.terminate();
    // No new connections while the slow one is still being answered.
    await expect.poll(() => acceptsConnections(site.url)).toBe(false);
    release();
    await holding;
    await sql.end();

    const answered = await slow;
    expect(answered.status).toBe(200);
    expect(answered.body).toContain(`/news/${article!.slug}`);
    await stream.ended;
    expect(stream.events).toContain('reconnect');
    expect(stream.retry()).toBe(1000);
    expect(await site.exited).toBe(0);
    // PostgreSQL removes its lock file only when it shuts down cleanly.
    expect(existsSync(path.join(dir, 'pg', 'postmaster.pid'))).toBe(false);
  } finally {
    await stopPortal(portal);
    await remove();
  }
});

test('after SIGKILL of the portal and its PostgreSQL, a restart has every committed article, and a backup beside it holds them', async () => {
  const { dir, remove } = await makeDataDir();
  let portal: Portal | undefined;
  try {
    portal = await startPortal({ dataDir: dir });
    const slug = `committed-before-the-crash-${Date.now()}`;
    await withConnection(portal.databaseUrl, (sql) => sql`
      insert into articles (slug, title, dek, body, author_id, category_id, status, published_at)
      select ${slug}, 'Committed before the crash', 'Written just before SIGKILL.', 'It must survive.', a.id, c.id, 'published', now()
      from (select min(id) as id from authors) a, (select min(id) as id from categories) c`);

    await portal.kill();
    expect(existsSync(path.join(dir, 'pg', 'postmaster.pid'))).toBe(true);

    portal = await startPortal({ dataDir: dir });
    expect(portal.output.join('\n')).toContain('database_recovered');
    const response = await fetch(`${portal.url}/news/${slug}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Committed before the crash');

    const file = path.join(dir, 'beside-the-portal.backup.gz');
    const backup = spawnSync(process.execPath, ['--import', 'tsx', 'lib/server/backup-cli.ts', 'backup', file], {
      env: { ...process.env, DATABASE_URL: '', DATA_DIR: dir },
      encoding: 'utf8',
    });
    expect(backup.status, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/^Backed up \d+ tables/);
    expect(gunzipSync(readFileSync(file)).toString('utf8')).toContain(slug);
  } finally {
    await stopPortal(portal);
    await remove();
  }
});
