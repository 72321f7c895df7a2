import postgres from 'postgres';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { migrateDatabase } from '@/db/migrate';
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../support/database';

const serverUrl = inject('serverUrl');
const name = uniqueDatabaseName('tw_migrate');
afterAll(() => dropDatabase(serverUrl, name));

describe('migrations', () => {
  it('build the whole schema in an empty database, and running them again changes nothing', async () => {
    const url = await createDatabase(serverUrl, name);
    await migrateDatabase(url);
    await migrateDatabase(url);
    const sql = postgres(url, { max: 1 });
    try {
      const tables = await sql<{ table_name: string }[]>`
        select table_name from information_schema.tables where table_schema = 'public' order by table_name`;
      expect(tables.map((t) => t.table_name)).toEqual([
        'article_revisions', 'article_tags', 'articles', 'audit_log', 'authors', 'categories', 'coins',
        'page_views', 'piece_documents', 'piece_notes', 'piece_presence', 'price_candles', 'price_ticks', 'signin_failures', 'slug_redirects', 'staff_notifications', 'staff_sessions', 'tags', 'users', 'view_claims',
      ]);
      const [applied] = await sql<{ count: number }[]>`select count(*)::int as count from drizzle.__drizzle_migrations`;
      expect(applied?.count).toBeGreaterThan(0);
    } finally {
      await sql.end();
    }
  });
});
