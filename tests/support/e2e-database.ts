import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';

let current: string | undefined;

/** Set by e2e-portal.ts when a spec's portal starts: the database it serves, the spec's own. */
export function setE2eDatabase(url: string) {
  current = url;
}

/** A connection to the database the running spec's portal is serving. */
export function connectE2eDatabase() {
  if (!current) throw new Error('No end-to-end portal has started in this worker: import test from tests/support/e2e-portal.ts');
  const client = postgres(current, { max: 2, onnotice: () => {} });
  return { db: drizzle({ client, schema }), close: () => client.end() };
}

/** A staff account made for one test, so tests that change or lock accounts do not disturb each other. */
export async function createStaffUser(email: string, password: string, role: 'admin' | 'editor' | 'writer' = 'writer') {
  const { db, close } = connectE2eDatabase();
  await db.insert(schema.users).values({ email, name: `Test ${role}`, role, passwordHash: await hashPassword(password) });
  await close();
}
