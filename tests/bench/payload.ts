// What a phone downloads for one page and how far its content jumps while loading (issue 7's payload budget).
// `node --import tsx tests/bench/payload.ts <baseUrl> <path>` prints the figures; tests/e2e/payload.spec.ts asserts them.
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type CDPSession, type Page } from '@playwright/test';
import { launchOptions, phone } from '../support/chromium';

/**
 * jsGzipKiB: every script the visit fetched, gzipped (a chart loaded after hydration counts too); totalTransferKiB:
 * bytes on the wire for every request, images and prefetches included; cumulativeLayoutShift: shifts not caused by input.
 */
export type Payload = { jsGzipKiB: number; totalTransferKiB: number; requests: number; cumulativeLayoutShift: number };

type Transfer = { type?: string; bytes: number; done: boolean; script?: Promise<number> };

const QUIET_MS = 500;
const SETTLE_LIMIT_MS = 15_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

/** The gzip size of a script's body at zlib's default level: the origin may serve it uncompressed. */
async function gzippedBody(cdp: CDPSession, requestId: string): Promise<number> {
  const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId });
  return gzipSync(Buffer.from(body, base64Encoded ? 'base64' : 'utf8')).length;
}

/** Every http(s) request the page makes, with the bytes that crossed the wire for it (headers included). */
async function recordTransfers(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  const transfers = new Map<string, Transfer>();
  cdp.on('Network.requestWillBeSent', ({ requestId, request, type, redirectResponse }) => {
    if (!/^https?:/.test(request.url)) return;
    // A redirect reuses the request id: its hop's bytes count, and so does the request that follows it.
    const redirected = transfers.get(requestId)?.bytes ?? 0;
    transfers.set(requestId, { type, bytes: redirected + (redirectResponse?.encodedDataLength ?? 0), done: false });
  });
  // A stream that never finishes (the live prices) counts what it has received so far.
  cdp.on('Network.dataReceived', ({ requestId, encodedDataLength }) => {
    const transfer = transfers.get(requestId);
    if (transfer) transfer.bytes += encodedDataLength;
  });
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const transfer = transfers.get(requestId);
    if (!transfer) return;
    Object.assign(transfer, { bytes: encodedDataLength, done: true });
    if (transfer.type === 'Script') transfer.script = gzippedBody(cdp, requestId);
  });
  cdp.on('Network.loadingFailed', ({ requestId }) => {
    const transfer = transfers.get(requestId);
    if (transfer) transfer.done = true;
  });
  return transfers;
}

/** Waits until nothing but the price stream has been in flight for a while, or gives up after a limit. */
async function settle(transfers: Map<string, Transfer>) {
  const busy = () => [...transfers.values()].some((t) => !t.done && t.type !== 'EventSource');
  let quietSince = Date.now();
  for (const started = Date.now(); Date.now() - started < SETTLE_LIMIT_MS; await sleep(100)) {
    if (busy()) quietSince = Date.now();
    else if (Date.now() - quietSince >= QUIET_MS) return;
  }
}

/** A reader reading to the end: a screen at a time, so lazy images on the way load as they would for them. */
async function scrollToBottom(page: Page) {
  for (let screen = 0; screen < 60; screen++) {
    const atBottom = await page.evaluate(() => {
      window.scrollBy(0, window.innerHeight);
      return window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 1;
    });
    await sleep(100);
    if (atBottom) return;
  }
}

/** Layout shifts not caused by the reader's own input, summed over the page's life so far. */
function readLayoutShift(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
            if (!entry.hadRecentInput) total += entry.value;
          }
        }).observe({ type: 'layout-shift', buffered: true });
        // Buffered entries are delivered in a task of their own; two frames later they have all arrived.
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
      }),
  );
}

/**
 * Loads `url` in a fresh page (empty cache), scrolls to the bottom, lets the network settle and adds it up.
 * `atTop` runs once the page has loaded, before the scroll: something that happens while the top is on screen.
 */
export async function measurePage(page: Page, url: string, atTop?: () => Promise<void>): Promise<Payload> {
  const transfers = await recordTransfers(page);
  await page.goto(url, { waitUntil: 'load' });
  await settle(transfers);
  await atTop?.();
  await scrollToBottom(page);
  await settle(transfers);
  const cumulativeLayoutShift = await readLayoutShift(page);
  const all = [...transfers.values()];
  const scripts = await Promise.all(all.flatMap((t) => (t.script ? [t.script] : [])));
  return {
    jsGzipKiB: kib(scripts.reduce((sum, size) => sum + size, 0)),
    totalTransferKiB: kib(all.reduce((sum, t) => sum + t.bytes, 0)),
    requests: all.length,
    cumulativeLayoutShift: Math.round(cumulativeLayoutShift * 10_000) / 10_000,
  };
}

/** The figures for one page on a phone (Pixel 7, 375 px wide) in a Chromium of its own. */
export async function measurePayload(baseUrl: string, path: string): Promise<Payload> {
  const browser = await chromium.launch(launchOptions);
  try {
    const context = await browser.newContext(phone);
    return await measurePage(await context.newPage(), new URL(path, baseUrl).href);
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [baseUrl, path = '/'] = process.argv.slice(2);
  if (!baseUrl) {
    console.error('usage: node --import tsx tests/bench/payload.ts <baseUrl> <path>');
    process.exit(2);
  }
  const payload = await measurePayload(baseUrl, path);
  console.log(
    `payload ${path} at 375 px: first-load JS ${payload.jsGzipKiB} KiB gzipped, ${payload.totalTransferKiB} KiB transferred in ${payload.requests} requests, CLS ${payload.cumulativeLayoutShift}`,
  );
}
