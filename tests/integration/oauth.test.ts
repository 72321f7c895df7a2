import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { users } from '@/db/schema';
import { authOptions } from '@/auth';

async function createUser(email: string, disabled = false) {
  const [row] = await db.insert(users).values({ email, name: email, role: 'editor', passwordHash: 'not-used', disabled }).returning({ id: users.id });
  return row!.id;
}

const signIn = (email: string | null) =>
  authOptions.callbacks!.signIn!({ user: { id: 'provider-id', email }, account: { type: 'oauth', provider: 'github', providerAccountId: '1' } } as never);

describe('single sign-on with a provider', () => {
  let staffId: number;
  beforeAll(async () => {
    staffId = await createUser('staff@example.test');
    await createUser('former@example.test', true);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('lets in only enabled staff, by email, and never creates an account', async () => {
    expect(await signIn('Staff@Example.test')).toBe(true);
    expect(await signIn('former@example.test')).toBe(false);
    expect(await signIn('stranger@example.test')).toBe(false);
    expect(await signIn(null)).toBe(false);
    expect(await db.$count(users)).toBe(2);
  });

  it('puts the staff user’s own id in the session token, not the provider’s', async () => {
    const token = await authOptions.callbacks!.jwt!({
      token: {},
      user: { id: 'provider-id', email: 'staff@example.test' },
      account: { type: 'oauth', provider: 'github', providerAccountId: '1' },
    } as never);
    expect(token.uid).toBe(staffId);
  });

  it('offers a provider on the sign-in page only when its id and secret are both set', async () => {
    vi.stubEnv('AUTH_GITHUB_ID', 'id');
    vi.resetModules();
    expect((await import('@/lib/auth/oauth')).oauthChoices()).toEqual([]);
    vi.stubEnv('AUTH_GITHUB_SECRET', 'secret');
    vi.resetModules();
    expect((await import('@/lib/auth/oauth')).oauthChoices()).toEqual([{ id: 'github', name: 'GitHub' }]);
  });
});
