// `npm start` lands here: one process that brings up the database, migrates, seeds demo content
// into an empty database, then serves the built Next.js app until it is told to stop.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { startEmbeddedPostgres, type RunningPostgres } from '@/db/embedded';
import { migrateDatabase } from '@/db/migrate';
import * as schema from '@/db/schema';
import { seedDemoContent } from '@/db/seed';
import { resolveAuthSecret } from '@/lib/auth/secret';
import { env, shouldSeedDemo, siteUrl } from '@/lib/env';
import { log } from '@/lib/log';
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
// resident memory climbs for minutes under load (the soak showed 0.5 GB to 1.1 GB); 512 MB levels it off.
// NODE_OPTIONS with its own --max-old-space-size wins.
const webServerNodeOptions = () => {
  const options = process.env.NODE_OPTIONS ?? '';
  return /--max-old-space-size/.test(options) ? options : `${options} --max-old-space-size=512`.trim();
};

async function main() {
  // Refused before anything starts: production has no generated secret and no embedded database.
  const authSecret = await resolveAuthSecret({ configured: env.AUTH_SECRET, production: env.NODE_ENV === 'production', dataDir: path.resolve(env.DATA_DIR) });
  if (env.NODE_ENV === 'production' && !env.DATABASE_URL) {
    throw new Error('DATABASE_URL is required when NODE_ENV=production: the embedded PostgreSQL is for trying the portal out, not for serving it.');
  }
  const database = await openDatabase();
  let worker: ReturnType<typeof startPriceWorker> | null = null;
  let scheduler: ReturnType<typeof startScheduler> | null = null;
  let server: ChildProcess | null = null;
  let stopping = false;
  let signalled = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    await worker?.stop();
    await scheduler?.stop();
    await database.stop();
    process.exit(code);
  };
  // From here on the embedded PostgreSQL is ours to stop, whenever the signal comes.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      log('stopping', { signal });
      signalled = true;
      if (server) server.kill('SIGTERM');
      else void shutdown(0);
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

  // `next start` with a request id and a log line per request; NODE_ENV as `next start` would set it.
  server = spawn(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('./web-server.ts', import.meta.url))], {
    stdio: 'inherit',
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV || 'production',
      NODE_OPTIONS: webServerNodeOptions(),
      DATABASE_URL: database.url,
      AUTH_SECRET: authSecret,
      NEXTAUTH_URL: siteUrl,
    },
  });
  log('serving', { url: `http://${env.HOST === '127.0.0.1' ? 'localhost' : env.HOST}:${env.PORT}` });
  server.on('exit', (code) => void shutdown(signalled ? 0 : (code ?? 1)));
}

main().catch((error: Error) => {
  log('fatal', { message: error.message });
  process.exit(1);
});
