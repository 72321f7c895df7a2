import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * The session-signing secret: AUTH_SECRET when set; otherwise, outside production, one generated once and
 * kept in the data directory so sessions survive restarts. Production must set it.
 */
export async function resolveAuthSecret({ configured, production, dataDir }: { configured?: string; production: boolean; dataDir: string }) {
  if (configured) return configured;
  if (production) throw new Error('AUTH_SECRET is required when NODE_ENV=production (at least 32 random characters).');
  const file = path.join(dataDir, 'auth-secret');
  const existing = await readFile(file, 'utf8').catch(() => null);
  if (existing?.trim()) return existing.trim();
  const secret = randomBytes(32).toString('base64url');
  await mkdir(dataDir, { recursive: true });
  await writeFile(file, secret, { mode: 0o600 });
  return secret;
}
