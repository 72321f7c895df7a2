// A reader who searches faster than anyone reads is told, in a page, when to come back; another reader is not
// held up. Each reader's address comes through a trusted proxy's X-Forwarded-For, as the web server decides it.
import { expect, test } from '../support/e2e-portal';

test.use({ portalEnv: { SEARCH_RATE_BURST: '3', SEARCH_RATE_PER_SECOND: '0.1', TRUSTED_PROXY_HOPS: '1' } });

// Nothing matches, so the page has no pagination link for the router to prefetch as one more search.
const SEARCH = '/search?q=zyxwvutsrqp';

test('the fourth search at once gets "Too many searches" with Retry-After, and another reader still searches', async ({ page, request }) => {
  await page.setExtraHTTPHeaders({ 'x-forwarded-for': '198.51.100.7' });
  for (let i = 0; i < 3; i++) expect((await page.goto(SEARCH))!.status()).toBe(200);

  const refused = (await page.goto(SEARCH))!;
  expect(refused.status()).toBe(429);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Too many searches');
  const wait = /try again in (\d+) seconds/.exec(await page.locator('main').innerText())?.[1];
  expect(wait).toBeDefined();
  expect(refused.headers()['retry-after']).toBe(wait);

  expect((await request.get(SEARCH, { headers: { 'x-forwarded-for': '203.0.113.9' } })).status()).toBe(200);
  // Only searches count: the refused reader still reads.
  expect((await page.goto('/latest'))!.status()).toBe(200);
});
