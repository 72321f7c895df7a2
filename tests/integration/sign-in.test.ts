import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/db';
import { users } from '@/db/schema';
import { authenticate, INVALID_CREDENTIALS, LIMITS, TOO_MANY_ATTEMPTS } from '@/lib/auth/authenticate';
import { hashPassword } from '@/lib/password';

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

  it(`locks an account after ${LIMITS.perAccount} failures, even from other addresses and with the right password`, async () => {
    for (let i = 0; i < LIMITS.perAccount; i++) await authenticate('limited@example.test', 'guess', `10.1.0.${i}`);
    expect(await authenticate('limited@example.test', PASSWORD, '10.1.9.9')).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
    // Other accounts are unaffected.
    expect((await authenticate('writer@example.test', PASSWORD, '10.1.9.9')).ok).toBe(true);
  });

  it(`limits one address after ${LIMITS.perClient} failures across accounts`, async () => {
    for (let i = 0; i < LIMITS.perClient; i++) await authenticate(`spray${i}@example.test`, 'guess', '10.2.0.1');
    expect(await authenticate('writer@example.test', PASSWORD, '10.2.0.1')).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
    expect((await authenticate('writer@example.test', PASSWORD, '10.2.0.2')).ok).toBe(true);
  });

  it('lets no more than the limit of a burst of parallel guesses reach the password check', async () => {
    await createUser('burst@example.test');
    const burst = await Promise.all(Array.from({ length: 12 }, (_, i) => authenticate('burst@example.test', `guess ${i}`, `10.4.0.${i}`)));
    expect(burst.filter((r) => !r.ok && r.error === INVALID_CREDENTIALS).length).toBeLessThanOrEqual(LIMITS.perAccount);
    expect(await authenticate('burst@example.test', PASSWORD, '10.4.1.1')).toEqual({ ok: false, error: TOO_MANY_ATTEMPTS });
  });

  it('forgets an account’s failures after a successful sign-in', async () => {
    for (let i = 0; i < LIMITS.perAccount - 1; i++) await authenticate('cleared@example.test', 'guess', '10.3.0.1');
    expect((await authenticate('cleared@example.test', PASSWORD, '10.3.0.2')).ok).toBe(true);
    for (let i = 0; i < LIMITS.perAccount - 1; i++) await authenticate('cleared@example.test', 'guess', '10.3.0.3');
    expect((await authenticate('cleared@example.test', PASSWORD, '10.3.0.4')).ok).toBe(true);
  });
});
