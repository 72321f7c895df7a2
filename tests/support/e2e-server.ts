// Playwright's web server: the real `npm start` launcher on a fresh database of its own, dropped afterwards.
import { spawn } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createDatabase, dropDatabase, openTestServer, uniqueDatabaseName } from './database';
import { E2E_DATABASE_FILE } from './e2e-database';

const server = await openTestServer();
const name = uniqueDatabaseName('tw_e2e');
const databaseUrl = await createDatabase(server.url, name);
// Tests arrange data (a newly published story, say) in the same database the portal serves.
await mkdir('.data', { recursive: true });
await writeFile(E2E_DATABASE_FILE, databaseUrl);

const portal = spawn(process.execPath, ['--import', 'tsx', 'lib/portal.ts'], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: databaseUrl },
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  if (portal.exitCode === null) {
    portal.kill('SIGTERM');
    await new Promise((resolve) => portal.once('exit', resolve));
  }
  await rm(E2E_DATABASE_FILE, { force: true });
  await dropDatabase(server.url, name);
  await server.stop();
  process.exit(code);
}

portal.on('exit', (code) => void stop(code ?? 1));
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
