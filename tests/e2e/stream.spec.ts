// HTTP-level checks of the price stream; they do not depend on a browser or a viewport.
import { expect, test } from '@playwright/test';
import { storeTicks } from '@/db/queries/price-feed';
import { connectE2eDatabase } from '../support/e2e-database';

/** Reads server-sent events from the stream until `count` tick events have arrived. */
async function readTickEvents(baseURL: string, count: number, headers: Record<string, string> = {}, whileOpen?: () => Promise<void>) {
  const controller = new AbortController();
  const response = await fetch(`${baseURL}/api/prices/stream`, { headers, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: { id: number; data: { s: string; p: number }[] }[] = [];
  let buffer = '';
  let started = false;
  while (events.length < count) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    if (!started && buffer.includes('retry:')) {
      started = true;
      await whileOpen?.();
    }
    const blocks = buffer.split('\n\n');
    buffer = blocks.pop()!;
    for (const block of blocks) {
      const id = /^id: (\d+)$/m.exec(block);
      const data = /^data: (.*)$/m.exec(block);
      if (id && data && /^event: ticks$/m.test(block)) events.push({ id: Number(id[1]), data: JSON.parse(data[1]!) });
    }
  }
  controller.abort();
  return events;
}

test('a client that reconnects with Last-Event-ID receives the ticks it missed', async ({ baseURL }) => {
  const { db, close } = connectE2eDatabase();
  const tick = (priceUsd: number) => storeTicks(db, [{ coinSymbol: 'TRX', time: new Date(), priceUsd, volume24hUsd: null, marketCapUsd: null }]);
  const [first] = await readTickEvents(baseURL!, 1, {}, () => tick(0.301));
  // Offline: two ticks go by.
  await tick(0.302);
  await tick(0.303);
  const missed = await readTickEvents(baseURL!, 2, { 'Last-Event-ID': String(first!.id) });
  await close();
  expect(missed.map((e) => e.data[0]!.p)).toEqual([0.302, 0.303]);
  expect(missed[0]!.id).toBeGreaterThan(first!.id);
});
