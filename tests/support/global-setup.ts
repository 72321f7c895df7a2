import type { TestProject } from 'vitest/node';
import { migrateDatabase } from '@/db/migrate';
import { createDatabase, dropDatabase, openTestServer, uniqueDatabaseName } from './database';

declare module 'vitest' {
  export interface ProvidedContext {
    serverUrl: string;
    templateDatabase: string;
  }
}

// One migrated template per run; each test file clones it (fast) into a database of its own.
export default async function setup(project: TestProject) {
  const server = await openTestServer();
  const template = uniqueDatabaseName('tw_template');
  await migrateDatabase(await createDatabase(server.url, template));
  project.provide('serverUrl', server.url);
  project.provide('templateDatabase', template);
  return async () => {
    await dropDatabase(server.url, template);
    await server.stop();
  };
}
