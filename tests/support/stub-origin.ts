import { randomBytes } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

const publicFor = (staleSeconds = 59) => `public, max-age=0, s-maxage=1, stale-while-revalidate=${staleSeconds}`;
const PRIVATE = 'private, no-cache, no-store, max-age=0, must-revalidate';

/**
 * A stand-in for the portal that keeps its caching contract: public pages under /news/ (numbered per path, with a
 * CSP nonce in the header and the HTML; 404 once taken down), a private newsroom page, a public-looking page that
 * sets a cookie, the view beacon, the price stream (an event every 100 ms), /whoami echoing the forwarding
 * headers and a WebSocket at /collab. It counts requests.
 */
export async function startStubOrigin() {
  const counts = new Map<string, number>();
  const count = (key: string) => {
    const n = (counts.get(key) ?? 0) + 1;
    counts.set(key, n);
    return n;
  };
  const state = { unavailable: false, openStreams: 0 };
  const staleWindows = new Map<string, number>();
  const takenDown = new Map<string, string>();

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://origin');
    const n = count(`${request.method} ${url.pathname}`);
    if (request.method === 'POST') return echoBody(request, response, n);
    if (state.unavailable && url.pathname.startsWith('/news/')) return unavailable(response);
    const gone = takenDown.get(url.pathname);
    if (gone) return response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': gone }).end('not found');
    if (url.pathname.startsWith('/news/')) return publicPage(response, url.pathname, n, staleWindows.get(url.pathname), request.headers.rsc === '1');
    if (url.pathname === '/admin/account') return page(response, PRIVATE, `private answer ${n}`);
    if (url.pathname === '/welcome') return page(response, publicFor(), `welcome ${n}`, { 'Set-Cookie': `visitor=${n}; Path=/; HttpOnly` });
    if (url.pathname === '/whoami') return whoami(response, request.headers);
    if (url.pathname === '/api/prices/stream') return priceStream(response, state);
    response.writeHead(404).end();
  });
  // The editors' WebSocket: the first message says which forwarding headers arrived, then every message is echoed.
  const sockets = new WebSocketServer({ noServer: true });
  server.on('upgrade', (request, socket, head) => {
    if (request.url !== '/collab') return socket.destroy();
    sockets.handleUpgrade(request, socket, head, (websocket) => {
      websocket.send(JSON.stringify({ forwardedFor: request.headers['x-forwarded-for'], host: request.headers.host }));
      websocket.on('message', (data) => websocket.send(String(data)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    /** Requests the origin received for `method path`, e.g. `GET /news/burst`. */
    requests: (key: string) => counts.get(key) ?? 0,
    openStreams: () => state.openStreams,
    /** Public pages answer 503 "We'll be right back", as the portal does while PostgreSQL is away. */
    becomeUnavailable: () => (state.unavailable = true),
    /** The page's `stale-while-revalidate` from now on, in seconds (the portal's is 59). */
    setStaleWindow: (path: string, seconds: number) => staleWindows.set(path, seconds),
    /** The page answers 404 from now on, public (cacheable for a second like a page) or private. */
    takeDown: (path: string, { cacheable }: { cacheable: boolean }) => takenDown.set(path, cacheable ? publicFor() : PRIVATE),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function page(response: ServerResponse, cacheControl: string, body: string, headers: Record<string, string> = {}) {
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': cacheControl, ...headers }).end(body);
}

// Next.js's Vary for app pages: a client-side navigation (RSC: 1) gets the page's React payload, not its HTML.
const VARY = 'rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch';

// Long enough for gzip (1 KB and up), with the nonce where Next.js puts it.
function publicPage(response: ServerResponse, pathname: string, version: number, staleSeconds?: number, rsc = false) {
  if (rsc) return page(response, publicFor(staleSeconds), `rsc payload ${version}`, { 'Content-Type': 'text/x-component', Vary: VARY });
  const nonce = randomBytes(16).toString('base64');
  const body = `<!doctype html><title>${pathname}</title><p>version ${version}</p>${'<p>Markets moved.</p>'.repeat(80)}<script nonce="${nonce}">0</script>`;
  page(response, publicFor(staleSeconds), body, { 'Content-Security-Policy': `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`, Vary: VARY });
}

function unavailable(response: ServerResponse) {
  response.writeHead(503, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': '5' }).end("We'll be right back");
}

function whoami(response: ServerResponse, headers: IncomingHttpHeaders) {
  const seen = { forwardedFor: headers['x-forwarded-for'], forwardedProto: headers['x-forwarded-proto'], host: headers.host };
  response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': PRIVATE }).end(JSON.stringify(seen));
}

function echoBody(request: NodeJS.ReadableStream, response: ServerResponse, n: number) {
  let body = '';
  request.on('data', (chunk) => (body += chunk));
  request.on('end', () => response.writeHead(200, { 'Content-Type': 'text/plain', 'Cache-Control': PRIVATE }).end(`received ${n}: ${body}`));
}

function priceStream(response: ServerResponse, state: { openStreams: number }) {
  state.openStreams++;
  response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store, no-transform' });
  let tick = 0;
  const timer = setInterval(() => response.write(`event: tick\ndata: ${++tick}\n\n`), 100);
  response.on('close', () => {
    clearInterval(timer);
    state.openStreams--;
  });
}
