'use client';

import { useState } from 'react';
import type { ActionState } from '@/lib/auth/actions';
import { inputClass } from '@/components/ui/field';

export type PieceAction = (state: ActionState, form: FormData) => Promise<ActionState>;

type Props = {
  status: string;
  editor: boolean;
  actions: Record<'submit' | 'publish' | 'schedule' | 'unpublish' | 'archive', PieceAction>;
  onAction: (action: PieceAction, extra?: Record<string, string>) => Promise<void>;
};

const secondary = 'min-h-11 w-full rounded border border-zinc-300 px-4 font-semibold dark:border-zinc-700';

/** The status changes a piece can go through next; only editors see publishing (the server checks again). */
export function PieceWorkflow({ status, editor, actions, onAction }: Props) {
  const [scheduleAt, setScheduleAt] = useState('');
  const live = status === 'published' || status === 'scheduled';
  return (
    <div className="space-y-2 border-t border-zinc-200 pt-4 dark:border-zinc-800">
      {status === 'draft' && (
        <button type="button" onClick={() => void onAction(actions.submit)} className={secondary}>
          Submit for review
        </button>
      )}
      {editor && status !== 'published' && (
        <>
          <button type="button" onClick={() => void onAction(actions.publish)} className="min-h-11 w-full rounded bg-emerald-700 px-4 font-semibold text-white">
            Publish now
          </button>
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
        </>
      )}
      {editor && live && (
        <button type="button" onClick={() => void onAction(actions.unpublish)} className={secondary}>
          Unpublish
        </button>
      )}
      {editor && status !== 'archived' && (
        <button type="button" onClick={() => void onAction(actions.archive)} className={secondary}>
          Archive
        </button>
      )}
    </div>
  );
}
