// The end-to-end specs' portal: one per spec file and project, serving a clone of a migrated, demo-seeded template
// database (made once per run by e2e-setup.ts), so a spec sees no other spec's changes and needs no defence
// against them. It is the real launcher, started by startPortal; a worker runs one file at a time, so it keeps one
// portal and replaces it when the next file begins.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { test as base, type TestInfo } from '@playwright/test';
import { createDatabase, dropDatabase, uniqueDatabaseName } from './database';
import { setE2eDatabase } from './e2e-database';
import { E2E_LOG_DIR, secretsInLog, setE2eLog } from './e2e-log';
import { makeDataDir, startPortal, stopPortal, type Portal } from './portal-process';

type FilePortal = { file: string; portal: Portal; database: string; authSecret: string; remove: () => Promise<void> };

async function openFilePortal({ file }: TestInfo, env: Record<string, string>): Promise<FilePortal> {
  const server = process.env.E2E_SERVER_URL!;
  const database = uniqueDatabaseName(`tw_e2e_${path.basename(file, '.spec.ts').replace(/\W/g, '_')}`);
  const databaseUrl = await createDatabase(server, database, process.env.E2E_TEMPLATE_DATABASE!);
  const { dir, remove } = await makeDataDir();
  const removeAll = async () => (await dropDatabase(server, database), await remove());
  // Every browser and request of a spec comes from 127.0.0.1, more connections and searches at once than one reader
  // makes; a spec of the search limit sets its own.
  const portal = await startPortal({ dataDir: dir, databaseUrl, env: { MAX_CONNECTIONS_PER_CLIENT: '1000', SEARCH_RATE_BURST: '0', ...env } }).catch(async (error: unknown) => {
    await removeAll();
    throw error;
  });
  // The signing secret, AUTH_SECRET's or the one the launcher generated into DATA_DIR: looked for in the log.
  const authSecret = process.env.AUTH_SECRET ?? (await readFile(path.join(dir, 'auth-secret'), 'utf8')).trim();
  setE2eDatabase(databaseUrl);
  setE2eLog(portal.output, authSecret);
  return { file, portal, database, authSecret, remove: removeAll };
}

/** Stops it, keeps its log for reading after the run, and fails if anything a spec did left a secret in it. */
async function closeFilePortal({ portal, database, authSecret, remove }: FilePortal) {
  await stopPortal(portal);
  await mkdir(E2E_LOG_DIR, { recursive: true });
  const log = portal.output.join('\n');
  await writeFile(path.join(E2E_LOG_DIR, `${database}.log`), log);
  await remove();
  const found = secretsInLog(log, authSecret);
  if (found.length > 0) throw new Error(`${path.join(E2E_LOG_DIR, `${database}.log`)} holds ${found.join(', ')}`);
}

type WorkerFixtures = { portalFor: (testInfo: TestInfo) => Promise<Portal>; portalEnv: Record<string, string> };

export const test = base.extend<{ portal: Portal }, WorkerFixtures>({
  // Settings for a spec's portal: `test.use({ portalEnv: { NEWSROOM_TIMEZONE: '…' } })` at the top of the file.
  portalEnv: [{}, { scope: 'worker', option: true }],
  // Also for a spec's beforeAll, which runs before any test's fixtures: `await portalFor(testInfo)`.
  portalFor: [
    async ({ portalEnv }, provide) => {
      let current: FilePortal | undefined;
      await provide(async (testInfo) => {
        if (current?.file !== testInfo.file) {
          const previous = current;
          current = undefined;
          if (previous) await closeFilePortal(previous);
          current = await openFilePortal(testInfo, portalEnv);
        }
        return current.portal;
      });
      if (current) await closeFilePortal(current);
    },
    { scope: 'worker', timeout: 180_000 },
  ],
  portal: [async ({ portalFor }, provide, testInfo) => provide(await portalFor(testInfo)), { auto: true, timeout: 180_000 }],
  baseURL: async ({ portal }, provide) => provide(portal.url),
});

export { expect } from '@playwright/test';
