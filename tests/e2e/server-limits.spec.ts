// What the web server holds against slow and greedy clients, and its cookies behind https: on a portal of this
// file's own (tests/support/portal-process.ts) with short timeouts and a small connection cap. Needs the build.
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { expect, test } from '@playwright/test';
import { createDatabase, dropDatabase, openTestServer, uniqueDatabaseName } from '../support/database';
import { makeDataDir, startPortal, stopPortal, type Portal } from '../support/portal-process';

test.describe.configure({ mode: 'serial' });
test.setTimeout(120_000);

const HEADERS_TIMEOUT_S = 2;
const REQUEST_TIMEOUT_S = 4;
const CAP = 20;
const SITE = 'https://news.example.test';

let portal: Portal;
let cleanUp: () => Promise<void>;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  const server = await openTestServer();
  const name = uniqueDatabaseName('tw_limits');
  const data = await makeDataDir();
  portal = await startPortal({
    dataDir: data.dir,
    databaseUrl: await createDatabase(server.url, name),
    env: {
      SITE_URL: SITE,
      HTTP_HEADERS_TIMEOUT_SECONDS: String(HEADERS_TIMEOUT_S),
      HTTP_REQUEST_TIMEOUT_SECONDS: String(REQUEST_TIMEOUT_S),
      MAX_CONNECTIONS_PER_CLIENT: String(CAP),
    },
  });
  cleanUp = async () => {
    await stopPortal(portal);
    await dropDatabase(server.url, name);
    await server.stop();
    await data.remove();
  };
});

test.afterAll(async () => cleanUp?.());

type Open = { socket: Socket; received: () => string; closedAfterMs: Promise<number> };

/** A raw connection to the portal that records what it is sent and when the server closes it. */
async function open(): Promise<Open> {
  const socket = connect(Number(new URL(portal.url).port), '127.0.0.1');
  const started = Date.now();
  let received = '';
  socket.on('data', (chunk) => (received += chunk.toString()));
  // The server may reset a connection it cut off while the client still sends (ECONNRESET): a close all the same.
  socket.on('error', () => {});
  const closedAfterMs = new Promise<number>((resolve) => socket.once('close', () => resolve(Date.now() - started)));
  await once(socket, 'connect');
  return { socket, received: () => received, closedAfterMs };
}

/** Writes a byte every 300 ms until the server answers or closes: a client that never finishes its request. */
function trickle(socket: Socket, byte: string) {
  const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write(byte)), 300);
  const stop = () => clearInterval(timer);
  socket.once('data', stop);
  socket.once('close', stop);
}

const WITHIN_MS = (seconds: number) => seconds * 1000 + 3_000; // the timeout, plus the server's check interval and slack

test('slow headers and slow bodies are cut off at the configured timeouts', async () => {
  const slowHeaders = await Promise.all(Array.from({ length: 8 }, open));
  for (const { socket } of slowHeaders) {
    socket.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n');
    trickle(socket, 'X');
  }
  const slowBodies = await Promise.all(Array.from({ length: 8 }, open));
  for (const { socket } of slowBodies) {
    socket.write('POST /api/views HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
    trickle(socket, ' ');
  }
  for (const connection of slowHeaders) {
    const ms = await connection.closedAfterMs;
    expect(ms).toBeGreaterThanOrEqual(HEADERS_TIMEOUT_S * 1000 - 100);
    expect(ms).toBeLessThan(WITHIN_MS(HEADERS_TIMEOUT_S));
    expect(connection.received()).toMatch(/^HTTP\/1\.1 408/);
  }
  for (const connection of slowBodies) {
    const ms = await connection.closedAfterMs;
    expect(ms).toBeGreaterThanOrEqual(REQUEST_TIMEOUT_S * 1000 - 100);
    expect(ms).toBeLessThan(WITHIN_MS(REQUEST_TIMEOUT_S));
  }
  // The portal serves on.
  expect((await fetch(`${portal.url}/api/health`)).status).toBe(200);
});

test(`one address holds at most ${CAP} connections; the next is closed at once, and others are served`, async () => {
  const held = await Promise.all(Array.from({ length: CAP }, open));
  const extra = await open();
  expect(await extra.closedAfterMs).toBeLessThan(HEADERS_TIMEOUT_S * 1000);
  expect(extra.received()).toBe('');
  // The log is written asynchronously (pino): the line may come a moment after the close.
  await expect.poll(() => portal.output.some((line) => line.includes('"event":"connection_refused"'))).toBe(true);
  // The held ones were not closed for it: one of them still gets an answer.
  held[0]!.socket.write('GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n');
  await held[0]!.closedAfterMs;
  expect(held[0]!.received()).toMatch(/^HTTP\/1\.1 200/);
  for (const { socket } of held) socket.destroy();
  await Promise.all(held.map((h) => h.closedAfterMs));
  expect((await fetch(`${portal.url}/api/health`)).status).toBe(200);
});

test('a body larger than its route takes is refused before it is read', async () => {
  // 50 MB announced to the 1 KB beacon: answered at once, with only the headers sent.
  const greedy = await open();
  greedy.socket.write('POST /api/views HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 52428800\r\n\r\n');
  await greedy.closedAfterMs;
  expect(greedy.received()).toMatch(/^HTTP\/1\.1 413/);
  expect(greedy.received()).toContain('larger than this address accepts (1024 bytes)');

  const chunked = await fetch(`${portal.url}/api/views`, {
    method: 'POST',
    body: new ReadableStream({ start: (c) => (c.enqueue(new TextEncoder().encode('{"articleId":1}')), c.close()) }),
    duplex: 'half',
  } as RequestInit);
  expect(chunked.status).toBe(411);
  // A server action takes a full piece; the sign-in form does not.
  expect((await fetch(`${portal.url}/api/auth/callback/credentials`, { method: 'POST', body: 'x'.repeat(20_000) })).status).toBe(413);
});

test('over https, session cookies are Secure and carry the __Secure- and __Host- names', async () => {
  const csrf = await fetch(`${portal.url}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const csrfCookie = csrf.headers.getSetCookie().find((cookie) => cookie.startsWith('__Host-next-auth.csrf-token='));
  expect(csrfCookie).toMatch(/; Secure/i);
  const signIn = await fetch(`${portal.url}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: csrfCookie!.split(';')[0]! },
    body: new URLSearchParams({ csrfToken, email: 'editor@tickerwire.test', password: 'editor-demo-2026', json: 'true' }),
  });
  const session = signIn.headers.getSetCookie().find((cookie) => cookie.includes('next-auth.session-token='));
  expect(session).toMatch(/^__Secure-next-auth\.session-token=[^;]+;.*; Secure/i);
  expect(session).toMatch(/HttpOnly/i);
});
