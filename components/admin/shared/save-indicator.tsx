'use client';

import { useSyncState, type SharedPiece } from './use-shared-piece';

type Props = {
  shared: SharedPiece;
  /** An explicit save (a revision, or the live article's update) is under way. */
  saving: boolean;
  live: boolean;
  /** The document's change count at the last explicit save: a live story is behind while the count is past it. */
  savedChanges: number;
  /** The last store's refusal (a field over its limit, say), which keeps a draft's columns from following. */
  storeError: string | null;
  status: string;
};

/** Where the writer's changes are, in words; the one part of the editor that redraws as each keystroke travels. */
export function SaveIndicator({ shared, saving, live, savedChanges, storeError, status }: Props) {
  const refused = useSyncState(shared, (s) => s.refused);
  const online = useSyncState(shared, (s) => s.online);
  const travelling = useSyncState(shared, (s) => s.unsynced || s.storing);
  const notLive = useSyncState(shared, (s) => live && s.changes > savedChanges);
  const words = refused
    ? 'Not saved: you can no longer edit this piece'
    : !online
      ? 'Offline: changes are kept in this browser'
      : travelling || saving
        ? 'Saving…'
        : notLive
          ? 'Changes not live yet'
          : storeError && !live
            ? 'Changes kept, the piece not updated: see below'
            : 'All changes saved';
  return (
    <p role="status" aria-live="polite" className="text-sm font-semibold lg:rounded lg:bg-zinc-100 lg:p-3 lg:text-base lg:dark:bg-zinc-900">
      {words} · {status.replace('_', ' ')}
    </p>
  );
}
