import { afterAll, inject } from 'vitest';
import { createDatabase, dropDatabase, uniqueDatabaseName } from './database';

// Runs before each integration test file is imported, so db/index.ts connects to this file's database.
const serverUrl = inject('serverUrl');
const name = uniqueDatabaseName('tw_test');
process.env.DATABASE_URL = await createDatabase(serverUrl, name, inject('templateDatabase'));

afterAll(async () => {
  const { sql } = await import('@/db');
  await sql.end();
  await dropDatabase(serverUrl, name);
});
