// Every row of every table of a test's database, and what changed between two readings, in a form a test can
// compare whole with toEqual: so an assertion that names the changes a command made also proves it made no other.
import { sql } from 'drizzle-orm';
import { db } from '@/db';

type Row = Record<string, unknown>;
export type DatabaseRows = Map<string, Map<string, Row>>;

/**
 * What changed, keyed so a reader sees it at a glance:
 * - `'articles 12'`: the new values of the columns that changed in the row whose primary key is 12;
 * - `'+audit_log'`: the rows inserted into audit_log; `'-piece_presence'`: the rows deleted from it.
 */
export type DatabaseChanges = Record<string, Row | Row[]>;

/** Every table of the public schema with its primary key's columns. */
async function tablesWithKeys(): Promise<[table: string, key: string[]][]> {
  const rows = await db.execute<{ table: string; key: string[] }>(sql`
    select c.relname as table, array_agg(a.attname order by k.ord) as key
    from pg_index i
    join pg_class c on c.oid = i.indrelid
    join pg_namespace n on n.oid = c.relnamespace and n.nspname = 'public'
    cross join lateral unnest(i.indkey) with ordinality as k(attnum, ord)
    join pg_attribute a on a.attrelid = c.oid and a.attnum = k.attnum
    where i.indisprimary
    group by c.relname
    order by c.relname`);
  return rows.map((row) => [row.table, row.key]);
}

export async function readDatabase(): Promise<DatabaseRows> {
  const tables = new Map<string, Map<string, Row>>();
  for (const [table, key] of await tablesWithKeys()) {
    const rows = await db.execute<{ row: Row }>(sql`select to_jsonb(t) as row from ${sql.identifier(table)} t`);
    tables.set(table, new Map(rows.map(({ row }) => [key.map((column) => String(row[column])).join(' '), row])));
  }
  return tables;
}

export function changesBetween(before: DatabaseRows, after: DatabaseRows): DatabaseChanges {
  const changes: DatabaseChanges = {};
  for (const [table, rows] of after) {
    const old = before.get(table) ?? new Map<string, Row>();
    const added = [...rows].filter(([key]) => !old.has(key)).map(([, row]) => row);
    const removed = [...old].filter(([key]) => !rows.has(key)).map(([, row]) => row);
    if (added.length) changes[`+${table}`] = added;
    if (removed.length) changes[`-${table}`] = removed;
    for (const [key, row] of rows) {
      const was = old.get(key);
      if (!was) continue;
      const changed = Object.entries(row).filter(([column, value]) => JSON.stringify(value) !== JSON.stringify(was[column]));
      if (changed.length) changes[`${table} ${key}`] = Object.fromEntries(changed);
    }
  }
  return changes;
}
