// The browser's view of live prices: one EventSource per tab, shared by every price on the page.
// Falls back to polling the cached JSON endpoint where EventSource is unavailable.

export type LiveQuote = { price: number; time: number; direction: 'up' | 'down' | null };
type WireTick = { s: string; p: number; t: string };

const POLL_MS = 5_000;
const quotes = new Map<string, LiveQuote>();
const listeners = new Set<() => void>();
let started = false;
// The server says its database is away: prices on screen are not live, whatever their age.
let stale = false;

function setStale(value: boolean) {
  if (value === stale) return;
  stale = value;
  listeners.forEach((listener) => listener());
}

function apply(ticks: WireTick[]) {
  for (const tick of ticks) {
    const previous = quotes.get(tick.s);
    const direction = !previous || tick.p === previous.price ? (previous?.direction ?? null) : tick.p > previous.price ? 'up' : 'down';
    quotes.set(tick.s, { price: tick.p, time: Date.parse(tick.t), direction });
  }
  listeners.forEach((listener) => listener());
}

async function fetchLatest() {
  try {
    const response = await fetch('/api/prices/latest', { cache: 'no-store' });
    if (response.ok) apply(await response.json());
  } catch {
    // Offline for now: the next poll or reconnect catches up.
  }
}

function start() {
  started = true;
  if (typeof EventSource === 'undefined') {
    setInterval(fetchLatest, POLL_MS);
    return;
  }
  connect();
}

const FIRST_RETRY_MS = 5_000;
const LAST_RETRY_MS = 60_000;
let retryMs = FIRST_RETRY_MS;

function connect() {
  // EventSource reconnects by itself and sends Last-Event-ID, so the server can replay what was missed.
  // A server that stops sends `reconnect` and ends the stream; EventSource then reconnects on its own.
  const source = new EventSource('/api/prices/stream');
  source.addEventListener('open', () => (retryMs = FIRST_RETRY_MS));
  // A new stream's first event: the newest price of every coin. Unlike a tick it says nothing of the server's health.
  source.addEventListener('snapshot', (event) => apply(JSON.parse((event as MessageEvent).data)));
  source.addEventListener('ticks', (event) => {
    setStale(false);
    apply(JSON.parse((event as MessageEvent).data));
  });
  source.addEventListener('stale', () => setStale(true));
  source.addEventListener('resync', () => {
    setStale(false);
    void fetchLatest();
  });
  // After an answer that is not a stream (a proxy's 502 during a deploy, say) EventSource gives up for good:
  // catch up from the JSON endpoint and open a new stream later, backing off while the failures go on.
  source.addEventListener('error', () => {
    if (source.readyState !== EventSource.CLOSED) return;
    void fetchLatest();
    setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, LAST_RETRY_MS);
  });
}

export function subscribe(listener: () => void) {
  listeners.add(listener);
  if (!started) start();
  return () => listeners.delete(listener);
}

export const getLiveQuote = (symbol: string) => quotes.get(symbol);

export const newestTickTime = () => Math.max(0, ...[...quotes.values()].map((q) => q.time));

export const isStale = () => stale;
