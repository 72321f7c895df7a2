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

const secondary = 'min-h-11 w-full rounded border border-zinc-300 px-4 font-semibold dark:border-zinc-700';

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
    <div className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      {simple('submit', 'Submit for review')}
      {moves.has('publish') && (
        <>
          <button type="button" onClick={() => void onAction(actions.publish, { asNew: String(asNew) })} className="min-h-11 w-full rounded bg-emerald-700 px-4 font-semibold text-white">
            {publishedBefore && !asNew ? 'Publish again' : 'Publish now'}
          </button>
          {publishedBefore && (
            <label className="flex min-h-11 items-center gap-2">
              <input type="checkbox" checked={asNew} onChange={(e) => setAsNew(e.target.checked)} className="size-5" />
              Publish as new: today&apos;s date, at the top of every list
            </label>
          )}
        </>
      )}
      {moves.has('schedule') && (
        <div className="flex gap-2">
          <label htmlFor="schedule-at" className="sr-only">
            Publish at
          </label>
          <input id="schedule-at" type="datetime-local" value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} className={`${inputClass} mt-0 min-w-0`} />
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
