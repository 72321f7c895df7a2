import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { articles, users } from '@/db/schema';

const SECRET = 'a-production-secret-of-at-least-32-characters';
const HTTPS_SITE = 'https://news.example.com';
let dataDir: string;

type Run = { code: number | null; output: string };

async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  server.close();
  return port;
}

/**
 * `NODE_ENV=production npm run serve` as an operator would start it, with only the given environment. A launcher that gets as far as
 * starting Next.js is stopped there: whether a production build exists in this run, or how long Next.js takes to start, does not matter to what it decided.
 */
async function serve(env: Record<string, string>): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/server/portal.ts'], {
    env: { NODE_ENV: 'production', PATH: process.env.PATH!, HOME: process.env.HOME ?? tmpdir(), DATA_DIR: dataDir, PRICE_PROVIDER: 'off', PORT: String(await freePort()), ...env },
  });
  let output = '';
  const read = (chunk: Buffer) => {
    output += chunk.toString();
    // The price worker's line comes after migrations and seeding, just before the web server is started.
    if (output.includes('"event":"price_worker"')) child.kill('SIGTERM');
  };
  child.stdout.on('data', read);
  child.stderr.on('data', read);
  return new Promise((resolve) => child.on('exit', (code) => resolve({ code, output })));
}

const fatal = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.includes('"event":"fatal"'))
    .map((line) => (JSON.parse(line) as { message: string }).message);

const rowCounts = async () => ({
  users: (await db.select({ n: count() }).from(users))[0]!.n,
  articles: (await db.select({ n: count() }).from(articles))[0]!.n,
});

describe('production mode', () => {
  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'tw-production-'));
  });
  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('refuses to start without AUTH_SECRET, before touching the database', async () => {
    const run = await serve({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere' });
    expect(run.code).toBe(1);
    expect(fatal(run.output)).toEqual(['AUTH_SECRET is required when NODE_ENV=production (at least 32 random characters).']);
  });

  it('refuses an http SITE_URL, whose session cookies would not be Secure', async () => {
    for (const siteUrl of [{}, { SITE_URL: 'http://news.example.com' }] as Record<string, string>[]) {
      const run = await serve({ AUTH_SECRET: SECRET, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere', ...siteUrl });
      expect(run.code).toBe(1);
      expect(fatal(run.output)).toEqual([
        'SITE_URL must be the https:// address readers use when NODE_ENV=production, so that session cookies are Secure. To serve over plain http anyway, set ALLOW_INSECURE_HTTP=true.',
      ]);
    }
  });

  it('serves over http when ALLOW_INSECURE_HTTP=true says it is meant', async () => {
    const allowed = await serve({ AUTH_SECRET: SECRET, DATABASE_URL: process.env.DATABASE_URL!, SITE_URL: 'http://news.example.com', ALLOW_INSECURE_HTTP: 'true' });
    expect(fatal(allowed.output)).toEqual([]);
    expect(allowed.output).toContain('"event":"migrations"');
  });

  it('refuses to start without DATABASE_URL rather than run the embedded database', async () => {
    const run = await serve({ AUTH_SECRET: SECRET, SITE_URL: HTTPS_SITE });
    expect(run.code).toBe(1);
    expect(fatal(run.output)).toEqual([
      'DATABASE_URL is required when NODE_ENV=production: the embedded PostgreSQL is for trying the portal out, not for serving it.',
    ]);
    expect(run.output).not.toContain('embedded PostgreSQL at');
  });

  it('never seeds demo content or demo passwords into an empty database', async () => {
    const run = await serve({ AUTH_SECRET: SECRET, DATABASE_URL: process.env.DATABASE_URL!, SITE_URL: HTTPS_SITE });
    expect(run.output).toContain('off (NODE_ENV=production; set DEMO_SEED=true to seed)');
    expect(await rowCounts()).toEqual({ users: 0, articles: 0 });
  });

  it('seeds only when DEMO_SEED=true says so', async () => {
    const run = await serve({ AUTH_SECRET: SECRET, DATABASE_URL: process.env.DATABASE_URL!, DEMO_SEED: 'true', SITE_URL: HTTPS_SITE });
    expect(run.output).toContain('empty database filled with demo content');
    expect((await rowCounts()).users).toBe(3);
  });
});
