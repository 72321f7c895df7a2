import path from 'node:path';
import { drizzle } from 'drizzle-orm/postgres-js';
import { migrate } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';

// The project's root is the working directory, here as for Next.js (lib/server/web-server.ts), so the compiled
// server in .next/portal/ reads the same folder as the sources do.
export const migrationsFolder = path.resolve('db/migrations');
// Arbitrary constant: serialises migrations when several instances start at once.
const MIGRATION_LOCK = 7_316_001;

export async function migrateDatabase(url: string): Promise<void> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await sql`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle({ client: sql }), { migrationsFolder });
  } finally {
    await sql.end();
  }
}
