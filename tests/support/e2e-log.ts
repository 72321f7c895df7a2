// What the portal of the running spec (e2e-portal.ts) has logged, and the secrets that must never show up in it.
import { demoUsers } from '@/lib/demo/seed';

/** Where each spec's portal log is kept after it stops. */
export const E2E_LOG_DIR = '.data/e2e-logs';

// The header every next-auth session token starts with ({"alg":"dir","enc":"A256GCM"}), whoever signed in.
export const SESSION_TOKEN = /eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0\.\.[\w-]{8,}/;

let current: { output: string[]; authSecret: string } | undefined;

/** Set by e2e-portal.ts when a spec's portal starts: the lines it logs, as they come, and its signing secret. */
export function setE2eLog(output: string[], authSecret: string) {
  current = { output, authSecret };
}

function portalLog() {
  if (!current) throw new Error('No end-to-end portal has started in this worker: import test from tests/support/e2e-portal.ts');
  return current;
}

export const readServerLog = async () => portalLog().output.join('\n');

/** The JSON log lines written while handling the request with this id. */
export async function serverLogLinesFor(requestId: string): Promise<Record<string, unknown>[]> {
  return (await readServerLog())
    .split('\n')
    .filter((line) => line.includes(requestId))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .filter((line) => line.requestId === requestId);
}

/** The names (never the values, which a failure message would repeat) of the secrets found in a log. */
export function secretsInLog(log: string, authSecret: string, more: Record<string, string> = {}): string[] {
  const secrets: Record<string, string> = {
    ...Object.fromEntries(demoUsers.map((user) => [`the ${user.role}'s password`, user.password])),
    AUTH_SECRET: authSecret,
    ...more,
  };
  const found = Object.entries(secrets).filter(([, secret]) => log.includes(secret)).map(([name]) => name);
  return SESSION_TOKEN.test(log) ? [...found, 'a session token'] : found;
}

/** The secrets found in the log of the running spec's portal so far. */
export async function secretsInServerLog(more: Record<string, string> = {}): Promise<string[]> {
  return secretsInLog(await readServerLog(), portalLog().authSecret, more);
}
