// A portal of a fault test's own: the real launcher, compiled as `npm start` runs it after the build
// in a process group of its own, on a free port, with a temporary DATA_DIR, so a test can stop, kill and
// restart it, or take its database away, without touching anything else.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort, openEmbeddedPostgres } from '@/db/embedded';

/** The launcher `npm run build` compiles from lib/server/portal.ts, which `npm start` runs. */
export const LAUNCHER = '.next/portal/server/portal.mjs';

export type Portal = {
  url: string;
  /** The database it serves: the given one, or its embedded PostgreSQL. */
  databaseUrl: string;
  /** Everything it has logged so far, line by line. */
  output: string[];
  /** Resolves with the launcher's exit code. */
  exited: Promise<number | null>;
  /** SIGTERM to the launcher alone, as a supervisor sends it. */
  terminate: () => void;
  /** SIGKILL to the launcher and every process it started, PostgreSQL included. */
  kill: () => Promise<void>;
};

/** A fresh directory PostgreSQL's own user can reach too (it runs as `postgres` when the tests run as root). */
export async function makeDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'tw-faults-'));
  await chmod(dir, 0o755);
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** SIGSTOP (or SIGCONT) for a PostgreSQL server and every process of it: a database that stops answering. */
export function signalPostgres(dataDir: string, signal: 'SIGSTOP' | 'SIGCONT') {
  const postmaster = Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  for (const pid of [postmaster, ...children]) process.kill(pid, signal);
}

/** Whether a new TCP connection to the server is accepted. */
export function acceptsConnections(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(Number(new URL(url).port), '127.0.0.1');
    socket.once('error', () => resolve(false)).once('connect', () => {
      socket.destroy();
      resolve(true);
    });
  });
}

async function serving(url: string): Promise<boolean> {
  return fetch(`${url}/api/health`).then((response) => response.ok, () => false);
}

export async function startPortal({ dataDir, databaseUrl, env = {} }: { dataDir: string; databaseUrl?: string; env?: Record<string, string> }): Promise<Portal> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [LAUNCHER], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // An empty DATABASE_URL counts as unset: the portal then runs its own embedded PostgreSQL in DATA_DIR.
    env: { ...process.env, DATABASE_URL: databaseUrl ?? '', PORT: String(port), HOST: '127.0.0.1', SITE_URL: url, DATA_DIR: dataDir, PRICE_PROVIDER: 'off', ...env },
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => output.push(...chunk.toString().split('\n').filter(Boolean)));
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  let ended = false;
  void exited.then(() => (ended = true));

  const deadline = Date.now() + 120_000;
  while (!(await serving(url))) {
    if (ended || Date.now() > deadline) throw new Error(`The portal did not start:\n${output.slice(-30).join('\n')}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    databaseUrl: databaseUrl ?? (await openEmbeddedPostgres(path.join(dataDir, 'pg'))).url,
    output,
    exited,
    terminate: () => child.kill('SIGTERM'),
    kill: async () => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // the whole group is gone already
      }
      await exited;
    },
  };
}

/** Stops a portal a test left running (SIGTERM, then SIGKILL for the whole group if it does not go). */
export async function stopPortal(portal: Portal | undefined) {
  if (!portal) return;
  portal.terminate();
  const stopped = await Promise.race([portal.exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 20_000))]);
  if (!stopped) await portal.kill();
}
