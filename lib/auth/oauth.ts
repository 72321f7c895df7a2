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

/**
 * The staff account an OAuth sign-in maps to: the enabled user with the provider's email, or null. Nobody gets an
 * account by signing in with a provider; admins create users first.
 */
export async function staffForOAuthEmail(email: string | null | undefined): Promise<number | null> {
  if (!email) return null;
  const user = await findUserForSignIn(email);
  return user && !user.disabled ? user.id : null;
}
