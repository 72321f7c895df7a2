import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { log, logDestination, redact } from '@/lib/log';
import { describeUrl, newRequestContext, requestIdFor, runInRequestContext } from '@/lib/server/request-context';
import { withRequestLog } from '@/lib/server/request-log';

let written: string[] = [];
const lines = () => written.join('').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);

beforeEach(() => {
  written = [];
  vi.spyOn(logDestination, 'write').mockImplementation((chunk) => {
    written.push(String(chunk));
    return true;
  });
});
afterEach(() => vi.restoreAllMocks());

describe('the log line', () => {
  it('starts with the time, the level in words and the event: the layout log readers match', () => {
    log('connection_refused', { address: '203.0.113.9' }, 'warn');
    expect(written.join('')).toMatch(/^\{"time":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z","level":"warn","event":"connection_refused","address":"203\.0\.113\.9"\}\n$/);
  });

  it('is written in full when a process exits right after flushLog, however many lines were queued', async () => {
    const script = "import { flushLog, log } from './lib/log.ts'; for (let i = 0; i < 5000; i++) log('line', { i, text: 'x'.repeat(200) }); log('last'); await flushLog(); process.exit(0);";
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { maxBuffer: 64 * 2 ** 20 });
    const events = stdout.trim().split('\n').map((line) => (JSON.parse(line) as { event: string }).event);
    expect(events).toHaveLength(5001);
    expect(events.at(-1)).toBe('last');
  });
});

describe('redaction', () => {
  it('hides values under secret-sounding keys, at any depth and in any case', () => {
    const fields = {
      email: 'editor@tickerwire.test',
      password: 'editor-demo-2026',
      user: { passwordHash: '$argon2id$v=19$…', name: 'Maya' },
      headers: { Cookie: 'next-auth.session-token=eyJ…', 'set-cookie': ['a=b'], Authorization: 'Bearer abc', accept: 'text/html' },
      env: { AUTH_SECRET: 'x'.repeat(32), PORT: 3000 },
      attempts: [{ sessionToken: 'eyJ…', ok: false }],
    };
    expect(redact(fields)).toEqual({
      email: 'editor@tickerwire.test',
      password: '[redacted]',
      user: { passwordHash: '[redacted]', name: 'Maya' },
      headers: { Cookie: '[redacted]', 'set-cookie': '[redacted]', Authorization: '[redacted]', accept: 'text/html' },
      env: { AUTH_SECRET: '[redacted]', PORT: 3000 },
      attempts: [{ sessionToken: '[redacted]', ok: false }],
    });
  });

  it('reads Headers and Maps, and survives cycles and errors', () => {
    const cyclic: Record<string, unknown> = { name: 'loop' };
    cyclic.self = cyclic;
    const error = Object.assign(new Error('connection refused'), { code: 'ECONNREFUSED' });
    expect(redact({ headers: new Headers({ cookie: 'a=b', 'user-agent': 'curl' }), cyclic, error })).toEqual({
      headers: { cookie: '[redacted]', 'user-agent': 'curl' },
      cyclic: { name: 'loop', self: '[…]' },
      error: expect.objectContaining({ name: 'Error', message: 'connection refused', code: 'ECONNREFUSED' }),
    });
  });

  it('never writes a secret field to the log', () => {
    log('sign_in_attempt', { email: 'writer@tickerwire.test', password: 'writer-demo-2026', token: 'abc123' });
    expect(written.join('')).not.toContain('writer-demo-2026');
    expect(written.join('')).not.toContain('abc123');
    expect(lines()).toEqual([expect.objectContaining({ level: 'info', event: 'sign_in_attempt', email: 'writer@tickerwire.test' })]);
  });
});

describe('request ids', () => {
  it('keeps a plain token from a proxy and replaces anything else with a new UUID', () => {
    expect(requestIdFor('0f8c2a9e4b7d4c1a')).toBe('0f8c2a9e4b7d4c1a');
    expect(requestIdFor('6f96c232-32a7-4b3a-a1cb-58792f94a027')).toBe('6f96c232-32a7-4b3a-a1cb-58792f94a027');
    for (const forged of ['short', 'x'.repeat(65), 'id with spaces', '"},{"level":"error', 'id\nnext', undefined, ['a', 'b']]) {
      expect(requestIdFor(forged)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    }
  });

  it('is on every line written while the request is handled, even after awaits, and on no other', async () => {
    await runInRequestContext(newRequestContext('req-00000001'), async () => {
      log('before_await');
      await sleep(1);
      log('query_error', { error: new Error('boom') });
    });
    log('outside');
    expect(lines().map(({ event, level, requestId }) => ({ event, level, requestId }))).toEqual([
      { event: 'before_await', level: 'info', requestId: 'req-00000001' },
      { event: 'query_error', level: 'error', requestId: 'req-00000001' },
      { event: 'outside', level: 'info', requestId: undefined },
    ]);
  });

  it('logs paths with the names of query parameters but never their values', () => {
    expect(describeUrl('/search?q=bitcoin&page=2&q=again')).toEqual({ path: '/search', query: ['q', 'page'] });
    expect(describeUrl('/api/auth/callback/github?code=secret-code&state=s')).toEqual({ path: '/api/auth/callback/github', query: ['code', 'state'] });
    expect(describeUrl('/news/some-story')).toEqual({ path: '/news/some-story' });
  });
});

describe('the request log', () => {
  let server: Server;
  let origin: string;
  let requests: ReturnType<typeof withRequestLog>;
  let release: (() => void) | undefined;
  beforeEach(async () => {
    release = undefined;
    requests = withRequestLog(async (request, response) => {
      if (request.url === '/slow') await new Promise<void>((resolve) => (release = resolve));
      await sleep(1);
      log('handler_ran', { path: request.url });
      response.statusCode = request.url === '/broken' ? 500 : 200;
      response.end(request.headers['x-request-id']);
    });
    server = createServer(requests.listener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(() => new Promise((resolve) => server.close(resolve)));

  it('answers with the id, hands it to the app, and writes one line per request with it', async () => {
    const response = await fetch(`${origin}/news/a-story?utm_source=x`, { headers: { 'X-Request-Id': 'proxy-id-0001' } });
    expect(response.headers.get('x-request-id')).toBe('proxy-id-0001');
    expect(await response.text()).toBe('proxy-id-0001');
    await vi.waitFor(() => expect(lines()).toHaveLength(2));
    expect(lines()).toEqual([
      expect.objectContaining({ event: 'handler_ran', requestId: 'proxy-id-0001' }),
      expect.objectContaining({ level: 'info', event: 'request', requestId: 'proxy-id-0001', method: 'GET', path: '/news/a-story', query: ['utm_source'], status: 200 }),
    ]);
    expect(lines()[1]!.durationMs).toEqual(expect.any(Number));
  });

  it('logs a server error at level error', async () => {
    const response = await fetch(`${origin}/broken`);
    const requestId = response.headers.get('x-request-id');
    await vi.waitFor(() => expect(lines()).toHaveLength(2));
    expect(lines()[1]).toEqual(expect.objectContaining({ level: 'error', event: 'request', requestId, status: 500 }));
  });

  it('settles, for a server shutting down, only once every request it took has its line', async () => {
    const answered = fetch(`${origin}/slow`);
    await vi.waitFor(() => expect(release).toBeDefined());
    let settled = false;
    const settling = requests.settled().then(() => (settled = true));
    await Promise.resolve();
    expect(settled).toBe(false);
    release!();
    await (await answered).text();
    await settling;
    expect(lines().at(-1)).toEqual(expect.objectContaining({ event: 'request', path: '/slow', status: 200 }));
  });
});
