import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { env } from '@/lib/env';
import { noteStatement } from '@/lib/request-context';
import * as schema from './schema';

const MISSING_URL = 'DATABASE_URL is not set. Start the portal with `npm start` (it runs an embedded PostgreSQL) or set DATABASE_URL.';

function connect() {
  // Bounded everywhere, so an unreachable or stuck database turns into a quick error, never a hung request:
  // connecting gives up after 3 s, a statement after 5 s, a transaction left idle after 10 s. Reconnects back off
  // to at most 1 s, so the price stream's LISTEN is back within a second of PostgreSQL.
  const options = {
    max: 10,
    idle_timeout: 30,
    connect_timeout: 3,
    backoff: (attempt: number) => Math.min(0.05 * 2 ** attempt, 1),
    connection: { statement_timeout: 5_000, idle_in_transaction_session_timeout: 10_000 },
    onnotice: () => {},
  };
  if (env.DATABASE_URL) return postgres(env.DATABASE_URL, options);
  // Importing must work without a database (`next build` loads page modules); the first query fails clearly.
  // postgres.js documents the `socket` option but its types omit it.
  const failingSocket = {
    socket: () => {
      throw new Error(MISSING_URL);
    },
  };
  return postgres({ ...options, ...failingSocket });
}

// One pool per process; kept on globalThis so dev-mode module reloads do not open new pools.
const globalForDb = globalThis as typeof globalThis & { tickerwireSql?: postgres.Sql };
export const sql = (globalForDb.tickerwireSql ??= connect());
// Drizzle logs a statement as its caller sends it, so it counts for the request that asked. postgres.js's `debug`
// hook fires when a connection takes the statement, which for a queued one is in whichever request freed it.
export const db = drizzle({ client: sql, schema, logger: { logQuery: noteStatement } });
export type Database = typeof db;
