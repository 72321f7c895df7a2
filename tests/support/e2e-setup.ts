// Before the end-to-end run: one database migrated and seeded with the demo content, as the launcher would seed an
// empty one, for e2e-portal.ts to clone (fast) for each spec file and project. Dropped after the run.
import { drizzle } from 'drizzle-orm/postgres-js';
import * as schema from '@/db/schema';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoContent } from '@/lib/demo/seed';
import { createDatabase, dropDatabase, openTestServer, uniqueDatabaseName, withConnection } from './database';

export default async function setup() {
  const server = await openTestServer();
  const template = uniqueDatabaseName('tw_e2e_template');
  const url = await createDatabase(server.url, template);
  await migrateDatabase(url);
  await withConnection(url, (client) => seedDemoContent(drizzle({ client, schema }), { withUsers: true }));
  // Read by the workers, which inherit this process's environment.
  process.env.E2E_SERVER_URL = server.url;
  process.env.E2E_TEMPLATE_DATABASE = template;
  return async () => {
    await dropDatabase(server.url, template);
    await server.stop();
  };
}
