import type { APIResponse, Page } from '@playwright/test';
import { asc, eq, sql } from 'drizzle-orm';
import { articles, users } from '@/db/schema';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';

const FOREIGN = 'https://attacker.example';

async function signInAdmin(page: Page) {
  await page.goto('/sign-in');
  await page.getByLabel('Email').fill('admin@tickerwire.test');
  await page.getByLabel('Password').fill('admin-demo-2026');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(/\/admin$/);
}

const nonceOf = (response: APIResponse) => response.headers()['content-security-policy']?.match(/'nonce-([^']+)'/)?.[1];

function expectStaticHeaders(response: APIResponse, path: string) {
  expect(response.headers(), path).toMatchObject({
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'permissions-policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
  });
}

test('pages carry a nonce-based policy, fresh per response, on every script they run', async ({ request }) => {
  const first = await request.get('/');
  const policy = first.headers()['content-security-policy']!;
  for (const directive of ["script-src 'self' 'nonce-", "'strict-dynamic'", "img-src 'self' data: blob:", "connect-src 'self'", "frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) {
    expect(policy).toContain(directive);
  }
  expect(policy.split(';').find((d) => d.trim().startsWith('script-src'))).not.toContain('unsafe-inline');
  expect(first.headers()['strict-transport-security']).toBeUndefined();

  const nonce = nonceOf(first)!;
  const scripts = (await first.text()).match(/<script\b[^>]*>/g)!;
  expect(scripts.length).toBeGreaterThan(3);
  // Structured data is not run, so it needs no nonce; every script that runs carries this response's.
  for (const tag of scripts.filter((s) => !s.includes('application/ld+json'))) expect(tag).toContain(`nonce="${nonce}"`);
  expect(nonceOf(await request.get('/'))).not.toBe(nonce);
});

test('every kind of response gets the security headers', async ({ request }) => {
  const home = await request.get('/');
  const asset = (await home.text()).match(/\/_next\/static\/[^"]+\.js/)![0];
  const withPolicy = ['/', '/latest', '/api/health', '/feed.xml', '/covers/bitcoin-1.jpg', '/no-such-page', '/sign-in'];
  for (const path of [...withPolicy, asset]) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expectStaticHeaders(response, path);
    if (withPolicy.includes(path)) expect(response.headers()['content-security-policy'], path).toContain("frame-ancestors 'none'");
  }
});

test('HSTS and upgrading requests only when the reader came over HTTPS', async ({ request }) => {
  const response = await request.get('/', { headers: { 'X-Forwarded-Proto': 'https' } });
  expect(response.headers()['strict-transport-security']).toBe('max-age=63072000; includeSubDomains');
  expect(response.headers()['content-security-policy']).toContain('upgrade-insecure-requests');
  expect((await request.get('/')).headers()['content-security-policy']).not.toContain('upgrade-insecure-requests');
});

test('reading, live prices, the chart, sign-in and the editor run with no policy violation', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|connect|frame)/i.test(message.text())) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(error.message));

  const streaming = page.waitForResponse((r) => r.url().includes('/api/prices/stream'));
  await page.goto('/');
  expect((await streaming).status()).toBe(200);

  const beacon = page.waitForResponse((r) => r.url().endsWith('/api/views'));
  await page.locator('section[aria-labelledby="latest"] article h3 a').first().click();
  await expect(page).toHaveURL(/\/news\//);
  expect((await beacon).status()).toBe(202);

  await page.goto('/prices/btc');
  await expect(page.locator('figure canvas').first()).toBeVisible();

  await signInAdmin(page);
  await page.goto('/admin/pieces/new');
  await page.getByRole('button', { name: 'New piece' }).click();
  await page.getByLabel('Headline').fill(`Policy check draft`);
  // The editor draws its own nodes and toolbar: none of it may need a looser policy.
  await page.getByRole('textbox', { name: 'Body' }).click();
  await page.keyboard.type('Some ');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type('bold');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type(' words.');
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible({ timeout: 10_000 });
  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(page.locator('.prose-article strong')).toHaveText('bold');

  expect(violations).toEqual([]);
});

test('the view beacon refuses posts from other sites and counts nothing', async ({ request, baseURL }) => {
  const { db, close } = connectE2eDatabase();
  const story = (await db.select({ id: articles.id }).from(articles).where(eq(articles.status, 'published')).orderBy(asc(articles.publishedAt)).limit(1))[0]!;
  const views = async () => (await db.execute<{ n: number }>(sql`select coalesce(sum(views), 0)::int as n from page_views where article_id = ${story.id}`))[0]!.n;
  const before = await views();
  // Each post as another reader (a browser of its own), so a refused post that counted would show.
  let reader = 0;
  const post = (headers: Record<string, string>) =>
    request.post('/api/views', { data: { articleId: story.id }, headers: { 'User-Agent': `Mozilla/5.0 (X11; Linux x86_64; rv:${++reader}.0) Firefox/${reader}.0`, ...headers } });

  const crossSite: Record<string, string>[] = [{ Origin: FOREIGN }, { Origin: 'null' }, { 'Sec-Fetch-Site': 'cross-site' }];
  for (const headers of crossSite) {
    const refused = await post(headers);
    expect(refused.status(), JSON.stringify(headers)).toBe(403);
    expect(await refused.json()).toEqual({ error: 'Requests from other sites are refused.' });
  }

  // Our own pages still count, and only they: one view where four posts were sent.
  expect((await post({ Origin: new URL(baseURL!).origin, 'Sec-Fetch-Site': 'same-origin' })).status()).toBe(202);
  await expect.poll(views, { timeout: 20_000 }).toBe(before + 1);
  await close();
});

test('a cover upload from another site is refused, even with a staff session', async ({ page }) => {
  await signInAdmin(page);
  const upload = (origin: string) =>
    page.request.post('/admin/uploads', { headers: { Origin: origin }, multipart: { file: { name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('not an image') } } });
  const refused = await upload(FOREIGN);
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: 'Requests from other sites are refused.' });
  // From our own page the same post reaches the upload checks, which judge the file.
  expect((await upload(new URL(page.url()).origin)).status()).not.toBe(403);
});

test('a server action posted from another site is refused and changes nothing', async ({ page, baseURL }) => {
  await signInAdmin(page);
  await page.goto('/admin/users');
  // The browser's own call to the action, held back so it can be sent again with another Origin.
  let held: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route('**/admin/users', async (route) => {
    const request = route.request();
    const headers = request.headers();
    if (request.method() !== 'POST' || !headers['next-action']) return route.continue();
    held = { url: request.url(), headers: { 'next-action': headers['next-action'], 'content-type': headers['content-type']!, accept: 'text/x-component' }, body: request.postDataBuffer()! };
    return route.abort();
  });
  const email = `cross-site-${Date.now()}@example.test`;
  const form = page.getByRole('form', { name: 'New staff account' });
  await form.getByLabel('Name').fill('Cross Site');
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Initial password').fill('a-long-enough-password');
  await form.getByRole('button', { name: 'Create account' }).click();
  await expect.poll(() => held).toBeDefined();

  const { db, close } = connectE2eDatabase();
  const accounts = async () => (await db.select({ id: users.id }).from(users).where(eq(users.email, email))).length;
  const send = (origin: string) => page.request.post(held!.url, { headers: { ...held!.headers, Origin: origin }, data: held!.body });

  expect((await send(FOREIGN)).status()).toBe(500);
  expect(await accounts()).toBe(0);
  // The very same request from our own origin is carried out, so the refusal above was the Origin's doing.
  expect((await send(new URL(baseURL!).origin)).status()).toBe(200);
  expect(await accounts()).toBe(1);
  await close();
});
