import { priceHub, type PriceEvent } from '@/lib/prices/hub';

const HEARTBEAT_MS = 15_000;
const encoder = new TextEncoder();
const format = (event: PriceEvent) => `id: ${event.id}\nevent: ticks\ndata: ${JSON.stringify(event.ticks)}\n\n`;

/** Server-Sent Events: every tick the worker stores, pushed to the browser as it is committed. */
export async function GET(request: Request) {
  try {
    await priceHub.start();
  } catch {
    return new Response('Price stream unavailable', { status: 503, headers: { 'Retry-After': '5' } });
  }
  const lastEventId = Number(request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('lastEventId') ?? NaN);

  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      send('retry: 3000\n\n');
      if (Number.isSafeInteger(lastEventId)) {
        const missed = priceHub.since(lastEventId);
        if (missed === null) send('event: resync\ndata: {}\n\n');
        else missed.forEach((event) => send(format(event)));
      }
      const unsubscribe = priceHub.subscribe((event) => send(format(event)));
      const heartbeat = setInterval(() => send(`: heartbeat ${Date.now()}\n\n`), HEARTBEAT_MS);
      cleanup = () => {
        unsubscribe();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener('abort', () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
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
