import { sql } from '@/db';
import { PRICE_CHANNEL } from '@/db/queries/price-feed';

/** A tick as it travels from the worker to the browser: symbol, price, ISO time. */
export type WireTick = { s: string; p: number; t: string };
export type PriceEvent = { id: number; ticks: WireTick[] };
type Listener = (event: PriceEvent) => void;

const REPLAY_EVENTS = 500;

/**
 * One LISTEN per server process, fanned out to every open stream. Keeps the latest events so a client
 * that reconnects with Last-Event-ID gets what it missed instead of a gap.
 */
class PriceHub {
  private listeners = new Set<Listener>();
  private recent: PriceEvent[] = [];
  // Ids grow across restarts too, so an old Last-Event-ID is never mistaken for a future one.
  private sequence = Date.now();
  private listening: Promise<unknown> | null = null;
  lastTickAt: Date | null = null;

  start(): Promise<unknown> {
    this.listening ??= sql
      .listen(PRICE_CHANNEL, (payload) => this.publish(JSON.parse(payload) as WireTick[]))
      .catch((error) => {
        this.listening = null;
        throw error;
      });
    return this.listening;
  }

  private publish(ticks: WireTick[]) {
    const event = { id: ++this.sequence, ticks };
    this.lastTickAt = new Date();
    this.recent.push(event);
    if (this.recent.length > REPLAY_EVENTS) this.recent.shift();
    for (const listener of this.listeners) listener(event);
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

  get clients() {
    return this.listeners.size;
  }
}

const globalForHub = globalThis as typeof globalThis & { tickerwirePriceHub?: PriceHub };
export const priceHub = (globalForHub.tickerwirePriceHub ??= new PriceHub());
