'use client';

import { useActionState } from 'react';
import type { ActionState } from '@/lib/auth/actions';

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState> };

export function SignOutEverywhereForm({ action }: Props) {
  const [state, submit, pending] = useActionState(action, {});
  return (
    <form action={submit} className="space-y-3">
      {state.error && (
        <p role="alert" className="text-red-700 dark:text-red-400">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="min-h-11 rounded border border-zinc-300 px-4 font-semibold hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-900">
        Sign out everywhere
      </button>
    </form>
  );
}
