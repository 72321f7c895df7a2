// next-auth configuration: email + password sign-in for newsroom staff, sessions in signed JWT cookies.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/auth/authenticate';
import { CLIENT_IP_HEADER } from '@/lib/server/client-ip';
import { oauthProviders, staffForOAuthEmail, verifiedEmail } from '@/lib/auth/oauth';
import { endSession, openSession } from '@/db/queries/sessions';
import { env, siteUrl } from '@/lib/env';

const SESSION_HOURS = 12;

// Set by lib/server/web-server.ts from the socket (or the trusted proxies' X-Forwarded-For), never by the client.
const clientIp = (headers: Record<string, string | string[] | undefined> | undefined) => String(headers?.[CLIENT_IP_HEADER] ?? 'unknown');

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 3600 },
  // Secure cookies with the __Secure- and __Host- names whenever the site is served over https, whatever the
  // request in front of a proxy says; lib/server/portal.ts refuses an http SITE_URL in production unless told to allow it.
  useSecureCookies: siteUrl.startsWith('https://'),
  pages: { signIn: '/sign-in', error: '/sign-in' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const email = credentials?.email ?? '';
        const password = credentials?.password ?? '';
        if (!email || !password || email.length > 254 || password.length > 200) throw new Error('Enter your email and password.');
        const result = await authenticate(email, password, clientIp(request?.headers));
        if (!result.ok) throw new Error(result.error);
        return { id: String(result.user.id), email: result.user.email, name: result.user.name };
      },
    }),
    ...oauthProviders(),
  ],
  callbacks: {
    // A provider's account gets in only with a verified email that an enabled staff user has.
    signIn: async ({ user, account, profile }) =>
      account?.type !== 'oauth' ||
      (await staffForOAuthEmail(await verifiedEmail({ provider: account.provider, email: user.email, profile, accessToken: account.access_token }))) !== null,
    // The token carries the user id and the id of a session row (db/queries/sessions.ts); the session, the role and
    // the disabled flag are read from Postgres on every request, so ending the row ends the token.
    jwt: async ({ token, user, account }) => {
      if (!user) return token;
      const uid = account?.type === 'oauth' ? await staffForOAuthEmail(user.email) : Number(user.id);
      return { ...token, uid: uid ?? undefined, sid: uid ? await openSession(uid, SESSION_HOURS * 3600) : undefined };
    },
    session: ({ session, token }) => ({ ...session, sid: token.sid }),
  },
  events: {
    signOut: async ({ token }) => {
      if (token?.sid) await endSession(token.sid);
    },
  },
};

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
    sid?: string;
  }
}
