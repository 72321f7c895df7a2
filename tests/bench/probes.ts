// Measurements that need the database beside the HTTP load: publish-to-visible and the price stream.
import type { Sql } from 'postgres';
import type { Database } from '@/db';
import { storeTicks } from '@/db/queries/price-feed';
import { openStreams, percentile } from './sse';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Milliseconds from a piece turning published in Postgres to its link on the cached home page and feed. */
export async function measurePublishToVisible(sql: Sql, base: string): Promise<{ home: number; feed: number }> {
  const slug = `bench-publish-${Date.now()}`;
  await sql`
    insert into articles (slug, title, dek, key_points, body, summary, disclaimer, category_id, author_id, status)
    select ${slug}, ${`Benchmark publication ${slug}`}, dek, key_points, body, summary, disclaimer, category_id, author_id, 'draft'
    from articles where status = 'published' order by published_at desc limit 1`;
  // Both pages in the page cache first: what is measured is the invalidation, not a first render.
  for (const path of ['/', '/feed.xml', '/', '/feed.xml']) await (await fetch(base + path)).arrayBuffer();
  const started = performance.now();
  await sql`update articles set status = 'published', published_at = now() where slug = ${slug}`;
  const until = async (path: string) => {
    while (!(await (await fetch(base + path)).text()).includes(slug)) await sleep(10);
    return Math.round(performance.now() - started);
  };
  const [home, feed] = await Promise.all([until('/'), until('/feed.xml')]);
  return { home, feed };
}

/** Opens `count` streams, stores ticks one by one and times each from its insert to its arrival at the last client. */
export async function measureStream(db: Database, portal: { base: string; rssMiB: () => number }, count: number) {
  const TICKS = 20;
  const before = portal.rssMiB();
  const arrivals = new Map<string, number[]>();
  const clients = await openStreams(`${portal.base}/api/prices/stream`, count, (line, at) => {
    for (const tick of JSON.parse(line) as { p: number }[]) arrivals.get(String(tick.p))?.push(at);
  });
  await sleep(2_000);
  const kibPerClient = Math.round(((portal.rssMiB() - before) * 1024) / count);

  const lastArrival: number[] = [];
  for (let i = 1; i <= TICKS; i++) {
    // A price no other tick has, to recognise this one on arrival.
    const priceUsd = 100_000 + i + 0.25;
    const value = String(priceUsd);
    arrivals.set(value, []);
    const started = performance.now();
    await storeTicks(db, [{ coinSymbol: 'BTC', time: new Date(), priceUsd, volume24hUsd: null, marketCapUsd: null }]);
    while (arrivals.get(value)!.length < count && performance.now() - started < 10_000) await sleep(5);
    const times = arrivals.get(value)!;
    lastArrival.push(times.length === count ? Math.max(...times) - started : Number.POSITIVE_INFINITY);
    await sleep(200);
  }
  for (const client of clients) client.close();
  return { clients: count, ticks: TICKS, p50: Math.round(percentile(lastArrival, 50)), p99: Math.round(percentile(lastArrival, 99)), kibPerClient };
}
