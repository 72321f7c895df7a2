import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/sign-in-form';
import { oauthChoices } from '@/lib/auth/oauth';
import { getCurrentUser } from '@/lib/auth/session';

export const metadata: Metadata = { title: 'Sign in', robots: { index: false } };

// Only same-site paths: an open redirect would let a crafted link send staff elsewhere after signing in.
const safeNext = (value: unknown) => (typeof value === 'string' && /^\/(?!\/)[\w\-/?=&%.]*$/.test(value) ? value : '/admin');

// next-auth sends failed provider sign-ins back here with ?error=; say so without revealing which accounts exist.
const errorMessage = (code: unknown) =>
  code === 'AccessDenied' ? 'That account is not on the newsroom staff. Ask an admin to add your email.' : code ? 'Sign-in failed. Try again.' : null;

export default async function SignInPage({ searchParams }: { searchParams: Promise<{ next?: string; callbackUrl?: string; error?: string }> }) {
  const params = await searchParams;
  const next = safeNext(params.callbackUrl ?? params.next);
  if (await getCurrentUser()) redirect(next);
  return (
    <div className="mx-auto max-w-sm py-8">
      <h1 className="text-3xl font-black tracking-tight">Staff sign-in</h1>
      <p className="mt-2 text-zinc-700 dark:text-zinc-300">For Tickerwire writers, editors and admins.</p>
      <div className="mt-6">
        <SignInForm next={next} oauth={oauthChoices()} initialError={errorMessage(params.error)} />
      </div>
    </div>
  );
}
