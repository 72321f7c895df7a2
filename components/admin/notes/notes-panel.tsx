'use client';

import type { Editor } from '@tiptap/core';
import { useCallback, useEffect, useImperativeHandle, useRef, useState, useSyncExternalStore, type Ref } from 'react';
import type { NoteAnchor, NoteThread as Thread } from '@/db/queries/notes';
import type { ActionState } from '@/lib/auth/actions';
import { NoteComposer, type Mentionable } from './note-composer';
import { gonePassages, selectedPassage, showPassages, type AnchoredNote } from './note-passages';
import { NoteThread } from './note-thread';

type NoteAction = (state: ActionState, form: FormData) => Promise<ActionState>;

export type NotesProps = {
  threads: Thread[];
  /** Staff who may see the piece, to mention. */
  staff: Mentionable[];
  actions: Record<'add' | 'reply' | 'resolve' | 'reopen' | 'list', NoteAction>;
};

// Others' notes arrive within a few seconds; a hidden tab does not ask.
const POLL_MS = 3000;
const NONE: ReadonlySet<number> = new Set();

async function run(action: NoteAction, fields: Record<string, string | number>): Promise<ActionState> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, String(value));
  try {
    return await action({}, form);
  } catch {
    return { error: 'Could not reach the server. Try again when the connection is back.' };
  }
}

const refusal = (state: ActionState) => (state.error ? Object.values(state.fieldErrors ?? {}).flat().join(' ') || state.error : undefined);

function useGonePassages(editor: Editor | null) {
  return useSyncExternalStore(
    useCallback(
      (changed: () => void) => {
        editor?.on('transaction', changed);
        return () => void editor?.off('transaction', changed);
      },
      [editor],
    ),
    () => (editor ? gonePassages(editor) : NONE),
    () => NONE,
  );
}

/** What the body's toolbar asks of the panel. */
export type NotesPanelHandle = { commentOnSelection: () => void };

/** The notes on a piece: threads on the piece or on a passage of its body, with replies, mentions and resolving. */
export function NotesPanel({ articleId, editor, threads: initial, staff, actions, ref }: NotesProps & { articleId: number; editor: Editor | null; ref?: Ref<NotesPanelHandle> }) {
  const [threads, setThreads] = useState(initial);
  const [passage, setPassage] = useState<{ anchor: NoteAnchor; quote: string } | null>(null);
  const [hint, setHint] = useState<string>();
  const [failure, setFailure] = useState<string>();
  const gone = useGonePassages(editor);
  const composer = useRef<HTMLTextAreaElement>(null);

  const refresh = useCallback(async () => {
    const listed = await run(actions.list, { articleId });
    if (listed.data) setThreads((listed.data as { threads: Thread[] }).threads);
  }, [actions, articleId]);

  useEffect(() => {
    const timer = setInterval(() => void (document.hidden || refresh()), POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  // Placing the passages has the body compared with the shared document: done when they change, not on every poll.
  const passages = JSON.stringify(threads.flatMap((thread) => (thread.anchor && !thread.resolvedAt ? [{ id: thread.id, anchor: thread.anchor }] : [])));
  useEffect(() => {
    if (editor) showPassages(editor, JSON.parse(passages) as AnchoredNote[]);
  }, [editor, passages]);

  async function act(action: NoteAction, fields: Record<string, string | number>) {
    const state = await run(action, fields);
    if (!state.error) await refresh();
    return refusal(state);
  }

  function commentOnSelection() {
    const selected = editor && selectedPassage(editor);
    setPassage(selected);
    setHint(selected ? undefined : 'Select words in the body first, then press “Comment on the selection”.');
    // On a phone the panel is far below the body: the box to write in comes into view.
    if (selected) requestAnimationFrame(() => composer.current?.focus());
  }
  useImperativeHandle(ref, () => ({ commentOnSelection }));

  async function add(body: string) {
    const refused = await act(actions.add, { articleId, body, ...(passage ? { anchorFrom: passage.anchor.from, anchorTo: passage.anchor.to, quote: passage.quote } : {}) });
    if (!refused) setPassage(null);
    return refused;
  }

  const open = threads.filter((thread) => !thread.resolvedAt);
  const resolved = threads.filter((thread) => thread.resolvedAt);
  const show = (thread: Thread) => (
    <NoteThread
      key={thread.id}
      thread={thread}
      passageGone={gone.has(thread.id)}
      staff={staff}
      onReply={(body) => act(actions.reply, { threadId: thread.id, body })}
      onResolve={() => void act(actions.resolve, { threadId: thread.id }).then(setFailure)}
      onReopen={() => void act(actions.reopen, { threadId: thread.id }).then(setFailure)}
    />
  );

  return (
    <section aria-labelledby="notes-heading" className="space-y-4 border-t border-zinc-300 pt-5 lg:border-0 lg:pt-0 dark:border-zinc-700">
      <h2 id="notes-heading" className="text-xl font-bold">
        Notes
      </h2>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">Seen only by staff who may see this piece; never by readers.</p>
      <button type="button" onClick={commentOnSelection} className="min-h-11 rounded border border-zinc-300 px-4 font-semibold dark:border-zinc-700">
        Comment on the selection
      </button>
      {hint && <p className="text-sm">{hint}</p>}
      <NoteComposer ref={composer} label={passage ? 'Comment on the passage' : 'Add a note'} submitLabel={passage ? 'Add the comment' : 'Add the note'} staff={staff} onSubmit={add}>
        {passage && (
          <div className="flex items-start gap-2">
            <blockquote className="flex-1 border-l-4 border-amber-400 pl-2 text-sm italic">“{passage.quote}”</blockquote>
            <button type="button" onClick={() => setPassage(null)} className="min-h-11 min-w-11 rounded border border-zinc-300 px-2 text-sm dark:border-zinc-700">
              On the whole piece
            </button>
          </div>
        )}
      </NoteComposer>
      {failure && (
        <p role="alert" className="text-sm text-red-700 dark:text-red-400">
          {failure}
        </p>
      )}
      {open.length === 0 && <p className="text-sm">No open notes.</p>}
      {open.map(show)}
      {resolved.length > 0 && (
        <details className="space-y-3">
          <summary className="flex min-h-11 cursor-pointer items-center font-semibold">Resolved ({resolved.length})</summary>
          <div className="space-y-3">{resolved.map(show)}</div>
        </details>
      )}
    </section>
  );
}
