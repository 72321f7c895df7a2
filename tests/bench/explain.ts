// `node --import tsx tests/bench/explain.ts [--sizes 1000,10000,100000]`: for each size a fresh database grown to that
// many articles, every public page's statements under EXPLAIN ANALYZE, and a Markdown table of what they cost.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/lib/demo/seed';
import { createDatabase, dropDatabase, openTestServer, uniqueDatabaseName } from '../support/database';
import { growToArticles } from './bulk-articles';
import type { PagePlans } from './plan-summary';

const pagesScript = path.join(import.meta.dirname, 'explain-pages.ts');

/** Each public page's statements and their plans, on the database at `databaseUrl` (read only). */
export function explainPageQueries(databaseUrl: string): Promise<PagePlans[]> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, DATABASE_URL: databaseUrl };
    execFile(process.execPath, ['--import', 'tsx', pagesScript], { env, maxBuffer: 64 * 2 ** 20 }, (error, stdout) =>
      error ? reject(error) : resolve(JSON.parse(stdout) as PagePlans[]),
    );
  });
}

/** A fresh database per size, seeded and grown as the benchmark does, explained, then dropped. */
export async function explainAtSizes(sizes: number[]): Promise<{ size: number; pages: PagePlans[] }[]> {
  const server = await openTestServer();
  const results = [];
  try {
    for (const size of sizes) {
      const name = uniqueDatabaseName(`tw_explain_${size}`);
      const url = await createDatabase(server.url, name);
      const client = postgres(url, { max: 2, onnotice: () => {} });
      try {
        await migrateDatabase(url);
        await seedDemoContent(drizzle({ client, schema }), { withUsers: false });
        await growToArticles(drizzle({ client, schema }), size);
        results.push({ size, pages: await explainPageQueries(url) });
      } finally {
        await client.end();
        await dropDatabase(server.url, name);
      }
    }
  } finally {
    await server.stop();
  }
  return results;
}

/** One row per size and page: statements, whether every plan stays off sequential scans of large tables, the node that reads most, total ms. */
export function explainTable(results: { size: number; pages: PagePlans[] }[]): string {
  const rows = results.flatMap(({ size, pages }) =>
    pages.map(({ page, statements, plans }) => {
      const worst = plans.reduce((a, b) => (a.rowsRead >= b.rowsRead ? a : b));
      const ms = plans.map((p) => p.ms.toFixed(2)).join(' + ');
      const seq = plans.flatMap((p) => p.seqScans);
      return `| ${size} | ${page} | ${statements} | ${seq.length ? `no: ${seq.join('; ')}` : 'yes'} | ${worst.worstNode} | ${ms} |`;
    }),
  );
  return ['| articles | page | statements | indexed | worst node (rows read) | ms per statement |', '| ---: | --- | ---: | --- | --- | --- |', ...rows].join('\n');
}

if (process.argv[1] === import.meta.filename) {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000,100000' } } });
  const results = await explainAtSizes(values.sizes.split(',').map(Number));
  console.log(explainTable(results));
}
