import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { publishDuePieces, renderOutdatedBodies } from '@/db/queries/pieces';
import * as schema from '@/db/schema';
import type { WorkerLog } from '@/lib/prices/worker';
import { bodyRenderer } from '@/lib/content/body';

/**
 * Publishes scheduled pieces when they fall due. The database decides what is due, and the first sweep runs
 * at start-up, so a piece due while the portal was down goes live as soon as it is back. From start-up until a sweep
 * stores none, it also stores the HTML of bodies that lack it from the current renderer (after an upgrade or a
 * renderer change): a small batch per sweep, sweeps back to back, so the price worker beside it is never held up long.
 */
export function startScheduler({ databaseUrl, intervalMs = 5_000, log = () => {} }: { databaseUrl: string; intervalMs?: number; log?: WorkerLog }) {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const db = drizzle({ client, schema });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  let bodiesOutdated = true;

  async function sweep() {
    let stored = 0;
    try {
      for (const piece of await publishDuePieces(db)) {
        log(piece.lateSeconds > 60 ? 'scheduled_piece_published_late' : 'scheduled_piece_published', { ...piece });
      }
      if (bodiesOutdated) {
        stored = await renderOutdatedBodies(bodyRenderer, db);
        bodiesOutdated = stored > 0;
        if (stored) log('bodies_rendered', { count: stored });
      }
    } catch (error) {
      log('scheduler_error', { error: (error as Error).message });
    }
    if (!stopped) timer = setTimeout(() => (running = sweep()), stored ? 0 : intervalMs);
  }
  running = sweep();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
      await client.end({ timeout: 5 });
    },
  };
}
