import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from '@/db';
import { deleteCandlesBefore, deleteTicksBefore, loadTrackedCoins, rollUpCandles, storeTicks } from '@/db/queries/price-feed';
import * as schema from '@/db/schema';
import type { PriceProvider, Tick } from './types';
import { defaultTickRules, jumpReference, validateQuote, type TickRules } from './validate';

// Arbitrary constant: the advisory lock whose holder is the one ingesting instance.
export const LEADER_LOCK = 7_316_100;
const RAW_TICK_RETENTION_MS = 48 * 3_600_000;
// The 30-day chart is drawn from 5-minute candles; older ones are only ever read as daily candles.
const FIVE_MINUTE_CANDLE_RETENTION_MS = 31 * 86_400_000;
const ROLLUP_EVERY_MS = 60_000;

export type WorkerLog = (event: string, fields?: Record<string, unknown>) => void;

export type PriceWorkerOptions = {
  databaseUrl: string;
  provider: PriceProvider;
  intervalMs: number;
  rules?: TickRules;
  log?: WorkerLog;
};

const bucketCeil = (time: Date, widthMs: number) => new Date(Math.ceil(time.getTime() / widthMs) * widthMs);

/**
 * Ingests prices every `intervalMs` while this process holds the leader lock. Every instance runs one;
 * the others keep trying the lock, so when the leader dies (its session ends) one takes over within an interval.
 */
export function startPriceWorker({ databaseUrl, provider, intervalMs, rules = defaultTickRules, log = () => {} }: PriceWorkerOptions) {
  const client = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  const db: Database = drizzle({ client, schema });
  let lockClient: { sql: postgres.Sql; closed: boolean } | null = null;
  let leader = false;
  let lastRollup = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();

  // The lock lives on a one-connection client of its own, replaced once that connection closes (the lock went
  // with it). Not a reserved pool connection: postgres.js takes the process down when one is queried after
  // its connection closed (porsager/postgres#1208), which a database restart does.
  function openLockClient() {
    const lock = { sql: postgres(databaseUrl, { max: 1, max_lifetime: null, onnotice: () => {}, onclose: () => (lock.closed = true) }), closed: false };
    return lock;
  }

  async function holdLeadership(): Promise<boolean> {
    if (lockClient?.closed) {
      void lockClient.sql.end({ timeout: 0 });
      lockClient = null;
      if (leader) log('price_worker_leadership_lost');
      leader = false;
    }
    if (leader) return true;
    lockClient ??= openLockClient();
    const [row] = await lockClient.sql<{ locked: boolean }[]>`select pg_try_advisory_lock(${LEADER_LOCK}) as locked`;
    if (!row?.locked) return false;
    leader = true;
    log('price_worker_leader', { provider: provider.name });
    await catchUpCandles();
    return true;
  }

  async function catchUpCandles() {
    const [row] = await db.execute<{ first: string | null }>(sql`select min(time) as first from price_ticks`);
    if (!row?.first) return;
    const first = new Date(row.first);
    await rollUpCandles(db, '5m', bucketCeil(first, 5 * 60_000));
    await rollUpCandles(db, '1d', bucketCeil(first, 86_400_000));
    lastRollup = Date.now();
  }

  async function ingest() {
    const now = new Date();
    const { coins, latest } = await loadTrackedCoins(db);
    const quotes = await provider.fetchQuotes(coins, latest);
    const ticks: Tick[] = [];
    for (const quote of quotes) {
      const verdict = validateQuote(quote, jumpReference(latest.get(quote.symbol), now), now, rules);
      if (verdict.ok) ticks.push(verdict.tick);
      else log('price_tick_rejected', { symbol: quote.symbol, reason: verdict.reason });
    }
    await storeTicks(db, ticks);
    if (Date.now() - lastRollup >= ROLLUP_EVERY_MS) {
      const since = new Date(Date.now() - 15 * 60_000);
      await rollUpCandles(db, '5m', since);
      await rollUpCandles(db, '1d', since);
      const removed = await deleteTicksBefore(db, new Date(Date.now() - RAW_TICK_RETENTION_MS));
      const candlesRemoved = await deleteCandlesBefore(db, '5m', new Date(Date.now() - FIVE_MINUTE_CANDLE_RETENTION_MS));
      lastRollup = Date.now();
      if (removed) log('price_ticks_retired', { removed });
      if (candlesRemoved) log('price_candles_retired', { interval: '5m', removed: candlesRemoved });
    }
  }

  async function cycle() {
    try {
      if (await holdLeadership()) await ingest();
    } catch (error) {
      // An outage of the provider or the database: the last good prices stay, and the next cycle tries again.
      log('price_worker_error', { error: (error as Error).message });
    }
    if (!stopped) timer = setTimeout(() => (running = cycle()), intervalMs);
  }

  running = cycle();

  return {
    isLeader: () => leader,
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await Promise.all([lockClient?.sql.end({ timeout: 5 }), client.end({ timeout: 5 })]);
    },
  };
}
