'use client';

import { useState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/auth/actions';
import { formatZonedTime, zonedTimeToInstant } from '@/lib/newsroom/time';
import { allowedMoves, type Move, type Status } from '@/lib/newsroom/workflow';
import { NewsroomTime, useNewsroomTimeZone } from './newsroom-time';

export type PieceAction = (state: ActionState, form: FormData) => Promise<ActionState>;

type Props = {
  /** The headline as on screen, for the confirmations. */
  title: string;
  status: Status;
  scheduledFor: Date | null;
  role: 'writer' | 'editor' | 'admin';
  /** It was public once: publishing again keeps its first publication time unless "as new" is ticked. */
  publishedBefore: boolean;
  actions: Record<Move, PieceAction>;
  /** Says whether the move was made. */
  onAction: (action: PieceAction, extra?: Record<string, string>) => Promise<boolean>;
};

// In a row on phones (the editor's bottom bar), stacked in the sidebar from lg up.
const secondary = 'min-h-11 shrink-0 whitespace-nowrap rounded border border-zinc-300 px-4 font-semibold lg:w-full dark:border-zinc-700';

/** What leaving its status does to readers, said before Unpublish or Archive. */
function goesAway(status: Status, scheduledFor: Date | null, zone: string) {
  if (status === 'published') return 'It disappears from the site, feeds and search at once';
  if (status === 'scheduled' && scheduledFor) return `It will not go live on ${formatZonedTime(scheduledFor, zone)}`;
  return 'Readers never saw it';
}

/** The moves the workflow table allows this user on a piece in this status; the server checks the same table. */
export function PieceWorkflow({ title, status, scheduledFor, role, publishedBefore, actions, onAction }: Props) {
  const zone = useNewsroomTimeZone();
  const [scheduleAt, setScheduleAt] = useState('');
  const [asNew, setAsNew] = useState(false);
  const [returnNote, setReturnNote] = useState('');
  const moves = new Set(allowedMoves(status, { role }));
  const headline = `“${title.trim() || 'Untitled draft'}”`;
  const simple = (move: Move, label: string) =>
    moves.has(move) && (
      <button type="button" onClick={() => void onAction(actions[move])} className={secondary}>
        {label}
      </button>
    );
  const at = scheduleAt ? zonedTimeToInstant(scheduleAt, zone) : null;
  return (
    <div className="flex shrink-0 gap-2 lg:block lg:space-y-2 lg:border-t lg:border-zinc-200 lg:pt-4 lg:dark:border-zinc-800">
      {status === 'scheduled' && scheduledFor && (
        <p className="shrink-0 self-center text-sm whitespace-nowrap lg:whitespace-normal">
          Goes live <NewsroomTime value={scheduledFor} />
        </p>
      )}
      {simple('submit', 'Submit for review')}
      {moves.has('send_back') && (
        <ConfirmButton
          className={secondary}
          question={`Send ${headline} back to the writer?`}
          consequence="It becomes a draft again, and the writer sees your note on their dashboard and in the piece until they submit it again."
          confirmLabel="Send back"
          confirmDisabled={!returnNote.trim()}
          onConfirm={() => void onAction(actions.send_back, { note: returnNote }).then((made) => made && setReturnNote(''))}
          field={
            <label className="mt-3 block font-semibold">
              Note for the writer
              <textarea value={returnNote} onChange={(e) => setReturnNote(e.target.value)} rows={4} maxLength={2000} required className={`${inputClass} font-normal`} />
            </label>
          }
        >
          Send back to the writer
        </ConfirmButton>
      )}
      {moves.has('publish') && (
        <>
          <ConfirmButton
            className="min-h-11 shrink-0 whitespace-nowrap rounded bg-emerald-700 px-4 font-semibold text-white lg:w-full"
            question={`Publish ${headline} now?`}
            consequence={
              publishedBefore && !asNew
                ? 'It is back on the site, in the feeds and in search at once, under its first publication date.'
                : 'It appears on the site, in the feeds and in search at once, dated now.'
            }
            confirmLabel="Publish"
            tone="go"
            onConfirm={() => void onAction(actions.publish, { asNew: String(asNew) })}
          >
            {publishedBefore && !asNew ? 'Publish again' : 'Publish now'}
          </ConfirmButton>
          {publishedBefore && (
            <label className="flex min-h-11 shrink-0 items-center gap-2 whitespace-nowrap lg:whitespace-normal">
              <input type="checkbox" checked={asNew} onChange={(e) => setAsNew(e.target.checked)} className="size-5" />
              Publish as new: today&apos;s date, at the top of every list
            </label>
          )}
        </>
      )}
      {moves.has('schedule') && (
        <div className="shrink-0">
          <div className="flex gap-2">
            <label htmlFor="schedule-at" className="sr-only">
              Publish at ({zone} time)
            </label>
            <input id="schedule-at" type="datetime-local" value={scheduleAt} onChange={(e) => setScheduleAt(e.target.value)} aria-describedby="schedule-zone" className={`${inputClass} mt-0 w-52 min-w-0 lg:w-full`} />
            <ConfirmButton
              disabled={!at}
              className="min-h-11 rounded border border-zinc-300 px-3 font-semibold disabled:opacity-40 dark:border-zinc-700"
              question={`Schedule ${headline}?`}
              consequence={at ? `It goes live on ${formatZonedTime(at, zone)}: on the site, in the feeds and in search, unless someone unpublishes it first.` : ''}
              confirmLabel="Schedule"
              tone="go"
              onConfirm={() => at && void onAction(actions.schedule, { at: at.toISOString() })}
            >
              Schedule
            </ConfirmButton>
          </div>
          <p id="schedule-zone" className="mt-1 text-sm whitespace-nowrap text-zinc-600 lg:whitespace-normal dark:text-zinc-400">
            Newsroom time: {zone}
            {at && (
              <>
                {' · '}
                <NewsroomTime value={at} />
              </>
            )}
          </p>
        </div>
      )}
      {moves.has('unpublish') && (
        <ConfirmButton
          className={secondary}
          question={`Unpublish ${headline}?`}
          consequence={`${goesAway(status, scheduledFor, zone)}; it stays in the newsroom as a draft.`}
          confirmLabel="Unpublish"
          onConfirm={() => void onAction(actions.unpublish)}
        >
          Unpublish
        </ConfirmButton>
      )}
      {moves.has('archive') && (
        <ConfirmButton
          className={secondary}
          question={`Archive ${headline}?`}
          consequence={`${goesAway(status, scheduledFor, zone)}; it moves to the archive, and “Reopen as a draft” brings it back to the newsroom.`}
          confirmLabel="Archive"
          onConfirm={() => void onAction(actions.archive)}
        >
          Archive
        </ConfirmButton>
      )}
      {simple('reopen', 'Reopen as a draft')}
    </div>
  );
}
