// The end-to-end portal's output, captured by e2e-server.ts, and the secrets that must never show up in it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { demoUsers } from '@/db/seed';

export const E2E_SERVER_LOG = '.data/e2e-server.log';

// The header every next-auth session token starts with ({"alg":"dir","enc":"A256GCM"}), whoever signed in.
export const SESSION_TOKEN = /eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0\.\.[\w-]{8,}/;

export const readServerLog = () => readFile(E2E_SERVER_LOG, 'utf8');

/** The JSON log lines written while handling the request with this id. */
export async function serverLogLinesFor(requestId: string): Promise<Record<string, unknown>[]> {
  return (await readServerLog())
    .split('\n')
    .filter((line) => line.includes(requestId))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.requestId === requestId);
}

// The portal signs sessions with AUTH_SECRET, or with the one it generated into $DATA_DIR when that is unset.
async function authSecret(): Promise<string> {
  return process.env.AUTH_SECRET ?? (await readFile(path.join(process.env.DATA_DIR ?? '.data', 'auth-secret'), 'utf8')).trim();
}

/** The names (never the values, which a failure message would repeat) of the secrets found in the server's log. */
export async function secretsInServerLog(more: Record<string, string> = {}): Promise<string[]> {
  const log = await readServerLog();
  const secrets: Record<string, string> = {
    ...Object.fromEntries(demoUsers.map((user) => [`the ${user.role}'s password`, user.password])),
    AUTH_SECRET: await authSecret(),
    ...more,
  };
  const found = Object.entries(secrets).filter(([, secret]) => log.includes(secret)).map(([name]) => name);
  return SESSION_TOKEN.test(log) ? [...found, 'a session token'] : found;
}
