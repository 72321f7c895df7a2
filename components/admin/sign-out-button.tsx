'use client';

import { signOut } from 'next-auth/react';

export function SignOutButton() {
  return (
    <button type="button" onClick={() => void signOut({ callbackUrl: '/sign-in' })} className="min-h-11 whitespace-nowrap rounded px-3 font-semibold hover:bg-zinc-100 dark:hover:bg-zinc-900">
      Sign out
    </button>
  );
}
