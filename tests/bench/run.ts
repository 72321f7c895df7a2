// `npm run bench [-- --sizes 1000,10000,100000 --seconds 8 --connections 50 --clients 1000]`
// For each size: a fresh database seeded to that many articles, the production build on it, and the load
// generator on loopback. Prints a Markdown table and writes it with the raw figures to tests/bench/results/.
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { demoArticles } from '@/db/seed/articles';
import { createDatabase, dropDatabase, openTestServer, uniqueDatabaseName } from '../support/database';
import { growToArticles } from './bulk-articles';
import { serveFromMemory } from './ceiling';
import { load, timeOne, type LoadResult } from './load';
import { startPortal } from './portal';
import { measurePublishToVisible, measureQueriesPerRequest, measureStream } from './probes';

const { values: args } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '50' },
    clients: { type: 'string', default: '1000' },
  },
});
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

type PageRow = LoadResult & { size: number; page: string; coldMs: number; queries: number };
const rows: PageRow[] = [];
const notes: string[] = [];

const server = await openTestServer();
try {
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

      const portal = await startPortal(url);
      try {
        for (const [page, path] of Object.entries(pages)) {
          const coldMs = await timeOne(portal.base + path);
          const queries = await measureQueriesPerRequest(client, name, portal.base + path);
          rows.push({ size, page, coldMs, queries, ...(await load(portal.base + path, loadOptions)) });
          console.error(`bench: ${size} ${page} done`);
        }
        const html = Buffer.from(await (await fetch(portal.base + pages.article)).arrayBuffer());
        const ceiling = await serveFromMemory(html, 'text/html; charset=utf-8');
        const ceilingResult = await load(ceiling.url, loadOptions);
        await ceiling.close();
        const portalArticle = rows.find((r) => r.size === size && r.page === 'article')!;
        rows.push({ size, page: 'article, static ceiling', coldMs: 0, queries: 0, ...ceilingResult });
        notes.push(`${size} articles: cached-page target compares with the ceiling: portal article ${portalArticle.rps} req/s = ${((portalArticle.rps / ceilingResult.rps) * 100).toFixed(1)}% of the in-memory node:http ceiling (${ceilingResult.rps} req/s)`);

        const publish = await measurePublishToVisible(client, portal.base);
        notes.push(`${size} articles: publish to visible on home and in feed.xml: ${publish.home} ms and ${publish.feed} ms (status change in Postgres; pages are rendered per request)`);
        if (size === sizes[0]) {
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
  await server.stop();
}

const when = new Date().toISOString();
const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model.trim()}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
const table = [
  `Benchmark of ${when.slice(0, 10)} on ${machine}; autocannon, ${loadOptions.connections} connections, ${loadOptions.seconds} s per row, loopback.`,
  '',
  '| articles | page | req/s | p50 ms | p99 ms | KB/response | errors | non-2xx | cold ms | queries |',
  '| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ...rows.map((r) => `| ${r.size} | ${r.page} | ${r.rps} | ${r.p50} | ${r.p99} | ${(r.bytes / 1024).toFixed(1)} | ${r.errors} | ${r.non2xx} | ${r.coldMs || '–'} | ${r.queries || '–'} |`),
  '',
  ...notes.map((n) => `- ${n}`),
].join('\n');
console.log(table);
await mkdir('tests/bench/results', { recursive: true });
await writeFile(`tests/bench/results/${when.replace(/[:.]/g, '-')}.json`, JSON.stringify({ when, machine, loadOptions, rows, notes }, null, 2));
await writeFile('tests/bench/results/latest.md', `${table}\n`);
