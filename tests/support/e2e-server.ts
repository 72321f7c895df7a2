// Playwright's web server: the real `npm start` launcher on a fresh database of its own, dropped afterwards.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createDatabase, dropDatabase, openTestServer, uniqueDatabaseName } from './database';
import { E2E_DATABASE_FILE } from './e2e-database';
import { E2E_SERVER_LOG } from './e2e-log';

const server = await openTestServer();
const name = uniqueDatabaseName('tw_e2e');
const databaseUrl = await createDatabase(server.url, name);
// Tests arrange data (a newly published story, say) in the same database the portal serves.
await mkdir('.data', { recursive: true });
await writeFile(E2E_DATABASE_FILE, databaseUrl);

const portal = spawn(process.execPath, ['--import', 'tsx', 'lib/portal.ts'], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: { ...process.env, DATABASE_URL: databaseUrl },
});
// Every line is kept for the tests that read what the portal logged (tests/support/e2e-log.ts); the run's
// output shows them too, except the routine line per request, which would bury everything else.
const serverLog = createWriteStream(E2E_SERVER_LOG);
const routine = /^\{"time":"[^"]+","level":"info","event":"request",/;
for (const [from, to] of [[portal.stdout, process.stdout], [portal.stderr, process.stderr]] as const) {
  createInterface({ input: from, crlfDelay: Infinity }).on('line', (line) => {
    serverLog.write(`${line}\n`);
    if (!routine.test(line)) to.write(`${line}\n`);
  });
}

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
