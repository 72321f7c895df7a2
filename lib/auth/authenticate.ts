import { clearFailures, countRecentFailures, findUserForSignIn, recordFailure, type StaffUser } from '@/db/queries/users';
import { hashPassword, verifyPassword } from '@/lib/auth/password';

/**
 * Failures are counted per account and address together, and per address across accounts: an address that keeps
 * guessing is refused for a while, but nobody can lock a colleague out from outside, since a correct password from
 * an address without recent failures still gets in. An account under attack from many addresses is slowed down
 * instead: each attempt on it waits a little longer, up to `maxDelayMs`.
 */
export const LIMITS = { perAccountAndClient: 5, perClient: 20, windowMinutes: 15, slowAfter: 5, delayStepMs: 500, maxDelayMs: 5_000 } as const;

// One message for every wrong email, wrong password or disabled account, so the form reveals no accounts.
export const INVALID_CREDENTIALS = 'Email or password is incorrect.';
export const TOO_MANY_ATTEMPTS = `Too many failed sign-ins from your network. Wait ${LIMITS.windowMinutes} minutes, then try again, or ask an admin.`;

// Checked when the email is unknown, so that answer takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export type SignInResult = { ok: true; user: Omit<StaffUser, 'authorId'> } | { ok: false; error: string };

/** How long an attempt on an account with `failures` recent failures (from anywhere) waits before it is checked. */
export const slowdownMs = (failures: number) => Math.min(Math.max(0, failures - LIMITS.slowAfter) * LIMITS.delayStepMs, LIMITS.maxDelayMs);

/**
 * Checks an email and password, counting failures in Postgres so the limits hold across instances. Each attempt is
 * counted before the (slow) password check, so a burst of parallel guesses cannot all slip under a limit; a
 * limited address is refused without checking the password.
 */
export async function authenticate(email: string, password: string, clientIp: string): Promise<SignInResult> {
  const account = `email:${email.trim().toLowerCase()}`;
  const client = `ip:${clientIp}`;
  const pair = `${account}|${client}`;
  const attempt = await recordFailure([account, client, pair]);
  const failures = await countRecentFailures([account, client, pair], LIMITS.windowMinutes);
  if ((failures.get(pair) ?? 0) > LIMITS.perAccountAndClient || (failures.get(client) ?? 0) > LIMITS.perClient) {
    return { ok: false, error: TOO_MANY_ATTEMPTS };
  }
  // This attempt is one of the account's failures until it succeeds.
  const delay = slowdownMs((failures.get(account) ?? 0) - 1);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  const user = await findUserForSignIn(email);
  const matches = await verifyPassword(user?.passwordHash ?? (await (decoyHash ??= hashPassword('decoy password'))), password);
  const valid = user !== null && !user.disabled && matches;
  if (!valid) return { ok: false, error: INVALID_CREDENTIALS };
  await clearFailures([account, pair], attempt);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
