// "This server is stopping": raised by lib/web-server.ts on SIGTERM, heard by the price streams inside the
// Next.js bundle. The two load separate copies of this module, so the state lives on globalThis.
type Drain = { draining: boolean; listeners: Set<() => void> };

const globalForDrain = globalThis as typeof globalThis & { tickerwireDrain?: Drain };
const drain = (globalForDrain.tickerwireDrain ??= { draining: false, listeners: new Set() });

export const isDraining = () => drain.draining;

export function onDrain(listener: () => void): () => void {
  drain.listeners.add(listener);
  return () => drain.listeners.delete(listener);
}

export function startDraining() {
  if (drain.draining) return;
  drain.draining = true;
  drain.listeners.forEach((listener) => listener());
}
