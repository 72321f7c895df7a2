import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db';
import { users } from '@/db/schema';
import { authOptions } from '@/auth';
import { verifiedEmail } from '@/lib/auth/oauth';

async function createUser(email: string, disabled = false) {
  const [row] = await db.insert(users).values({ email, name: email, role: 'editor', passwordHash: 'not-used', disabled }).returning({ id: users.id });
  return row!.id;
}

// Google vouches for an address in the profile; these sign-ins carry a verified one unless told otherwise.
const signIn = (email: string | null, verified = true) =>
  authOptions.callbacks!.signIn!({
    user: { id: 'provider-id', email },
    account: { type: 'oauth', provider: 'google', providerAccountId: '1' },
    profile: { email, email_verified: verified },
  } as never);

// GitHub lists a user's addresses with their verified flag at /user/emails: a local server speaks that JSON.
async function githubEmailsStub(addresses: { email: string; verified: boolean }[]) {
  const server = createServer((request, response) => {
    const authorised = request.url === '/user/emails' && request.headers.authorization === 'Bearer token-1';
    response.writeHead(authorised ? 200 : 401, { 'content-type': 'application/json' }).end(JSON.stringify(authorised ? addresses : { message: 'Bad credentials' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => new Promise((resolve) => server.close(resolve)) };
}

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

  it('refuses a staff address the provider does not vouch for', async () => {
    expect(await signIn('staff@example.test', false)).toBe(false);
    const github = await githubEmailsStub([
      { email: 'staff@example.test', verified: false },
      { email: 'me@example.test', verified: true },
    ]);
    const asGitHub = (email: string, accessToken: string) => verifiedEmail({ provider: 'github', email, profile: {}, accessToken }, github.url);
    try {
      expect(await asGitHub('staff@example.test', 'token-1')).toBeNull();
      expect(await asGitHub('me@example.test', 'token-1')).toBe('me@example.test');
      expect(await asGitHub('me@example.test', 'stolen')).toBeNull();
    } finally {
      await github.close();
    }
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
