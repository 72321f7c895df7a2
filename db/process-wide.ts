/**
 * What the web server and the Next.js app share within one process, and the only place it is kept. The web
 * server (compiled into .next/portal/ by `npm run build`) and the app (bundled by Next) each load their own copy
 * of every module they use, so an instance held by a module would exist twice: two connection pools, a request
 * store the other copy cannot read, a drain the app never hears of. Each of these is made once, by whichever copy
 * asks first, and both copies get the same one:
 *
 * - `sql`: the connection pool and what observes its statements (db/index.ts)
 * - `databaseHealth`: the database monitor (db/health.ts)
 * - `requestContext`: the running request's id and statement count (lib/server/request-context.ts)
 * - `cacheDeclaration`: what the page being rendered said about caching (lib/server/page-cache/declare.ts)
 * - `drain`: "this server is stopping" (lib/server/draining.ts)
 * - `priceHub`: the latest prices and their listeners (lib/prices/hub.ts)
 * - `logger`: the log stream (lib/log.ts)
 * - `sharedDocuments`: the pieces' shared documents the web server serves (lib/collab/live-documents.ts)
 * - `searchResults`: search results kept briefly, which the web server drops on announcements (lib/content/search-results.ts)
 *
 * `next dev` also reloads modules as files change; these survive that too.
 */
type Name = 'sql' | 'databaseHealth' | 'requestContext' | 'cacheDeclaration' | 'drain' | 'priceHub' | 'logger' | 'sharedDocuments' | 'searchResults';

const KEY = Symbol.for('tickerwire.process-wide');
const holder = globalThis as typeof globalThis & { [KEY]?: Map<Name, unknown> };
const instances = (holder[KEY] ??= new Map());

/** This process's one `name`, made by `create` the first time any copy asks. Each name has one caller. */
export function processWide<T>(name: Name, create: () => T): T {
  if (!instances.has(name)) instances.set(name, create());
  return instances.get(name) as T;
}
