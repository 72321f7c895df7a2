'use client';

import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState } from 'react';

import { inputClass } from '@/components/ui/field';
import type { OAuthChoice } from '@/lib/auth/oauth';

export function SignInForm({ next, oauth, initialError }: { next: string; oauth: OAuthChoice[]; initialError: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(form: FormData) {
    setPending(true);
    setError(null);
    const result = await signIn('credentials', { email: form.get('email'), password: form.get('password'), redirect: false });
    setPending(false);
    if (result?.ok) router.push(next);
    else setError(result?.error && result.error !== 'CredentialsSignin' ? result.error : 'Sign-in failed. Try again.');
  }

  return (
    <form action={submit} className="space-y-4">
      <div>
        <label htmlFor="email" className="font-semibold">
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required maxLength={254} className={inputClass} />
      </div>
      <div>
        <label htmlFor="password" className="font-semibold">
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required maxLength={200} className={inputClass} />
      </div>
      {error && (
        <p role="alert" className="rounded border border-red-300 bg-red-50 p-3 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200">
          {error}
        </p>
      )}
      <button type="submit" disabled={pending} className="min-h-11 w-full rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {pending ? 'Signing in…' : 'Sign in'}
      </button>
      {oauth.map((provider) => (
        <button
          key={provider.id}
          type="button"
          onClick={() => void signIn(provider.id, { callbackUrl: next })}
          className="min-h-11 w-full rounded border border-zinc-300 px-4 font-semibold dark:border-zinc-700"
        >
          Sign in with {provider.name}
        </button>
      ))}
    </form>
  );
}
