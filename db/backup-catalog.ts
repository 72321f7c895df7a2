import type postgres from 'postgres';

// What a backup file holds and how the database describes itself to make one (db/backup.ts, db/restore.ts).

export const BACKUP_FORMAT = 'tickerwire-backup';
export const BACKUP_VERSION = 1;
/** Ends each table's rows in the file, as in COPY's own text format (a row can never be exactly this). */
export const END_OF_TABLE = '\\.';

export type BackupHeader = {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  createdAt: string;
  /** Drizzle's record of applied migrations, oldest first: a restore rebuilds the schema to exactly this point. */
  migrations: { hash: string; createdAt: number }[];
  /** In restore order (referenced tables first); rows follow in the file in this order. */
  tables: { name: string; columns: string[]; rows: number }[];
  /** Where each identity sequence stood, so ids are not handed out twice after a restore. */
  sequences: { name: string; lastValue: string | null }[];
};

type Sql = postgres.Sql | postgres.TransactionSql;

/** Every table of the public schema with its stored columns (generated ones are recomputed), parents first. */
export async function listTables(sql: Sql): Promise<{ name: string; columns: string[] }[]> {
  const tables = await sql<{ name: string; columns: string[] }[]>`
    select c.relname as name, array_agg(a.attname::text order by a.attnum) as columns
    from pg_class c
    join pg_namespace n on n.oid = c.relnamespace
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
    where n.nspname = 'public' and c.relkind = 'r'
    group by c.relname
    order by c.relname`;
  const references = await sql<{ child: string; parent: string }[]>`
    select distinct child.relname as child, parent.relname as parent
    from pg_constraint k
    join pg_class child on child.oid = k.conrelid
    join pg_class parent on parent.oid = k.confrelid
    join pg_namespace n on n.oid = child.relnamespace
    where k.contype = 'f' and n.nspname = 'public' and child.oid <> parent.oid`;
  return parentsFirst(tables, references);
}

function parentsFirst<T extends { name: string }>(tables: T[], references: { child: string; parent: string }[]): T[] {
  const ordered: T[] = [];
  const placed = new Set<string>();
  while (ordered.length < tables.length) {
    const ready = tables.filter((t) => !placed.has(t.name) && references.every((r) => r.child !== t.name || placed.has(r.parent)));
    if (ready.length === 0) throw new Error('Foreign keys between tables form a cycle; no restore order exists.');
    for (const table of ready) {
      ordered.push(table);
      placed.add(table.name);
    }
  }
  return ordered;
}

export async function listSequences(sql: Sql): Promise<BackupHeader['sequences']> {
  return sql<BackupHeader['sequences']>`
    select quote_ident(sequencename) as name, last_value::text as "lastValue"
    from pg_sequences where schemaname = 'public' order by sequencename`;
}

/** True when no table of the public schema holds a row (a database with no tables at all is empty too). */
export async function isEmpty(sql: Sql): Promise<boolean> {
  for (const { name } of await listTables(sql)) {
    const [row] = await sql<{ any: boolean }[]>`select exists (select from ${sql(name)}) as any`;
    if (row?.any) return false;
  }
  return true;
}
