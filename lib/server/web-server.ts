// The web server `npm start` runs as a child of lib/server/portal.ts: Next.js behind a plain Node.js HTTP server
// (Next's documented custom server), so that this process gives every request an id and a log line, decides the
// client's address, decides what a visitor gets while the database is away, and how in-flight requests end when
// it is told to stop. `next start` has a hook for none of these.
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import next from 'next';
import { sql } from '@/db';
import { databaseHealth } from '@/db/health';
import { CLIENT_IP_HEADER, clientAddress } from '@/lib/server/client-ip';
import { limitConnectionsPerClient } from '@/lib/server/connection-limit';
import { startDraining } from '@/lib/server/draining';
import { registerSharedDocuments } from '@/lib/collab/live-documents';
import { searchResults } from '@/lib/content/search-results';
import { collabRelay } from '@/lib/collab/relay';
import { COLLAB_PATH, createCollabServer } from '@/lib/collab/server';
import { env, siteUrl } from '@/lib/env';
import { flushLog, log, routeConsoleToLog } from '@/lib/log';
import { followInvalidations } from '@/lib/server/page-cache/invalidations';
import { noncePlaceholder } from '@/lib/server/page-cache/nonce';
import { SharedTier } from '@/lib/server/page-cache/shared-tier';
import { PageStore } from '@/lib/server/page-cache/store';
import { createRateLimiter } from '@/lib/server/rate-limit';
import { lostDatabase } from '@/lib/server/request-context';
import { withRequestLog } from '@/lib/server/request-log';
import { createPipeline } from '@/lib/server/pipeline';

routeConsoleToLog();
const DRAIN_MS = 10_000;
// Plus the database check's own 2 s: a visitor hears within 5 s even from a database that stopped answering.
const RESPONSE_DEADLINE_MS = 2_000;

let draining = false;
const open = new Set<ServerResponse>();
// While draining, a kept-alive connection closes after its answer, so the client's next request goes elsewhere.
function closeAfterAnswer(response: ServerResponse) {
  if (!response.headersSent) response.setHeader('Connection', 'close');
}

// Slow clients: headers and whole requests have deadlines, checked every 0.5 to 2.5 s (Node's default check every
// 30 s would let a slow connection run far past them).
const serverOptions = {
  headersTimeout: env.HTTP_HEADERS_TIMEOUT_SECONDS * 1000,
  requestTimeout: env.HTTP_REQUEST_TIMEOUT_SECONDS * 1000,
  connectionsCheckingInterval: Math.min(env.HTTP_HEADERS_TIMEOUT_SECONDS * 1000, 5_000) / 2,
};

const server = createServer(serverOptions, (request, response) => {
  request.headers[CLIENT_IP_HEADER] = clientAddress(request.headers['x-forwarded-for'], request.socket.remoteAddress, env.TRUSTED_PROXY_HOPS);
  if (draining) closeAfterAnswer(response);
  // The request log, draining and Next.js each wait for 'close'; Next.js alone may add several.
  response.setMaxListeners(20);
  open.add(response);
  response.once('close', () => open.delete(response));
  requests.listener(request, response);
});
// Behind trusted proxies every connection is a proxy's: the cap would throttle all readers as one.
if (env.MAX_CONNECTIONS_PER_CLIENT > 0 && env.TRUSTED_PROXY_HOPS === 0) {
  limitConnectionsPerClient(server, env.MAX_CONNECTIONS_PER_CLIENT, (address) => log('connection_refused', { address, reason: 'too many open connections' }, 'warn'));
}
server.on('error', async (error) => {
  log('fatal', { message: error.message });
  await flushLog();
  process.exit(1);
});
// Writing together: WebSocket upgrades on one path; every other upgrade is refused. Instances of one deployment
// (one database) relay each other's edits through Redis, so co-editors on different instances see each other.
const collab = createCollabServer({
  secret: env.AUTH_SECRET!,
  secureCookies: siteUrl.startsWith('https://'),
  extensions: env.REDIS_URL ? [collabRelay(env.REDIS_URL, databaseNamespace())] : [],
  log,
});
registerSharedDocuments(collab);
server.on('upgrade', (request, socket, head) => {
  if (!draining && new URL(request.url ?? '/', 'http://upgrade').pathname === COLLAB_PATH) collab.handleUpgrade(request, socket, head);
  else socket.destroy();
});
const app = next({ dev: false, dir: process.cwd(), hostname: env.HOST, port: env.PORT, httpServer: server });
const renderWithNext = app.getRequestHandler();
// Instances on one database are one deployment, and each build its own generation of pages.
function databaseNamespace() {
  const database = new URL(env.DATABASE_URL ?? 'postgres://localhost/');
  return `${database.host}${database.pathname}`;
}
const cacheNamespace = () => `${databaseNamespace()}:${readFileSync('.next/BUILD_ID', 'utf8').trim()}`;
const pageStore = new PageStore();
const shared = env.REDIS_URL ? new SharedTier(env.REDIS_URL, cacheNamespace(), env.AUTH_SECRET!, (error) => log('page_cache_redis_error', { error: error.message }, 'warn')) : undefined;
const requests = withRequestLog(
  createPipeline({
    render: (request, response, parsedUrl) => renderWithNext(request, response, parsedUrl),
    store: pageStore,
    shared,
    placeholder: noncePlaceholder(env.AUTH_SECRET),
    database: { up: () => databaseHealth.up, reachable: (notBefore) => databaseHealth.check(notBefore), lost: lostDatabase },
    deadlineMs: RESPONSE_DEADLINE_MS,
    limitSearches: env.SEARCH_RATE_BURST > 0 ? createRateLimiter({ burst: env.SEARCH_RATE_BURST, perSecond: env.SEARCH_RATE_PER_SECOND }) : undefined,
  }),
);

/** Stop taking connections, let what is in flight finish (10 s at most), then exit. */
async function drain(reason: string) {
  if (draining) return;
  draining = true;
  log('draining', { reason, inFlight: open.size });
  server.close();
  server.closeIdleConnections();
  open.forEach(closeAfterAnswer);
  // Price streams never end by themselves: they tell their browsers to reconnect, then close. Views not yet
  // counted are written.
  const listenersDone = startDraining();
  // Shared documents are stored before their connections close; the editors reconnect to another instance.
  await collab.close();
  const deadline = Date.now() + DRAIN_MS;
  while (open.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  if (open.size > 0) log('drain_timeout', { cutOff: open.size });
  server.closeAllConnections();
  // The request lines of the last answers are written on their sockets' close, after the server's.
  await requests.settled();
  await listenersDone;
  await app.close();
  shared?.close();
  log('drained');
  await flushLog();
  process.exit(0);
}

for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) process.on(signal, () => void drain(signal));
// The launcher holds an IPC channel open; if it dies without a word (SIGKILL), do not live on without it.
process.on('disconnect', () => void drain('launcher gone'));

await app.prepare();
void followInvalidations(sql, [pageStore, searchResults], { watchDatabase: (watcher) => databaseHealth.watch(watcher), log: (tags) => log('pages_invalidated', { tags }) }).catch((error: unknown) => log('page_invalidations_error', { error }));
server.listen(env.PORT, env.HOST, () => {
  log('serving', { url: `http://${env.HOST === '127.0.0.1' ? 'localhost' : env.HOST}:${env.PORT}` });
});
