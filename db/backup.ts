import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import postgres from 'postgres';
import { BACKUP_FORMAT, BACKUP_VERSION, END_OF_TABLE, listSequences, listTables, type BackupHeader } from './backup-catalog';

// Sign-in sessions (a restore must not revive one ended since the backup) and the last half hour's readers.
const NOT_BACKED_UP = new Set(['staff_sessions', 'view_claims']);

/**
 * Writes a logical backup of the database at `url` to `file` (gzip): a JSON header (applied migrations, tables,
 * row counts, sequences), then every table's rows in COPY text format. Everything is read in one read-only,
 * repeatable-read transaction, so the backup is one consistent moment even while the portal keeps writing.
 * The file appears only once it is complete.
 */
export async function backupDatabase(url: string, file: string): Promise<BackupHeader> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const partial = `${file}.partial`;
  const gzip = createGzip();
  const written = pipeline(gzip, createWriteStream(partial));
  const write = async (chunk: string | Buffer) => {
    if (!gzip.write(chunk)) await once(gzip, 'drain');
  };
  try {
    const header = await sql.begin('isolation level repeatable read read only', async (tx) => {
      const [{ exists } = { exists: false }] = await tx<{ exists: boolean }[]>`select to_regclass('drizzle.__drizzle_migrations') is not null as exists`;
      if (!exists) throw new Error('This database has no migration history: it is not a Tickerwire database.');
      const migrations = await tx<BackupHeader['migrations']>`
        select hash, created_at::float8 as "createdAt" from drizzle.__drizzle_migrations order by created_at, id`;
      const tables = [];
      for (const table of (await listTables(tx)).filter(({ name }) => !NOT_BACKED_UP.has(name))) {
        const [counted] = await tx<{ rows: number }[]>`select count(*)::int as rows from ${tx(table.name)}`;
        tables.push({ ...table, rows: counted!.rows });
      }
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: new Date().toISOString(),
        migrations,
        tables,
        sequences: await listSequences(tx),
      };
      await write(`${JSON.stringify(header)}\n`);
      for (const table of tables) {
        const rows = await tx`copy ${tx(table.name)} (${tx(table.columns)}) to stdout`.readable();
        for await (const chunk of rows) await write(chunk as Buffer);
        // postgres.js can leave the connection's socket paused when a COPY ends while its stream is full, and
        // the next query then never returns (porsager/postgres#499); reading once more resumes the socket.
        rows._read(0);
        await write(`${END_OF_TABLE}\n`);
      }
      return header;
    });
    gzip.end();
    await written;
    await rename(partial, file);
    return header;
  } catch (error) {
    gzip.destroy();
    await written.catch(() => {});
    await rm(partial, { force: true });
    throw error;
  } finally {
    await sql.end();
  }
}
