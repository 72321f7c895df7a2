import { sql } from 'drizzle-orm';
import { storeTicks } from '@/db/queries/price-feed';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';

test('an article page shows prices with their time', async ({ page }) => {
  await page.goto('/');
  await page.locator('section[aria-labelledby="latest"] article h3 a').first().click();
  await expect(page).toHaveURL(/\/news\//);
  const box = page.getByRole('region', { name: 'Crypto prices' });
  await expect(box.locator('[data-live-price="BTC"]')).toHaveText(/^\$\d{2,3},\d{3}/);
  await expect(box.getByText(/As of \d{2}:\d{2} UTC/)).toBeVisible();
});

test('a stored tick reaches an open page without a reload', async ({ page }, testInfo) => {
  const [symbol, price, shown] = ['LINK', 19.87, '$19.87'] as const;
  const streaming = page.waitForResponse((r) => r.url().includes('/api/prices/stream'));
  await page.goto('/prices');
  await page.evaluate(() => ((window as unknown as { stayedOnPage: boolean }).stayedOnPage = true));
  const cell = page.locator(`tbody [data-live-price="${symbol}"]`);
  await expect(cell).not.toHaveText(shown);
  // Let the stream connect before the tick is sent.
  await streaming;

  const { db, close } = connectE2eDatabase();
  const sentAt = Date.now();
  await storeTicks(db, [{ coinSymbol: symbol, time: new Date(), priceUsd: price, volume24hUsd: null, marketCapUsd: null }]);
  await close();

  await expect(cell).toHaveText(new RegExp(`^\\${shown}`), { timeout: 2_000 });
  const latencyMs = Date.now() - sentAt;
  testInfo.annotations.push({ type: 'tick-to-screen', description: `${latencyMs} ms` });
  console.log(`tick-to-screen latency (${testInfo.project.name}): ${latencyMs} ms`);
  expect(await page.evaluate(() => (window as unknown as { stayedOnPage?: boolean }).stayedOnPage)).toBe(true);
  await expect(page.getByText(/As of \d{2}:\d{2} UTC/)).toBeVisible();
  await expect(page.getByText('Stale', { exact: true })).toHaveCount(0);
});

test('a page rendered with fresh prices that have aged past the threshold by the time it runs hydrates cleanly, then says Stale', async ({ page }) => {
  // A cached page, or one that was slow to arrive, reaches the browser rendered before its prices went stale.
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const { db, close } = connectE2eDatabase();
  // BTC's newest price again, observed now: the server renders fresh prices without changing what any test reads.
  await db.execute(sql`
    insert into price_ticks (coin_symbol, time, price_usd, volume_24h_usd, market_cap_usd)
    select coin_symbol, now(), price_usd, volume_24h_usd, market_cap_usd from price_ticks where coin_symbol = 'BTC' order by time desc limit 1`);
  await close();
  await page.clock.setFixedTime(Date.now() + 10 * 60_000);

  const response = await page.goto('/prices/btc');
  expect(await response!.text()).not.toContain('>Stale<');
  await expect(page.getByText('Stale', { exact: true })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the prices page hydrates without an error, market sizes that end in zero written as the server wrote them', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => void (message.type() === 'error' && errors.push(message.text())));
  const { db, close } = connectE2eDatabase();
  // BNB's newest price again, with a volume and a market value that end in zero.
  await db.execute(sql`
    insert into price_ticks (coin_symbol, time, price_usd, volume_24h_usd, market_cap_usd)
    select coin_symbol, now(), price_usd, 1200000000, 90900000000 from price_ticks where coin_symbol = 'BNB' order by time desc limit 1`);
  await close();

  await page.goto('/prices');
  // Sorting answers once React has hydrated the table (or thrown the server's HTML away and rendered it afresh).
  await page.getByRole('button', { name: /^Market cap/ }).click();
  await expect(page.locator('th[aria-sort="descending"]')).toHaveText(/Market cap/);
  const bnb = page.locator('tbody tr').filter({ has: page.locator('[data-live-price="BNB"]') });
  await expect(bnb.locator('td').nth(3)).toHaveText('$1.20B');
  await expect(bnb.locator('td').nth(4)).toHaveText('$90.90B');
  expect(errors).toEqual([]);
});

test('on any screen each coin’s row reads on one line, and the coin stays in view while the table scrolls sideways', async ({ page }) => {
  await page.goto('/prices');
  const table = page.getByRole('table', { name: /Tracked coins/ });
  await expect(table.locator('tbody tr')).toHaveCount(12);
  // The page itself never scrolls sideways; the table does, inside its own box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  // A figure that runs onto a second line: two pieces of its text with no line in common.
  const wrapped = await table.locator('tbody td').evaluateAll((cells) =>
    cells
      .filter((cell) => {
        const rects: DOMRect[] = [];
        const texts = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let text = texts.nextNode(); text; text = texts.nextNode()) {
          const range = document.createRange();
          range.selectNodeContents(text);
          rects.push(...[...range.getClientRects()].filter((rect) => rect.width > 0));
        }
        return rects.some((a) => rects.some((b) => a.bottom <= b.top));
      })
      .map((cell) => cell.textContent),
  );
  expect(wrapped).toEqual([]);
  // Before it scrolls, the price and its 24-hour change show whole, even on a 375 px phone.
  await expect(table.locator('tbody tr').first().locator('td').nth(2)).toBeInViewport({ ratio: 1 });

  await table.evaluate((element) => (element.parentElement!.scrollLeft = element.parentElement!.scrollWidth));
  const bitcoin = table.getByRole('link', { name: 'Bitcoin BTC', exact: true });
  await expect(bitcoin).toBeInViewport({ ratio: 1 });
  await expect(table.getByRole('img', { name: 'Bitcoin, last 7 days' })).toBeInViewport({ ratio: 1 });
  // What shows where the coin's name is, is the coin's name, not a figure scrolled under it.
  expect(await bitcoin.evaluate((link) => {
    const box = link.getBoundingClientRect();
    return link.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  })).toBe(true);
});

test('the prices table sorts by a column and links each coin to its chart', async ({ page }) => {
  await page.goto('/prices');
  const names = () => page.locator('tbody th a span.font-semibold').allTextContents();
  expect((await names())[0]).toBe('Bitcoin');
  await page.getByRole('button', { name: /^Coin/ }).click();
  const sorted = await names();
  expect(sorted).toEqual([...sorted].sort((a, b) => a.localeCompare(b)));
  await expect(page.locator('th[aria-sort="ascending"]')).toHaveText(/Coin/);

  await page.getByRole('link', { name: 'Ethereum ETH', exact: true }).click();
  await expect(page).toHaveURL(/\/prices\/eth$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Ethereum');
  await expect(page.locator('figure canvas').first()).toBeVisible();
  await page.getByRole('link', { name: '30D' }).click();
  await expect(page).toHaveURL(/range=30d/);
  await expect(page.getByRole('link', { name: '30D' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('heading', { name: 'Latest Ethereum news' })).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('prices and a static chart are there on first paint', async ({ page }) => {
    await page.goto('/prices/btc');
    await expect(page.locator('[data-live-price="BTC"]').first()).toHaveText(/^\$\d{2,3},\d{3}/);
    await expect(page.locator('figure svg[role="img"]')).toBeVisible();
    await expect(page.locator('figure canvas')).toHaveCount(0);
  });
});

test('a story tagged with a coin shows its price at publication next to today’s', async ({ page }) => {
  await page.goto('/tag/bitcoin');
  await page.locator('main article h2 a').first().click();
  await expect(page.getByRole('list', { name: 'Prices since publication' })).toContainText(/BTC \$[\d,]+ at publication, \$[\d,]+.* now/);
});

test('a coin’s address in other letter cases redirects for good to the lowercase one', async ({ request }) => {
  for (const [asked, canonical] of [['/prices/BTC', '/prices/btc'], ['/prices/Eth?range=30d', '/prices/eth?range=30d']]) {
    const response = await request.get(asked!, { maxRedirects: 0 });
    expect([response.status(), response.headers().location]).toEqual([308, canonical]);
  }
  expect((await request.get('/prices/NOCOIN')).status()).toBe(404);
  // A dotless ı is upper-cased to I, but /prices/lınk is not LINK's address.
  expect((await request.get('/prices/l%C4%B1nk')).status()).toBe(404);
});

test('an unknown coin or chart range is a 404', async ({ request }) => {
  expect((await request.get('/prices/nocoin')).status()).toBe(404);
  expect((await request.get('/prices/btc?range=forever')).status()).toBe(404);
});

test('without EventSource the page falls back to polling and still updates', async ({ page }) => {
  await page.addInitScript(() => delete (window as { EventSource?: unknown }).EventSource);
  const [symbol, price, shown] = ['DOT', 2.71, '$2.71'] as const;
  await page.goto('/prices');
  const cell = page.locator(`tbody [data-live-price="${symbol}"]`);
  await expect(cell).not.toHaveText(shown);
  const { db, close } = connectE2eDatabase();
  await storeTicks(db, [{ coinSymbol: symbol, time: new Date(), priceUsd: price, volume24hUsd: null, marketCapUsd: null }]);
  await close();
  // The JSON endpoint is polled every 5 s and cached for 2 s.
  await expect(cell).toHaveText(new RegExp(`^\\${shown}`), { timeout: 10_000 });
});

test('after the stream is refused once (a proxy’s 502 during a deploy), the page opens a new one and updates again', async ({ page }) => {
  const [symbol, price, shown] = ['XRP', 2.47, '$2.47'] as const;
  let refused = 0;
  await page.route('**/api/prices/stream', (route) => (refused++ === 0 ? route.fulfill({ status: 502, body: 'Bad gateway' }) : route.continue()));
  // The page trying again by itself: a stream the server answers, subscribed to new ticks before its headers go out.
  const reopened = page.waitForResponse((response) => response.url().endsWith('/api/prices/stream') && response.status() === 200, { timeout: 15_000 });
  await page.goto('/prices');
  const cell = page.locator(`tbody [data-live-price="${symbol}"]`);
  await expect(cell).not.toHaveText(shown);
  await reopened;
  expect(refused).toBeGreaterThanOrEqual(2);

  const { db, close } = connectE2eDatabase();
  await storeTicks(db, [{ coinSymbol: symbol, time: new Date(), priceUsd: price, volume24hUsd: null, marketCapUsd: null }]);
  await close();
  await expect(cell).toHaveText(new RegExp(`^\\${shown}`), { timeout: 5_000 });
});
