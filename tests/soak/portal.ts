// The portal under soak: the real launcher (compiled, as `npm start` runs it) on a database of its own, its output kept in a file
// and scanned line by line as it arrives.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { LAUNCHER } from '../support/portal-process';

export type LogScan = { lines: number; notJson: number; errors: string[] };

const READY_WITHIN_MS = 120_000;
const STOP_WITHIN_MS = 20_000;

export async function startPortal({ databaseUrl, port, logFile }: { databaseUrl: string; port: number; logFile: string }) {
  const origin = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'tickerwire-soak-'));
  const child = spawn(process.execPath, [LAUNCHER], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      SITE_URL: origin,
      DATA_DIR: dataDir,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      DEMO_SEED: 'true',
      PRICE_PROVIDER: 'simulated',
      // The load tool's connections all come from one address, but stand for many readers.
      MAX_CONNECTIONS_PER_CLIENT: '0',
      SEARCH_RATE_BURST: '0',
    },
  });
  // 'close' rather than 'exit': by then every line the portal wrote has been read.
  const exited = new Promise<number | null>((resolve) => child.once('close', resolve));

  const scan: LogScan = { lines: 0, notJson: 0, errors: [] };
  const file = createWriteStream(logFile);
  for (const output of [child.stdout, child.stderr]) {
    createInterface({ input: output, crlfDelay: Infinity }).on('line', (line) => {
      file.write(`${line}\n`);
      scan.lines += 1;
      try {
        if ((JSON.parse(line) as { level?: string }).level === 'error') scan.errors.push(line);
      } catch {
        scan.notJson += 1;
      }
    });
  }

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      child.kill('SIGTERM');
      const kill = setTimeout(() => child.kill('SIGKILL'), STOP_WITHIN_MS);
      await exited;
      clearTimeout(kill);
      await new Promise((resolve) => file.end(resolve));
      await rm(dataDir, { recursive: true, force: true });
    })());

  let exitCode: number | null | undefined;
  void exited.then((code) => (exitCode = code));
  const deadline = Date.now() + READY_WITHIN_MS;
  while (!(await fetch(`${origin}/api/health`).then((r) => r.ok, () => false))) {
    if (exitCode !== undefined || Date.now() > deadline) {
      await stop();
      throw new Error(`the portal did not come up (see ${logFile})`);
    }
    await sleep(500);
  }
  return { origin, pid: child.pid!, scan, stop, running: () => exitCode === undefined };
}
