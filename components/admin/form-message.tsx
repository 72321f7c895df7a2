import type { ActionState } from '@/lib/auth/actions';

/** What the last submit of a newsroom form came to: an error to act on, or what was done. */
export function FormMessage({ state }: { state: ActionState }) {
  if (state.error) {
    return (
      <p role="alert" className="text-red-700 dark:text-red-400">
        {state.error}
      </p>
    );
  }
  if (!state.ok) return null;
  return (
    <p role="status" className="text-emerald-700 dark:text-emerald-400">
      {state.ok}
    </p>
  );
}
