import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { getPublishedArticle, listPublishedArticles } from '@/db/queries/articles';
import { getSiteChrome } from '@/db/queries/site-chrome';
import { getCategory } from '@/db/queries/taxonomy';
import { logDestination } from '@/lib/log';
import { newRequestContext, runInRequestContext } from '@/lib/server/request-context';
import { withRequestLog } from '@/lib/server/request-log';
import { createArticle, createCategory } from '../support/fixtures';

let written: string[] = [];
const requestLines = () =>
  written
    .join('')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.event === 'request');

describe('statements per request', () => {
  let server: Server;
  let origin: string;
  let slug: string;

  beforeAll(async () => {
    slug = (await createArticle()).slug;
    // Each path runs as many statements as its number says, some in parallel, some after a pause.
    const { listener } = withRequestLog(async (request, response) => {
      const count = Number(request.url!.slice(1));
      await Promise.all(Array.from({ length: count - 1 }, () => getPublishedArticle(slug)));
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (count > 0) await listPublishedArticles({ limit: 3 });
      response.end('ok');
    });
    server = createServer(listener);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  beforeAll(() => {
    written = [];
    vi.spyOn(logDestination, 'write').mockImplementation((chunk) => {
      written.push(String(chunk));
      return true;
    });
  });
  afterEach(() => {
    written = [];
  });
  afterAll(() => vi.restoreAllMocks());

  it('are counted on the request log line, each request its own, even when requests overlap', async () => {
    const answers = await Promise.all(['/0', '/1', '/4', '/12', '/4'].map((path) => fetch(origin + path).then((r) => r.text())));
    expect(answers).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
    await vi.waitFor(() => expect(requestLines()).toHaveLength(5));
    const counts = Object.fromEntries(requestLines().map((line) => [`${line.path}#${line.requestId}`, line.dbQueries]));
    expect(Object.entries(counts).map(([key, n]) => [key.split('#')[0], n]).sort()).toEqual([
      ['/0', 0],
      ['/1', 1],
      ['/12', 12],
      ['/4', 4],
      ['/4', 4],
    ]);
  });

  it('count nothing sent outside a request', async () => {
    const context = newRequestContext('req-outside-01');
    await db.execute('select 1');
    await runInRequestContext(context, () => getCategory('no-such-section'));
    await db.execute('select 1');
    expect(context.dbQueries).toBe(1);
  });

  it('cost one statement for the sections, prices and trending stories around a page', async () => {
    const section = await createCategory({ name: 'Chrome section' });
    const context = newRequestContext('req-chrome-01');
    const chrome = await runInRequestContext(context, () => getSiteChrome());
    expect(context.dbQueries).toBe(1);
    expect(chrome.categories).toContainEqual({ slug: section.slug, name: 'Chrome section', description: '' });
    expect(chrome).toMatchObject({ quotes: [], trending: [] });
  });
});
