// Next.js on its own, built and served as the portal is: an empty page rendered on each request
// (tests/bench/bare-next/). The benchmark measures it beside the portal, so what the portal's own code costs is
// the difference, in the same run on the same machine.
import { execFileSync, spawn } from 'node:child_process';
import { cp, rm } from 'node:fs/promises';
import path from 'node:path';
import { freePort } from '@/db/embedded';

const FIXTURE = 'tests/bench/bare-next';
const BUILD_DIR = '.data/bench-bare-next';
const NEXT_BIN = 'node_modules/next/dist/bin/next';

export async function startBareNext() {
  await rm(BUILD_DIR, { recursive: true, force: true });
  await cp(FIXTURE, BUILD_DIR, { recursive: true });
  // Hard links: a second node_modules in a second of time and no space (.data is on the repository's disk).
  execFileSync('cp', ['-al', 'node_modules', path.join(BUILD_DIR, 'node_modules')]);
  const env = { ...process.env, NODE_ENV: 'production' as const, NEXT_TELEMETRY_DISABLED: '1' };
  execFileSync(process.execPath, [NEXT_BIN, 'build'], { cwd: BUILD_DIR, env, stdio: ['ignore', 'ignore', 'inherit'] });

  const port = await freePort();
  const child = spawn(process.execPath, [NEXT_BIN, 'start', '-H', '127.0.0.1', '-p', String(port)], { cwd: BUILD_DIR, env, stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      await new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      });
    }
    await rm(BUILD_DIR, { recursive: true, force: true });
  };
  try {
    for (let tries = 0; !(await fetch(base).then((r) => r.ok, () => false)); tries++) {
      if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
      if (tries > 300) throw new Error('the bare Next.js app did not answer in 30 s');
      await new Promise((r) => setTimeout(r, 100));
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { base, stop };
}
