import { once } from 'node:events';
import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { readMigrationFiles, type MigrationMeta } from 'drizzle-orm/migrator';
import postgres from 'postgres';
import { BACKUP_FORMAT, BACKUP_VERSION, END_OF_TABLE, isEmpty, type BackupHeader } from './backup-catalog';
import { migrateDatabase, migrationsFolder } from './migrate';

export class RestoreRefused extends Error {}

// Sent to COPY in blocks of about this size rather than a message per row.
const BLOCK_BYTES = 64 * 1024;

async function* readLines(file: string): AsyncGenerator<string> {
  const input = pipeline(createReadStream(file), createGunzip(), () => {});
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of input) {
    const lines = (rest + decoder.write(chunk as Buffer)).split('\n');
    rest = lines.pop()!;
    yield* lines;
  }
  if (rest + decoder.end()) throw new Error(`${file} ends in the middle of a line: the backup is incomplete.`);
}

/** The code's migrations up to the backup's point; refuses a backup whose history this code does not share. */
function migrationsOf(header: BackupHeader): MigrationMeta[] {
  const known = readMigrationFiles({ migrationsFolder });
  const matches = header.migrations.every((migration, i) => known[i]?.hash === migration.hash);
  if (header.migrations.length > known.length || !matches) {
    throw new RestoreRefused('This backup comes from a different or newer version of Tickerwire (its migrations are not this code\'s). Restore it with the version that made it.');
  }
  return known.slice(0, header.migrations.length);
}

// The same schema and bookkeeping drizzle's migrator leaves, built inside the restore's transaction.
async function rebuildSchema(tx: postgres.TransactionSql, migrations: MigrationMeta[]) {
  await tx`drop schema if exists drizzle cascade`;
  await tx`drop schema if exists public cascade`;
  await tx`create schema public`;
  await tx`create schema drizzle`;
  await tx`create table drizzle.__drizzle_migrations (id serial primary key, hash text not null, created_at bigint)`;
  for (const migration of migrations) {
    for (const statement of migration.sql) await tx.unsafe(statement);
    await tx`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`;
  }
}

function parseHeader(file: string, line: string): BackupHeader {
  try {
    const header = JSON.parse(line) as BackupHeader;
    if (header.format === BACKUP_FORMAT && header.version === BACKUP_VERSION) return header;
  } catch {
    // not JSON: said below
  }
  throw new RestoreRefused(`${file} is not a Tickerwire backup (format version ${BACKUP_VERSION}).`);
}

type NextLine = () => Promise<string>;

async function copyTable(tx: postgres.TransactionSql, table: BackupHeader['tables'][number], nextLine: NextLine) {
  const copy = await tx`copy ${tx(table.name)} (${tx(table.columns)}) from stdin`.writable();
  let rows = 0;
  let block = '';
  try {
    for (let line = await nextLine(); line !== END_OF_TABLE; line = await nextLine()) {
      rows++;
      block += `${line}\n`;
      if (block.length < BLOCK_BYTES) continue;
      if (!copy.write(block)) await once(copy, 'drain');
      block = '';
    }
  } catch (error) {
    // Abandons the COPY (the server is told it failed), so the transaction can roll back; the error is
    // rethrown here rather than emitted by the stream.
    copy.once('error', () => {});
    copy.destroy(error as Error);
    throw error;
  }
  copy.end(block);
  await once(copy, 'finish');
  if (rows !== table.rows) throw new Error(`The backup holds ${rows} rows of ${table.name}; its header says ${table.rows}.`);
}

/**
 * Restores a file made by `backupDatabase` into the database at `url`, in one transaction: the schema is rebuilt
 * from the migrations the backup was made at, every table's rows are copied in, and the sequences are set, or
 * nothing changes at all. A database holding any row is refused unless `force` (which replaces everything in
 * its public schema). Migrations newer than the backup are applied afterwards, as at every start.
 */
export async function restoreDatabase(url: string, file: string, { force = false } = {}): Promise<BackupHeader> {
  const lines = readLines(file);
  const nextLine: NextLine = async () => {
    const { value, done } = await lines.next();
    if (done) throw new Error(`${file} ends early: the backup is incomplete.`);
    return value;
  };
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  let header: BackupHeader;
  try {
    header = parseHeader(file, await nextLine());
    const migrations = migrationsOf(header);
    if (!force && !(await isEmpty(sql))) {
      throw new RestoreRefused('The database is not empty. Restore into an empty database, or pass --force to replace everything in it (with npm: npm run db:restore -- <file> --force).');
    }
    await sql.begin(async (tx) => {
      await rebuildSchema(tx, migrations);
      for (const table of header.tables) await copyTable(tx, table, nextLine);
      for (const sequence of header.sequences) {
        if (sequence.lastValue !== null) await tx`select setval(${sequence.name}::regclass, ${sequence.lastValue}::bigint)`;
      }
      // Every cached page may show what was just replaced; COPY fires no row triggers for what went away.
      await tx`select pg_notify('page_invalidation', '*')`;
    });
  } finally {
    await lines.return(undefined);
    await sql.end();
  }
  await migrateDatabase(url);
  return header;
}
