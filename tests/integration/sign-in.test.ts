import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { users } from '@/db/schema';
import { authenticate, INVALID_CREDENTIALS, LIMITS, slowdownMs, TOO_MANY_ATTEMPTS } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/auth/password';

const PASSWORD = 'correct horse battery';

async function createUser(email: string, overrides: Partial<typeof users.$inferInsert> = {}) {
  await db.insert(users).values({ email, name: email, role: 'writer', passwordHash: await hashPassword(PASSWORD), ...overrides });
}

describe('sign-in', () => {
  beforeAll(async () => {
    await createUser('writer@example.test');
    await createUser('gone@example.test', { disabled: true });
    await createUser('limited@example.test');
    await createUser('cleared@example.test');
  });

  it('accepts the right password, case-insensitively on the email', async () => {
    const result = await authenticate(' Writer@Example.TEST ', PASSWORD, '10.0.0.1');
    expect(result).toMatchObject({ ok: true, user: { email: 'writer@example.test', role: 'writer' } });
  });

  it('answers a wrong password, an unknown email and a disabled account with the same message', async () => {
    for (const [email, password] of [
      ['writer@example.test', 'wrong password'],
      ['nobody@example.test', PASSWORD],
      ['gone@example.test', PASSWORD],
    ]) {
      expect(await authenticate(email!, password!, '10.0.0.2')).toEqual({ ok: false, error: INVALID_CREDENTIALS });
    }
  });

  it('cannot be used to lock a colleague out: failures from other addresses leave a clean address in', async () => {
    // Six wrong passwords from six addresses, as the outside review did.
    for (let i = 0; i <= LIMITS.perAccountAndClient; i++) {
      expect(await authenticate('limited@example.test', 'guess', `10.1.0.${i}`)).toEqual({ ok: false, error: INVALID_CREDENTIALS });
    }
    expect(await authenticate('limited@example.test', PASSWORD, '10.1.9.9')).toMatchObject({ ok: true, user: { email: 'limited@example.test' } });
  });

  it(`refuses an address after ${LIMITS.perAccountAndClient} failures on one account, even with the right password`, async () => {
    await createUser('guessed@example.test');
    for (let i = 0; i < LIMITS.perAccountAndClient; i++) await authenticate('guessed@example.test', 'guess', '10.5.0.1');
    expect(await authenticate('guessed@example.test', PASSWORD, '10.5.0.1')).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
    // The account's owner, elsewhere, still gets in; other accounts from the guessing address too.
    expect((await authenticate('guessed@example.test', PASSWORD, '10.5.0.2')).ok).toBe(true);
    expect((await authenticate('writer@example.test', PASSWORD, '10.5.0.1')).ok).toBe(true);
  });

  it(`limits one address after ${LIMITS.perClient} failures across accounts`, async () => {
    for (let i = 0; i < LIMITS.perClient; i++) await authenticate(`spray${i}@example.test`, 'guess', '10.2.0.1');
    expect(await authenticate('writer@example.test', PASSWORD, '10.2.0.1')).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
    expect((await authenticate('writer@example.test', PASSWORD, '10.2.0.2')).ok).toBe(true);
  });

  it('lets no more than the limit of a burst of parallel guesses from one address reach the password check', async () => {
    await createUser('burst@example.test');
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => authenticate('burst@example.test', `guess ${i}`, '10.4.0.1')));
    expect(burst.filter((r) => !r.ok && r.error === INVALID_CREDENTIALS).length).toBeLessThanOrEqual(LIMITS.perAccountAndClient);
    expect(await authenticate('burst@example.test', PASSWORD, '10.4.0.1')).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
  });

  it('slows down, rather than locks, an account guessed at from many addresses', () => {
    expect(slowdownMs(LIMITS.slowAfter)).toBe(0);
    expect(slowdownMs(LIMITS.slowAfter + 1)).toBe(LIMITS.delayStepMs);
    expect(slowdownMs(1_000)).toBe(LIMITS.maxDelayMs);
  });

  it('forgets an account’s failures after a successful sign-in', async () => {
    for (let i = 0; i < LIMITS.perAccountAndClient - 1; i++) await authenticate('cleared@example.test', 'guess', '10.3.0.1');
    expect((await authenticate('cleared@example.test', PASSWORD, '10.3.0.2')).ok).toBe(true);
    for (let i = 0; i < LIMITS.perAccountAndClient - 1; i++) await authenticate('cleared@example.test', 'guess', '10.3.0.3');
    expect((await authenticate('cleared@example.test', PASSWORD, '10.3.0.4')).ok).toBe(true);
  });
});
