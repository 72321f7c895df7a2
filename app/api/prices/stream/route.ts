import { isDraining } from '@/lib/server/draining';
import { priceHub, type HubMessage, type PriceEvent } from '@/lib/prices/hub';

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();
// Sent when this server stops: come back in a second (to this server's successor, or another instance).
const RECONNECT = 'retry: 1000\nevent: reconnect\ndata: {}\n\n';

// `snapshot` (a new stream's first event): the newest price of every coin, not news of a change.
// `resync` (back after an outage, or too far behind to replay): the client refetches the latest prices.
function format(message: Exclude<HubMessage, { type: 'reconnect' }> | { type: 'snapshot'; event: PriceEvent }): string {
  if (message.type === 'ticks' || message.type === 'snapshot') return `id: ${message.event.id}\nevent: ${message.type}\ndata: ${JSON.stringify(message.event.ticks)}\n\n`;
  return `event: ${message.type}\ndata: {}\n\n`;
}

/**
 * Server-Sent Events: every tick the worker stores, pushed to the browser as it is committed. The stream stays
 * open while the database is away (it says the prices are stale), because a browser gives up on an event
 * stream that answers with an error.
 */
export async function GET(request: Request) {
  priceHub.start();
  const lastEventId = Number(request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId') ?? NaN);
  const resuming = Number.isSafeInteger(lastEventId);
  // A new reader is told today's prices at once, not at the next tick (a cached page would say Stale until then);
  // this waits for the hub's first read from the database only, not for each stream.
  if (!resuming) await priceHub.latestReady();

  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const close = () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      if (isDraining()) {
        send(RECONNECT);
        return close();
      }
      send('retry: 3000\n\n');
      const snapshot = priceHub.snapshot();
      if (!resuming && snapshot.ticks.length > 0) send(format({ type: 'snapshot', event: snapshot }));
      if (priceHub.stale) send(format({ type: 'stale' }));
      if (resuming) {
        const missed = priceHub.since(lastEventId);
        if (missed === null) send(format({ type: 'resync' }));
        else missed.forEach((event) => send(format({ type: 'ticks', event })));
      }
      const unsubscribe = priceHub.subscribe((message) => {
        if (message.type !== 'reconnect') return send(format(message));
        send(RECONNECT);
        close();
      });
      const heartbeat = setInterval(() => send(`: heartbeat ${Date.now()}\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        unsubscribe();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener('abort', close);
    },
    cancel: () => cleanup(),
  });

  return new Response(stream, {
    headers: {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store, no-transform',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no',
    },
  });
}
