import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { processWide } from './process-wide';
import * as schema from './schema';

// The one setting db/ reads for itself (it imports nothing from lib/); lib/env.ts validates it with the rest at
// startup. Empty counts as unset, as there.
export const databaseUrl = process.env.DATABASE_URL || undefined;

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
  if (databaseUrl) return postgres(databaseUrl, options);
  // Importing must work without a database (`next build` loads page modules); the first query fails clearly.
  // postgres.js documents the `socket` option but its types omit it.
  const failingSocket = {
    socket: () => {
      throw new Error(MISSING_URL);
    },
  };
  return postgres({ ...options, ...failingSocket });
}

type StatementObserver = (query: string, params: unknown[]) => void;
const pool = processWide('sql', () => ({ sql: connect(), observer: undefined as StatementObserver | undefined }));

/** The process's one pool (db/process-wide.ts). */
export const sql = pool.sql;

/**
 * Has `observer` hear every statement sent through `db`, in its sender's async context: lib/server/request-context.ts
 * counts them per request. Drizzle logs a statement as its caller sends it; postgres.js's `debug` hook would fire
 * when a connection takes it, which for a queued statement is in whichever request freed that connection.
 */
export function observeStatements(observer: StatementObserver) {
  pool.observer = observer;
}

export const db = drizzle({ client: sql, schema, logger: { logQuery: (query, params) => pool.observer?.(query, params) } });
export type Database = typeof db;
