import { readFileSync } from 'node:fs';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '@/db/schema';
import { hashPassword } from '@/lib/password';

export const E2E_DATABASE_FILE = '.data/e2e-database-url';

/** A connection to the database the end-to-end portal is serving. */
export function connectE2eDatabase() {
  const client = postgres(readFileSync(E2E_DATABASE_FILE, 'utf8'), { max: 2, onnotice: () => {} });
  return { db: drizzle({ client, schema }), close: () => client.end() };
}

/** A staff account made for one test, so tests that change or lock accounts do not disturb each other. */
export async function createStaffUser(email: string, password: string, role: 'admin' | 'editor' | 'writer' = 'writer') {
  const { db, close } = connectE2eDatabase();
  await db.insert(schema.users).values({ email, name: `Test ${role}`, role, passwordHash: await hashPassword(password) });
  await close();
}
