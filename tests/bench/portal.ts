// The production build, started by the real launcher on a database of the benchmark's own.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import { freePort } from '@/db/embedded';
import { LAUNCHER } from '../support/portal-process';
import { sampleMemory, webServerPidOf } from '../soak/memory';

type ServerSide = { ms: number; statements: number };

export async function startPortal(databaseUrl: string) {
  const port = await freePort();
  // Known here too: the collaboration benchmark signs its editors' session cookies with it.
  const secret = randomBytes(32).toString('hex');
  const child = spawn(process.execPath, [LAUNCHER], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO_SEED: 'false',
      // The benchmark inserts its own ticks, so it knows when each one was stored.
      PRICE_PROVIDER: 'off',
      // The load tool's connections all come from one address, but stand for many readers.
      MAX_CONNECTIONS_PER_CLIENT: '0',
      SEARCH_RATE_BURST: '0',
      AUTH_SECRET: secret,
    },
  });
  // What the web server says of each request on its `request` line: time spent and statements sent to PostgreSQL.
  const served = new Map<string, ServerSide>();
  createInterface({ input: child.stdout! }).on('line', (line) => {
    if (!line.includes('"event":"request"')) return;
    const entry = JSON.parse(line) as { requestId: string; durationMs: number; dbQueries?: number };
    served.set(entry.requestId, { ms: entry.durationMs, statements: entry.dbQueries ?? 0 });
  });
  const base = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    if (child.exitCode !== null) throw new Error(`the portal exited with ${child.exitCode}`);
    if (await fetch(`${base}/api/health`).then((r) => r.ok, () => false)) break;
    if (tries > 600) throw new Error('the portal did not become healthy in 60 s');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    base,
    secret,
    /** Requests `path` once; the server's own time for it and the statements it sent to PostgreSQL. */
    async serverSide(path: string): Promise<ServerSide> {
      const requestId = randomBytes(12).toString('hex');
      await (await fetch(base + path, { headers: { 'x-request-id': requestId } })).arrayBuffer();
      for (let tries = 0; !served.has(requestId); tries++) {
        if (tries > 100) throw new Error(`no request line for ${path}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return served.get(requestId)!;
    },
    /** Resident memory of the web server beneath the launcher, in MB. */
    rssMiB: () => sampleMemory(child.pid!, webServerPidOf(child.pid!), Date.now()).webServerMb,
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
