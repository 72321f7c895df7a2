import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { publishDuePieces } from '@/db/queries/pieces';
import * as schema from '@/db/schema';
import type { WorkerLog } from '@/lib/prices/worker';

/**
 * Publishes scheduled pieces when they fall due. The database decides what is due, and the first sweep runs
 * at start-up, so a piece due while the portal was down goes live as soon as it is back.
 */
export function startScheduler({ databaseUrl, intervalMs = 5_000, log = () => {} }: { databaseUrl: string; intervalMs?: number; log?: WorkerLog }) {
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const db = drizzle({ client, schema });
  let timer: NodeJS.Timeout | undefined;
  let stopped = false;
  let running: Promise<void> = Promise.resolve();

  async function sweep() {
    try {
      for (const piece of await publishDuePieces(db)) {
        log(piece.lateSeconds > 60 ? 'scheduled_piece_published_late' : 'scheduled_piece_published', { ...piece });
      }
    } catch (error) {
      log('scheduler_error', { error: (error as Error).message });
    }
    if (!stopped) timer = setTimeout(() => (running = sweep()), intervalMs);
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
