// Optional single sign-on: each provider is on when its id and secret are set. OAuth only lets existing staff in.
import type { Provider } from 'next-auth/providers/index';
import GitHubProvider from 'next-auth/providers/github';
import GoogleProvider from 'next-auth/providers/google';
import { findUserForSignIn } from '@/db/queries/users';
import { env } from '@/lib/env';

export type OAuthChoice = { id: string; name: string };

export function oauthProviders(): Provider[] {
  const providers: Provider[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) providers.push(GitHubProvider({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) providers.push(GoogleProvider({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  return providers;
}

/** What the sign-in page offers besides email and password. */
export const oauthChoices = (): OAuthChoice[] => oauthProviders().map((p) => ({ id: p.id, name: p.name }));

type ProviderSignIn = { provider: string; email: string | null | undefined; profile: unknown; accessToken: string | undefined };

/**
 * The sign-in's email, only when the provider vouches that its owner verified it: anyone can type a colleague's
 * address into a new GitHub account. Google says so in the profile; GitHub lists verified addresses separately.
 */
export async function verifiedEmail({ provider, email, profile, accessToken }: ProviderSignIn, githubApi = 'https://api.github.com'): Promise<string | null> {
  if (!email) return null;
  if (provider === 'google') return (profile as { email_verified?: boolean } | undefined)?.email_verified === true ? email : null;
  if (provider !== 'github' || !accessToken) return null;
  const response = await fetch(`${githubApi}/user/emails`, {
    headers: { authorization: `Bearer ${accessToken}`, accept: 'application/vnd.github+json' },
    signal: AbortSignal.timeout(5_000),
  }).catch(() => null);
  if (!response?.ok) return null;
  const addresses = (await response.json().catch(() => [])) as { email?: string; verified?: boolean }[];
  const match = Array.isArray(addresses) && addresses.some((a) => a.verified === true && a.email?.toLowerCase() === email.toLowerCase());
  return match ? email : null;
}

/**
 * The staff account an OAuth sign-in maps to: the enabled user with the provider's email, or null. Nobody gets an
 * account by signing in with a provider; admins create users first.
 */
export async function staffForOAuthEmail(email: string | null | undefined): Promise<number | null> {
  if (!email) return null;
  const user = await findUserForSignIn(email);
  return user && !user.disabled ? user.id : null;
}
