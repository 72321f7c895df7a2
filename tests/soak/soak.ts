// `npm run soak [-- --minutes N]`: the production build under steady load for a bounded time, on a fresh database.
// 50 connections cycle through home, articles, categories, search and the feed while 200 readers hold the price
// stream open; resident memory is sampled every 10 s. Writes tests/soak/results/latest.md, and fails on any 5xx
// answer or any log line at level error.
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { categories } from '@/lib/demo/catalog';
import { createDatabase, dropDatabase, openTestServer, uniqueDatabaseName } from '../support/database';
import { sampleMemory, webServerPidOf, type MemorySample } from './memory';
import { startPortal } from './portal';
import { openPriceStreams } from './price-streams';
import { soakReport } from './report';

const CONNECTIONS = 50;
const PRICE_STREAMS = 200;
const SAMPLE_EVERY_MS = 10_000;
const WARM_UP_SECONDS = 20;
const RESULTS = 'tests/soak/results';

const { values } = parseArgs({ options: { minutes: { type: 'string', default: '3' }, port: { type: 'string', default: '3300' } } });
const minutes = Number(values.minutes);
if (!(minutes > 0 && minutes <= 60)) throw new Error('--minutes takes a number of minutes from 0 to 60');
if (!existsSync('.next/BUILD_ID')) {
  console.error('No production build here: run `npx next build` first.');
  process.exit(1);
}

/** Every path the load cycles through: several stories (from the feed), categories and searches. */
async function requestMix(origin: string) {
  const feed = await (await fetch(`${origin}/feed.xml`)).text();
  const stories = [...new Set([...feed.matchAll(/\/news\/([a-z0-9-]+)/g)].map((match) => `/news/${match[1]}`))];
  if (stories.length < 6) throw new Error('the feed lists fewer than 6 stories');
  const [s1, s2, s3, s4, s5, s6] = stories;
  const [c1, c2, c3] = categories.map(({ slug }) => `/category/${slug}`);
  const [q1, q2, q3] = ['bitcoin etf', 'stablecoin', 'hashrate'].map((q) => `/search?q=${encodeURIComponent(q)}`);
  const paths = ['/', s1, c1, q1, s2, '/feed.xml', s3, c2, q2, s4, c3, s5, '/', q3, s6].map(String);
  return { paths, description: `${paths.length} paths: home twice, 6 articles, 3 categories, 3 searches, feed.xml` };
}

async function soak(portal: Awaited<ReturnType<typeof startPortal>>, loadAverageBefore: number) {
  const mix = await requestMix(portal.origin);
  const streams = await openPriceStreams(portal.origin, PRICE_STREAMS);
  const webServerPid = webServerPidOf(portal.pid);
  const startedAt = Date.now();
  const samples: MemorySample[] = [];
  const sample = () => samples.push(sampleMemory(portal.pid, webServerPid, startedAt));
  sample();
  const sampler = setInterval(sample, SAMPLE_EVERY_MS);
  console.log(`soak: ${minutes} min against ${portal.origin}, ${CONNECTIONS} connections over ${mix.description}, ${PRICE_STREAMS} price streams`);

  const load = await autocannon({
    url: portal.origin,
    connections: CONNECTIONS,
    duration: minutes * 60,
    requests: mix.paths.map((path) => ({ method: 'GET', path })),
  });
  clearInterval(sampler);
  sample();
  const streamsConnected = streams.filter((stream) => stream.connected).length;
  streams.forEach((stream) => stream.close());
  // Stopped before the verdict, so that anything logged on the way down counts too.
  const survived = portal.running();
  await portal.stop();

  const report = soakReport({
    minutes,
    loadAverageBefore,
    connections: CONNECTIONS,
    mix: mix.description,
    requests: load.requests.total,
    requestsPerSecond: load.requests.average,
    p50Ms: load.latency.p50,
    p99Ms: load.latency.p99,
    notOk: load['1xx'] + load['4xx'] + load['5xx'],
    serverErrors: load['5xx'],
    connectionErrors: load.errors,
    timeouts: load.timeouts,
    streamsOpened: streams.length,
    streamsConnected,
    eventsPerStream: streams.map((stream) => stream.events),
    warm: samples.find((s) => s.atSeconds >= WARM_UP_SECONDS) ?? samples.at(-1)!,
    end: samples.at(-1)!,
    samples,
    logLines: portal.scan.lines,
    notJsonLines: portal.scan.notJson,
    errorLines: portal.scan.errors,
  });
  return { report, failed: !survived || load['5xx'] > 0 || portal.scan.errors.length > 0 };
}

const loadAverageBefore = os.loadavg()[0]!;
await mkdir(RESULTS, { recursive: true });
const server = await openTestServer();
const name = uniqueDatabaseName('tw_soak');
let outcome: Awaited<ReturnType<typeof soak>>;
try {
  const portal = await startPortal({ databaseUrl: await createDatabase(server.url, name), port: Number(values.port), logFile: `${RESULTS}/server.log` });
  try {
    outcome = await soak(portal, loadAverageBefore);
  } finally {
    await portal.stop();
  }
} finally {
  await dropDatabase(server.url, name);
  await server.stop();
}

await writeFile(`${RESULTS}/latest.md`, outcome.report);
console.log(`\n${outcome.report}\nWritten to ${RESULTS}/latest.md; the portal's log is ${RESULTS}/server.log.`);
process.exit(outcome.failed ? 1 : 0);
