// HTTP-level checks of the price stream; they do not depend on a browser or a viewport.
import { sql } from 'drizzle-orm';
import { storeTicks } from '@/db/queries/price-feed';
import { connectE2eDatabase } from '../support/e2e-database';
import { expect, test } from '../support/e2e-portal';

type StreamEvent = { type: string; id: number | null; data: { s: string; p: number; t: string }[] };
type ReadOptions = { type?: string; headers?: Record<string, string>; whileOpen?: () => Promise<void> };

/** Reads server-sent events from the stream until `count` events (of `type`, if given) have arrived. */
async function readEvents(baseURL: string, count: number, { type, headers = {}, whileOpen }: ReadOptions = {}) {
  const controller = new AbortController();
  const response = await fetch(`${baseURL}/api/prices/stream`, { headers, signal: controller.signal });
  const reader = response.body!.pipeThrough(new TextDecoderStream()).getReader();
  const events: StreamEvent[] = [];
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
      const name = /^event: (\w+)$/m.exec(block)?.[1];
      const id = /^id: (\d+)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (name && data && (type === undefined || name === type)) events.push({ type: name, id: id ? Number(id) : null, data: JSON.parse(data) });
    }
  }
  controller.abort();
  return events;
}

test('a client that reconnects with Last-Event-ID receives the ticks it missed', async ({ baseURL }) => {
  const { db, close } = connectE2eDatabase();
  const tick = (priceUsd: number) => storeTicks(db, [{ coinSymbol: 'TRX', time: new Date(), priceUsd, volume24hUsd: null, marketCapUsd: null }]);
  const [first] = await readEvents(baseURL!, 1, { type: 'ticks', whileOpen: () => tick(0.301) });
  // Offline: two ticks go by.
  await tick(0.302);
  await tick(0.303);
  const missed = await readEvents(baseURL!, 2, { type: 'ticks', headers: { 'Last-Event-ID': String(first!.id) } });
  await close();
  expect(missed.map((e) => e.data[0]!.p)).toEqual([0.302, 0.303]);
  expect(missed[0]!.id).toBeGreaterThan(first!.id!);
});

test('a new connection is sent the latest prices first, without waiting for a new tick', async ({ baseURL }) => {
  const { db, close } = connectE2eDatabase();
  await storeTicks(db, [{ coinSymbol: 'SOL', time: new Date(), priceUsd: 171.37, volume24hUsd: null, marketCapUsd: null }]);
  const coins = await db.execute<{ symbol: string }>(sql`select symbol from coins order by symbol`);
  await close();
  // The server hears of that tick from PostgreSQL; a connection opened after that starts with it, though this test
  // stores no tick while it is open.
  const firstEvent = async () => (await readEvents(baseURL!, 1))[0]!;
  await expect.poll(async () => (await firstEvent()).data.find((tick) => tick.s === 'SOL')?.p).toBe(171.37);
  const first = await firstEvent();
  expect(first.type).toBe('snapshot');
  expect(first.data.map((tick) => tick.s).sort()).toEqual(coins.map((coin) => coin.symbol));
});
