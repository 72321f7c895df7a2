import { sql } from '@/db';
import { databaseHealth } from '@/db/health';
import { PRICE_CHANNEL } from '@/db/queries/price-feed';
import { listLatestQuotes } from '@/db/queries/prices';
import { onDrain } from '@/lib/server/draining';
import { processWide } from '@/db/process-wide';

/** A tick as it travels from the worker to the browser: symbol, price, ISO time. */
export type WireTick = { s: string; p: number; t: string };
export type PriceEvent = { id: number; ticks: WireTick[] };
/** What an open stream is told: new ticks; prices are stale (database away); live again, so refetch; this server is stopping. */
export type HubMessage = { type: 'ticks'; event: PriceEvent } | { type: 'stale' } | { type: 'resync' } | { type: 'reconnect' };
type Listener = (message: HubMessage) => void;

const REPLAY_EVENTS = 500;

/**
 * One LISTEN per server process, fanned out to every open stream. Keeps the latest events so a client
 * that reconnects with Last-Event-ID gets what it missed instead of a gap, and the newest price of every coin
 * for a new stream's first event. Follows the database's health: streams hear that prices are stale while
 * PostgreSQL is away, and live again once the LISTEN is back.
 */
class PriceHub {
  private listeners = new Set<Listener>();
  private recent: PriceEvent[] = [];
  private latest = new Map<string, WireTick>();
  private latestRead: Promise<void> = Promise.resolve();
  // Ids grow across restarts too, so an old Last-Event-ID is never mistaken for a future one.
  private sequence = Date.now();
  private started = false;
  stale = false;

  start() {
    if (this.started) return;
    this.started = true;
    databaseHealth.watch((up) => {
      if (!up) this.setStale(true);
    });
    onDrain(() => this.broadcast({ type: 'reconnect' }));
    // Read at once for the first streams, and again each time the LISTEN is in place (postgres.js keeps retrying
    // one whose connection failed or dropped, the first attempt included): no tick stored before it was is missed.
    this.readLatest();
    const listening = () => {
      this.setStale(false);
      this.readLatest();
    };
    sql.listen(PRICE_CHANNEL, (payload) => this.publish(JSON.parse(payload) as WireTick[]), listening).catch(() => this.setStale(true));
  }

  // Bounded by the pool's connect and statement timeouts; a failed read leaves what the hub already knew.
  private readLatest() {
    this.latestRead = listLatestQuotes().then(
      (quotes) => this.remember(quotes.map((q) => ({ s: q.symbol, p: q.priceUsd, t: q.asOf.toISOString() }))),
      () => {},
    );
  }

  /** Keeps each coin's newest tick; a read from the database that finishes late does not undo a newer one. */
  private remember(ticks: WireTick[]) {
    for (const tick of ticks) {
      const known = this.latest.get(tick.s);
      if (!known || Date.parse(tick.t) >= Date.parse(known.t)) this.latest.set(tick.s, tick);
    }
  }

  private setStale(stale: boolean) {
    if (stale === this.stale) return;
    this.stale = stale;
    this.broadcast({ type: stale ? 'stale' : 'resync' });
  }

  private publish(ticks: WireTick[]) {
    this.setStale(false);
    const event = { id: ++this.sequence, ticks };
    this.remember(ticks);
    this.recent.push(event);
    if (this.recent.length > REPLAY_EVENTS) this.recent.shift();
    this.broadcast({ type: 'ticks', event });
  }

  private broadcast(message: HubMessage) {
    for (const listener of this.listeners) listener(message);
  }

  /** Resolves once the latest prices have been read from the database (or the read failed). */
  latestReady(): Promise<void> {
    return this.latestRead;
  }

  /** The newest price of every coin, as of the last event sent (its id). */
  snapshot(): PriceEvent {
    return { id: this.sequence, ticks: [...this.latest.values()] };
  }

  /** Events after `lastEventId`, or null when they are no longer kept (the client must resync). */
  since(lastEventId: number): PriceEvent[] | null {
    if (lastEventId >= this.sequence) return [];
    const first = this.recent[0];
    if (!first || first.id > lastEventId + 1) return null;
    return this.recent.filter((e) => e.id > lastEventId);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export const priceHub = processWide('priceHub', () => new PriceHub());
