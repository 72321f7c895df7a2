'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import type { ActionState } from '@/lib/auth/actions';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { FormMessage } from './form-message';
import { NewsroomTime } from './newsroom-time';
import type { PieceAction } from './piece-workflow';

type Props = {
  id: number;
  /** The note the piece was last sent back with, until it is submitted again. */
  returned: { note: string; by: string | null; at: Date } | null;
  marketMoving: {
    marked: boolean;
    markedBy: string | null;
    approvedBy: string | null;
    approvedAt: Date | null;
    /** The approval covers the text as it reads now. */
    holds: boolean;
  };
  /** Editors may mark; the marker or an admin may unmark; null when this user may approve, else why not. */
  mayMark: boolean;
  mayUnmark: boolean;
  approvalRefusal: string | null;
  /** The text as the page was drawn: an approval names what its approver read. */
  fingerprint: string;
  actions: { mark: PieceAction; approve: PieceAction };
};

const button = 'min-h-11 rounded border border-zinc-400 px-4 font-semibold disabled:opacity-40 dark:border-zinc-600';

/** What the desk said about the piece and where it stands with the market-moving rule, above the editor. */
export function ReviewPanel({ id, returned, marketMoving, mayMark, mayUnmark, approvalRefusal, fingerprint, actions }: Props) {
  const router = useRouter();
  const [result, setResult] = useState<ActionState>({});
  const [pending, startTransition] = useTransition();
  const run = (action: PieceAction, extra: Record<string, string> = {}) =>
    startTransition(async () => {
      const form = new FormData();
      form.set('id', String(id));
      for (const [key, value] of Object.entries(extra)) form.set(key, value);
      const state = await action({}, form).catch((): ActionState => ({ error: 'Could not reach the server. Try again.' }));
      setResult(state);
      if (!state.error) router.refresh();
    });
  const { marked, markedBy, approvedBy, approvedAt, holds } = marketMoving;

  return (
    <div className="mb-6 space-y-3">
      {returned && (
        <section aria-label="Sent back" className="rounded border border-amber-400 bg-amber-50 p-3 dark:bg-amber-950">
          <p className="font-semibold">
            Sent back{returned.by ? ` by ${returned.by}` : ''}, <NewsroomTime value={returned.at} />:
          </p>
          <p className="mt-1 whitespace-pre-line break-words">{returned.note}</p>
        </section>
      )}
      {(marked || mayMark) && (
        <section aria-label="Market-moving" className={`rounded border p-3 ${marked ? 'border-red-400 bg-red-50 dark:bg-red-950' : 'border-zinc-300 dark:border-zinc-700'}`}>
          {marked ? (
            <>
              <p className="font-semibold">
                Market-moving{markedBy ? `, marked by ${markedBy}` : ''}.{' '}
                {approvedBy && holds && (
                  <>
                    Approved by {approvedBy}
                    {approvedAt && (
                      <>
                        , <NewsroomTime value={approvedAt} />
                      </>
                    )}
                    : it may go live as it reads now.
                  </>
                )}
                {approvedBy && !holds && `${approvedBy} approved it, but the text has changed since: a second editor must approve it again before it goes live.`}
                {!approvedBy && 'A second editor, neither its author nor the one who marked it, must approve it before it is published or scheduled.'}
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-2">
                {!holds && !approvalRefusal && (
                  <button type="button" disabled={pending} onClick={() => run(actions.approve, { fingerprint })} className={`${button} border-emerald-700 bg-emerald-700 text-white`}>
                    Approve for publication
                  </button>
                )}
                {!holds && approvalRefusal && <p className="text-sm">{approvalRefusal}</p>}
                {mayMark && mayUnmark && (
                  <ConfirmButton
                    className={button}
                    disabled={pending}
                    question="Not market-moving after all?"
                    consequence="It can then be published or scheduled without a second editor’s approval, and any approval is withdrawn."
                    confirmLabel="Not market-moving"
                    onConfirm={() => run(actions.mark, { marketMoving: 'false' })}
                  >
                    Not market-moving
                  </ConfirmButton>
                )}
              </div>
            </>
          ) : (
            <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
              <button type="button" disabled={pending} onClick={() => run(actions.mark, { marketMoving: 'true' })} className={button}>
                Mark market-moving
              </button>
              <p className="text-sm text-zinc-600 dark:text-zinc-400">News that could move prices then needs a second editor’s approval before it goes live.</p>
            </div>
          )}
          <div className="mt-2">
            <FormMessage state={result} />
          </div>
        </section>
      )}
    </div>
  );
}
