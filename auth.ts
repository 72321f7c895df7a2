// next-auth configuration: email + password sign-in for newsroom staff, sessions in signed JWT cookies.
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authenticate } from '@/lib/auth/authenticate';
import { CLIENT_IP_HEADER } from '@/lib/client-ip';
import { oauthProviders, staffForOAuthEmail, verifiedEmail } from '@/lib/auth/oauth';
import { env } from '@/lib/env';

const SESSION_HOURS = 12;

// Set by lib/web-server.ts from the socket (or the trusted proxies' X-Forwarded-For), never by the client.
const clientIp = (headers: Record<string, string | string[] | undefined> | undefined) => String(headers?.[CLIENT_IP_HEADER] ?? 'unknown');

export const authOptions: NextAuthOptions = {
  secret: env.AUTH_SECRET,
  session: { strategy: 'jwt', maxAge: SESSION_HOURS * 3600 },
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
    // The token carries only the user id; role and the disabled flag are read from Postgres on every request.
    jwt: async ({ token, user, account }) => {
      if (!user) return token;
      const uid = account?.type === 'oauth' ? await staffForOAuthEmail(user.email) : Number(user.id);
      return { ...token, uid: uid ?? undefined };
    },
    session: ({ session, token }) => ({ ...session, uid: token.uid }),
  },
};

declare module 'next-auth/jwt' {
  interface JWT {
    uid?: number;
  }
}
