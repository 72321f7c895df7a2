import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { observeStatements } from '@/db';
import { processWide } from '@/db/process-wide';

/**
 * What one request carries: its id, how many SQL statements it has sent and, when asked (EXPLAIN), the statements;
 * and whether a connection to PostgreSQL failed under it.
 */
export type RequestContext = { requestId: string; dbQueries: number; statements?: { sql: string; params: unknown[] }[]; lostDatabase?: boolean };

// The web server opens the context, code in Next's bundle adds to it: one store for both (db/process-wide.ts).
const store = processWide('requestContext', () => new AsyncLocalStorage<RequestContext>());
observeStatements(noteStatement);

// A proxy's id (a UUID, a hex or base64url token) is kept; anything else could forge or garble log lines.
const TRUSTED_REQUEST_ID = /^[A-Za-z0-9_-]{8,64}$/;

/** The id a request is known by: the caller's X-Request-Id when it is a plain token, else a new UUID. */
export function requestIdFor(header: string | string[] | undefined): string {
  return typeof header === 'string' && TRUSTED_REQUEST_ID.test(header) ? header : randomUUID();
}

export const newRequestContext = (requestId: string): RequestContext => ({ requestId, dbQueries: 0 });

/** Runs `handle` so that every log line written and every statement sent while it (and whatever it awaits) runs is the request's. */
export function runInRequestContext<T>(context: RequestContext, handle: () => T): T {
  return store.run(context, handle);
}

export const currentRequestId = (): string | undefined => store.getStore()?.requestId;

/** Counts a statement sent on behalf of the current request, if any. */
export function noteStatement(sql: string, params: unknown[]) {
  const context = store.getStore();
  if (!context) return;
  context.dbQueries += 1;
  context.statements?.push({ sql, params });
}

/** Notes that the current request's work failed on its connection to PostgreSQL (instrumentation.ts). */
export function noteLostDatabase() {
  const context = store.getStore();
  if (context) context.lostDatabase = true;
}

export const lostDatabase = (): boolean => store.getStore()?.lostDatabase === true;

const MAX_PATH = 512;

/** A URL as logs may show it: the path, and only the names of query parameters, whose values may be secrets. */
export function describeUrl(url: string): { path: string; query?: string[] } {
  const at = url.indexOf('?');
  const path = (at === -1 ? url : url.slice(0, at)).slice(0, MAX_PATH);
  if (at === -1) return { path };
  const names = new Set([...new URLSearchParams(url.slice(at + 1)).keys()].map((name) => name.slice(0, 64)));
  return { path, query: [...names].slice(0, 20) };
}
