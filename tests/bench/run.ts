// `npm run bench [-- --sizes 1000,10000,100000 --seconds 8 --connections 50 --clients 1000 --peer ghost]`
// For each size: a fresh database seeded to that many articles, the production build on it, and the load
// generator (wrk) on loopback. With `--peer ghost`, Ghost's article and home pages are measured in the same run,
// in turn with the portal's. Prints a Markdown table and writes it with the raw figures to tests/bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/lib/demo/seed';
import { demoArticles } from '@/lib/demo/articles';
import { createDatabase, dropDatabase, openTestServer, uniqueDatabaseName } from '../support/database';
import { startBareNext } from './bare-next';
import { measureCollaboration } from './collab';
import { growToArticles } from './bulk-articles';
import { serveFromMemory } from './ceiling';
import { startGhost, type RunningGhost } from './ghost';
import { fetchRaw, load, timeOne, type LoadResult } from './load';
import { startPortal } from './portal';
import { startNginx } from '../support/nginx';
import { measurePayload } from './payload';
import { explainPageQueries, explainTable } from './explain';
import type { PagePlans } from './plan-summary';
import { measurePublishToVisible, measureStream } from './probes';
import { percentile } from './sse';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '50' },
    clients: { type: 'string', default: '1000' },
    peer: { type: 'string', default: '' },
  },
});
if (!['', 'ghost'].includes(args.peer)) throw new Error(`--peer takes "ghost", not "${args.peer}"`);
const sizes = args.sizes.split(',').map(Number);
const loadOptions = { seconds: Number(args.seconds), connections: Number(args.connections) };

const article = demoArticles.find((a) => !a.status)!.slug;
const pages = {
  home: '/',
  article: `/news/${article}`,
  category: '/category/markets',
  search: '/search?q=hashprice',
  'feed.xml': '/feed.xml',
  'sitemap.xml': '/sitemap.xml',
};

type PageRow = LoadResult & { size: number; page: string; coldMs: number; renderP50: number; queries: number };
const rows: PageRow[] = [];
const notes: string[] = [];
// A server that has been up a while has long optimised its routes' code; the first renders of a route run it
// unoptimised. The cold column reports a first render; the render column, the server once warm.
const WARM_UP_RENDERS = 20;
const RENDERS = 40;
const explained: { size: number; pages: PagePlans[] }[] = [];

// A query parameter no page reads: a new address for the page cache, so the request is rendered.
const uncached = (path: string, n: number | string) => `${path}${path.includes('?') ? '&' : '?'}bench=${n}`;

/** Warm-up renders (the first of each route loads its code), then the measured ones, by the server's clock. */
async function measureRenders(portal: Awaited<ReturnType<typeof startPortal>>, path: string) {
  for (let i = 0; i < WARM_UP_RENDERS; i++) await portal.serverSide(uncached(path, `warm${i}`));
  const renders: { ms: number; statements: number }[] = [];
  for (let i = 0; i < RENDERS; i++) renders.push(await portal.serverSide(uncached(path, i)));
  return renders;
}

/** Renders of two addresses by the client's clock, taken in turns so that both see the machine as it was. */
async function compareRenders(first: (n: number) => string, second: (n: number) => string) {
  const times: [number[], number[]] = [[], []];
  for (let i = -WARM_UP_RENDERS; i < RENDERS; i++) {
    const [a, b] = [await timeOne(first(i)), await timeOne(second(i))];
    if (i < 0) continue;
    times[0].push(a);
    times[1].push(b);
  }
  return times.map((t) => percentile(t, 50));
}

// What wrk itself reaches: a bare node:http server answering a few bytes from memory. A server measured below
// this is measured, not the tool; one near it may be the tool's limit.
const TOOL_FLOOR_RPS = 30_000;
const probe = await serveFromMemory(Buffer.from('ok'), { 'content-type': 'text/plain' });
const toolCeiling = await load(probe.url, loadOptions);
await probe.close();
notes.push(
  `load tool: wrk drove a bare node:http server answering 2 bytes from memory at ${toolCeiling.rps} req/s (p99 ${toolCeiling.p99} ms)${toolCeiling.rps >= TOOL_FLOOR_RPS ? `, at least ${TOOL_FLOOR_RPS}: the rows below it are the servers' limits` : `, under ${TOOL_FLOOR_RPS}: rows near it are the tool's (or the machine's) limit, not the server's`}`,
);

// Cache misses: every request at an address of its own, so each is rendered. With a peer, its pages are measured
// in turn with the portal's, so both see the machine as it was.
type MissRow = LoadResult & { size: number; target: string; page: string; connections: number };
const misses: MissRow[] = [];
const MISS_CONNECTIONS = [10, 50];
// Ghost holds the published demo pieces only, whatever size the portal is measured at.
const ghostPieces = demoArticles.filter((a) => !a.status).length;
let ghost: RunningGhost | undefined;
const server = await openTestServer();
try {
  if (args.peer === 'ghost') ghost = await startGhost({});
  for (const size of sizes) {
    const name = uniqueDatabaseName(`tw_bench_${size}`);
    const url = await createDatabase(server.url, name);
    const client = postgres(url, { max: 4, onnotice: () => {} });
    const db = drizzle({ client, schema });
    try {
      await migrateDatabase(url);
      await seedDemoContent(db, { withUsers: false });
      const seedStarted = performance.now();
      await growToArticles(db, size);
      notes.push(`${size} articles: bulk insert took ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);
      explained.push({ size, pages: await explainPageQueries(url) });

      const portal = await startPortal(url);
      try {
        for (const [page, path] of Object.entries(pages)) {
          const renders = await measureRenders(portal, path);
          const queries = Math.max(...renders.map((r) => r.statements));
          // The first request after an invalidation renders; the load that follows is served from the cache.
          await client`select pg_notify('page_invalidation', '*')`;
          await sleep(100);
          const coldMs = await timeOne(portal.base + path);
          rows.push({ size, page, coldMs, renderP50: percentile(renders.map((r) => r.ms), 50), queries, ...(await load(portal.base + path, loadOptions)) });
          console.error(`bench: ${size} ${page} done`);
        }
        // The site's layout with next to nothing in it: the sign-in form sends no statement of its own and shows no story.
        const layoutOnly = await measureRenders(portal, '/sign-in');
        notes.push(`${size} articles: the sign-in form inside the site's layout (the site-chrome statement only): render p50 ${percentile(layoutOnly.map((r) => r.ms), 50)} ms of server time`);
        if (size === sizes[0]) {
          notes.push(...(await measureCollaboration(db, portal)));
          const bare = await startBareNext();
          try {
            const [bareMs, signInMs] = await compareRenders((n) => uncached(`${bare.base}/`, n), (n) => uncached(`${portal.base}/sign-in`, n));
            const { jsGzipKiB } = await measurePayload(bare.base, '/');
            notes.push(
              `Next.js alone (tests/bench/bare-next: an empty page rendered per request, next start): render p50 ${bareMs} ms by the client's clock, against ${signInMs} ms for the portal's sign-in form in turn with it; first-load JavaScript ${jsGzipKiB} KiB gzipped`,
            );
          } finally {
            await bare.stop();
          }
        }
        for (const page of ['article', 'home'] as const) {
          for (const connections of MISS_CONNECTIONS) {
            const options = { ...loadOptions, connections };
            misses.push({ size, target: 'Tickerwire', page, connections, ...(await load(portal.base + pages[page], options, { unique: true })) });
            if (!ghost) continue;
            const ghostPath = page === 'article' ? ghost.articlePath : ghost.homePath;
            misses.push({ size, target: `Ghost ${ghost.version} (${ghostPieces} demo pieces)`, page, connections, ...(await load(ghost.base + ghostPath, options)) });
          }
          console.error(`bench: ${size} ${page} cache misses done`);
        }

        const articleUrl = portal.base + pages.article;
        // The exact bytes a reader's browser gets for the article (gzipped), served from memory.
        const served = await fetchRaw(articleUrl);
        const ceiling = await serveFromMemory(served.body, { 'content-type': 'text/html; charset=utf-8', 'content-encoding': String(served.headers['content-encoding']) });
        const ceilingResult = await load(ceiling.url, loadOptions);
        await ceiling.close();
        const proxy = await startNginx({ upstreamPort: Number(new URL(portal.base).port) });
        await timeOne(proxy.url + pages.article);
        const proxied = await load(proxy.url + pages.article, loadOptions);
        await proxy.stop();
        const portalArticle = rows.find((r) => r.size === size && r.page === 'article')!;
        rows.push({ size, page: 'article, static ceiling', coldMs: 0, renderP50: 0, queries: 0, ...ceilingResult });
        rows.push({ size, page: 'article, through deploy/nginx', coldMs: 0, renderP50: 0, queries: 0, ...proxied });
        const share = (rps: number) => `${((rps / ceilingResult.rps) * 100).toFixed(0)}%`;
        notes.push(
          `${size} articles: cached article ${portalArticle.rps} req/s = ${share(portalArticle.rps)} of the in-memory node:http ceiling (${ceilingResult.rps} req/s); through deploy/nginx ${proxied.rps} req/s = ${share(proxied.rps)}`,
        );

        const publish = await measurePublishToVisible(client, portal.base);
        notes.push(`${size} articles: publish to visible (status change committed in PostgreSQL, both pages cached beforehand): home ${publish.home} ms, feed.xml ${publish.feed} ms`);
        if (size === sizes[0]) {
          for (const [page, path] of [['home', pages.home], ['article', pages.article]] as const) {
            const payload = await measurePayload(portal.base, path);
            notes.push(`${page} at 375 px in Chromium: first-load JavaScript ${payload.jsGzipKiB} KiB gzipped, ${payload.totalTransferKiB} KiB transferred in ${payload.requests} requests, layout shift ${payload.cumulativeLayoutShift}`);
          }
          const stream = await measureStream(db, portal, Number(args.clients));
          notes.push(
            `price stream, ${stream.clients} clients on one process: tick insert to last client p50 ${stream.p50} ms, p99 ${stream.p99} ms over ${stream.ticks} ticks; ${stream.kibPerClient} KiB resident memory per client`,
          );
        }
      } finally {
        await portal.stop();
      }
    } finally {
      await client.end();
      await dropDatabase(server.url, name);
    }
  }
} finally {
  try {
    await server.stop();
  } finally {
    await ghost?.stop();
  }
}

const missTable = [
  '| articles | server | page | connections | req/s | p50 ms | p99 ms | KB/response | errors | non-2xx |',
  '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...misses.map((r) => `| ${r.size} | ${r.target} | ${r.page} | ${r.connections} | ${r.rps} | ${r.p50} | ${r.p99} | ${(r.bytes / 1024).toFixed(1)} | ${r.errors} | ${r.non2xx} |`),
];
if (ghost) {
  for (const row of misses.filter((r) => r.target === 'Tickerwire')) {
    const peer = misses.filter((r) => r.target !== 'Tickerwire' && r.size === row.size && r.page === row.page && r.connections === row.connections);
    const peerRps = peer.reduce((sum, r) => sum + r.rps, 0) / peer.length;
    notes.push(`${row.size} articles: cache miss, ${row.page} at ${row.connections} connections: ${row.rps} req/s = ${(row.rps / peerRps).toFixed(2)} × Ghost's ${Math.round(peerRps)} req/s (${ghostPieces} demo pieces) in the same run`);
  }
}

const when = new Date().toISOString();
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const table = [
  `Benchmark of ${when.slice(0, 10)} on ${machine}; wrk, 2 threads, ${loadOptions.connections} connections, ${loadOptions.seconds} s per row, loopback, sharing the machine with the servers.`,
  '',
  `Cached: wrk against the page cache, accepting gzip and Brotli as browsers do. Render p50: server time (the request log's durationMs) of ${RENDERS} renders at new addresses after ${WARM_UP_RENDERS} warm-up renders; queries: the most statements one of those renders sent (dbQueries). Cold: the first request after an invalidation, as the client saw it.`,
  '',
  '| articles | page | cached req/s | p50 ms | p99 ms | KB/response | errors | non-2xx | render p50 ms | cold ms | queries |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.size} | ${r.page} | ${r.rps} | ${r.p50} | ${r.p99} | ${(r.bytes / 1024).toFixed(1)} | ${r.errors} | ${r.non2xx} | ${r.renderP50 || '–'} | ${r.coldMs || '–'} | ${r.queries || '–'} |`),
  '',
  `Cache misses: wrk with every request at an address of its own (the page cache keeps none), ${loadOptions.seconds} s per row${ghost ? `; Ghost ${ghost.version} in production mode on SQLite, which renders every request, in turn with the portal` : ''}.`,
  '',
  ...missTable,
  '',
  ...notes.map((n) => `- ${n}`),
  '',
  'Each page\'s statements under EXPLAIN ANALYZE (tests/bench/explain.ts):',
  '',
  explainTable(explained),
].join('\n');
console.log(table);
await mkdir('tests/bench/results', { recursive: true });
await writeFile(`tests/bench/results/${when.replace(/[:.]/g, '-')}.json`, JSON.stringify({ when, machine, loadOptions, toolCeiling, rows, misses, notes, explained }, null, 2));
await writeFile('tests/bench/results/latest.md', `${table}\n`);
