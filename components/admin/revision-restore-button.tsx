'use client';

import { useRouter } from 'next/navigation';
import { useActionState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import type { ActionState } from '@/lib/auth/actions';

type Props = { action: (state: ActionState, form: FormData) => Promise<ActionState>; id: number; version: number; revision: number; live: boolean };

/** Saves an earlier revision's text as the newest version; `version` is the piece's, for the stale check. */
export function RevisionRestoreButton({ action, id, version, revision, live }: Props) {
  const router = useRouter();
  const [state, submit, pending] = useActionState(async (previous: ActionState, form: FormData) => {
    const next = await action(previous, form);
    // The new revision and the piece's new version are on the server: show them.
    if (next.ok) router.refresh();
    return next;
  }, {});
  return (
    <form action={submit} className="flex flex-col items-end gap-1">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="revision" value={revision} />
      <ConfirmButton
        disabled={pending}
        className="min-h-11 rounded border border-zinc-300 px-4 font-semibold hover:bg-zinc-100 disabled:opacity-60 dark:border-zinc-700 dark:hover:bg-zinc-900"
        question={`Restore version ${revision}?`}
        consequence={`Its text is saved as a new version${live ? ' and replaces the live story on the site at once' : ''}; every earlier version stays in the history.`}
        confirmLabel="Restore"
      >
        Restore this revision<span className="sr-only"> (version {revision})</span>
      </ConfirmButton>
      {(state.error || state.ok) && (
        <p role={state.error ? 'alert' : 'status'} className={state.error ? 'text-red-700 dark:text-red-400' : 'text-emerald-700 dark:text-emerald-400'}>
          {state.error ?? state.ok}
        </p>
      )}
    </form>
  );
}
