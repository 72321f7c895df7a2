import { clearFailures, countRecentFailures, findUserForSignIn, recordFailure, type StaffUser } from '@/db/queries/users';
import { hashPassword, verifyPassword } from '@/lib/password';

export const LIMITS = { perAccount: 5, perClient: 20, windowMinutes: 15 } as const;

// One message for every wrong email, wrong password or disabled account, so the form reveals no accounts.
export const INVALID_CREDENTIALS = 'Email or password is incorrect.';
export const TOO_MANY_ATTEMPTS = `Too many sign-in attempts. Wait ${LIMITS.windowMinutes} minutes, then try again.`;

// Checked when the email is unknown, so that answer takes as long as a wrong password.
let decoyHash: Promise<string> | undefined;

export type SignInResult = { ok: true; user: Omit<StaffUser, 'authorId'> } | { ok: false; error: string };

/**
 * Checks an email and password, counting failures per account and per client address in Postgres so the
 * limit holds across instances. Each attempt is counted before the (slow) password check, so a burst of parallel
 * guesses cannot all slip under the limit; a limited account or client is refused without checking the password.
 */
export async function authenticate(email: string, password: string, clientIp: string): Promise<SignInResult> {
  const accountKey = `email:${email.trim().toLowerCase()}`;
  const clientKey = `ip:${clientIp}`;
  const attempt = await recordFailure([accountKey, clientKey]);
  const failures = await countRecentFailures([accountKey, clientKey], LIMITS.windowMinutes);
  if ((failures.get(accountKey) ?? 0) > LIMITS.perAccount || (failures.get(clientKey) ?? 0) > LIMITS.perClient) {
    return { ok: false, error: TOO_MANY_ATTEMPTS };
  }
  const user = await findUserForSignIn(email);
  const matches = await verifyPassword(user?.passwordHash ?? (await (decoyHash ??= hashPassword('decoy password'))), password);
  const valid = user !== null && !user.disabled && matches;
  if (!valid) return { ok: false, error: INVALID_CREDENTIALS };
  await clearFailures(accountKey, attempt);
  return { ok: true, user: { id: user.id, email: user.email, name: user.name, role: user.role } };
}
