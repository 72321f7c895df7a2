// "This server is stopping": raised by lib/server/web-server.ts on SIGTERM, heard by the price streams inside the
// Next.js bundle: process-wide (db/process-wide.ts).
// A listener may return a promise: the server waits for it (the view counter's last flush) before it exits.
import { processWide } from '@/db/process-wide';

type Listener = () => void | Promise<unknown>;
type Drain = { draining: boolean; listeners: Set<Listener>; done?: Promise<void> };

const drain = processWide<Drain>('drain', () => ({ draining: false, listeners: new Set() }));

export const isDraining = () => drain.draining;

export function onDrain(listener: Listener): () => void {
  drain.listeners.add(listener);
  return () => drain.listeners.delete(listener);
}

/** Tells every listener; resolves when what they started has finished. */
export function startDraining(): Promise<void> {
  if (!drain.done) {
    drain.draining = true;
    drain.done = Promise.allSettled([...drain.listeners].map((listener) => listener())).then(() => undefined);
  }
  return drain.done;
}
