'use client';

import { useState } from 'react';
import { inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/auth/actions';
import { allowedMoves, type Move, type Status } from '@/lib/newsroom/workflow';

export type PieceAction = (state: ActionState, form: FormData) => Promise<ActionState>;

type Props = {
  status: Status;
  role: 'writer' | 'editor' | 'admin';
  /** It was public once: publishing again keeps its first publication time unless "as new" is ticked. */
  publishedBefore: boolean;
  actions: Record<Move, PieceAction>;
  onAction: (action: PieceAction, extra?: Record<string, string>) => Promise<void>;
};

// In a row on phones (the editor's bottom bar), stacked in the sidebar from lg up.
const secondary = 'min-h-11 shrink-0 whitespace-nowrap rounded border border-zinc-300 px-4 font-semibold lg:w-full dark:border-zinc-700';

/** The moves the workflow table allows this user on a piece in this status; the server checks the same table. */
export function PieceWorkflow({ status, role, publishedBefore, actions, onAction }: Props) {
  const [scheduleAt, setScheduleAt] = useState('');
  const [asNew, setAsNew] = useState(false);
  const moves = new Set(allowedMoves(status, { role }));
  const simple = (move: Move, label: string) =>
    moves.has(move) && (
      <button type="button" onClick={() => void onAction(actions[move])} className={secondary}>
        {label}
      </button>
    );
  return (
    <div className="flex shrink-0 gap-2 lg:block lg:space-y-2 lg:border-t lg:border-zinc-200 lg:pt-4 lg:dark:border-zinc-800">
      {simple('submit', 'Submit for review')}
      {moves.has('publish') && (
        <>
          <button type="button" onClick={() => void onAction(actions.publish, { asNew: String(asNew) })} className="min-h-11 shrink-0 whitespace-nowrap rounded bg-emerald-700 px-4 font-semibold text-white lg:w-full">
            {publishedBefore && !asNew ? 'Publish again' : 'Publish now'}
          </button>
          {publishedBefore && (
            <label className="flex min-h-11 shrink-0 items-center gap-2 whitespace-nowrap lg:whitespace-normal">
              <input type="checkbox" checked={asNew} onChange={(e) => setAsNew(e.target.checked)} className="size-5" />
              Publish as new: today&apos;s date, at the top of every list
            </label>
          )}
        </>
      )}
      {moves.has('schedule') && (
        <div className="flex shrink-0 gap-2">
          <label htmlFor="schedule-at" className="sr-only">
            Publish at
          </label>
          <input id="schedule-at" type="datetime-local" value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} className={`${inputClass} mt-0 w-52 min-w-0 lg:w-full`} />
          <button
            type="button"
            disabled={!scheduleAt}
            onClick={() => void onAction(actions.schedule, { at: new Date(scheduleAt).toISOString() })}
            className="min-h-11 rounded border border-zinc-300 px-3 font-semibold disabled:opacity-40 dark:border-zinc-700"
          >
            Schedule
          </button>
        </div>
      )}
      {simple('unpublish', 'Unpublish')}
      {simple('archive', 'Archive')}
      {simple('reopen', 'Reopen as a draft')}
    </div>
  );
}
