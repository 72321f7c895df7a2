'use client';

import type { NoteReply, NoteThread as Thread } from '@/db/queries/notes';
import { NewsroomTime } from '../newsroom-time';
import { NoteComposer, type Mentionable } from './note-composer';
import { NoteText } from './note-text';

type Props = {
  thread: Thread;
  /** The passage it was written on has been deleted from the body. */
  passageGone: boolean;
  staff: readonly Mentionable[];
  onReply: (body: string) => Promise<string | undefined>;
  onResolve: () => void;
  onReopen: () => void;
};

const buttonClass = 'min-h-11 rounded border border-zinc-300 px-4 font-semibold dark:border-zinc-700';

function Note({ note }: { note: NoteReply }) {
  return (
    <div>
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        <strong className="text-zinc-900 dark:text-zinc-100">{note.authorName ?? 'A former colleague'}</strong> · <NewsroomTime value={note.createdAt} />
      </p>
      <NoteText body={note.body} />
    </div>
  );
}

/** One thread: the passage it is about, the note, its replies, and what can be done with it. */
export function NoteThread({ thread, passageGone, staff, onReply, onResolve, onReopen }: Props) {
  const resolved = thread.resolvedAt !== null;
  return (
    <article aria-label={`Note by ${thread.authorName ?? 'a former colleague'}`} className="space-y-3 rounded border border-zinc-300 p-3 dark:border-zinc-700">
      {thread.quote && (
        <div>
          <blockquote className="border-l-4 border-amber-400 pl-2 text-sm italic">“{thread.quote}”</blockquote>
          {passageGone && !resolved && <p className="mt-1 text-sm text-red-700 dark:text-red-400">This passage is gone from the body.</p>}
        </div>
      )}
      <Note note={thread} />
      {thread.replies.length > 0 && (
        <ol aria-label="Replies" className="space-y-3 border-l-2 border-zinc-200 pl-3 dark:border-zinc-800">
          {thread.replies.map((reply) => (
            <li key={reply.id}>
              <Note note={reply} />
            </li>
          ))}
        </ol>
      )}
      {resolved ? (
        <div className="flex flex-wrap items-center gap-2">
          <p className="text-sm text-zinc-600 dark:text-zinc-400">Resolved{thread.resolvedByName ? ` by ${thread.resolvedByName}` : ''}.</p>
          <button type="button" onClick={onReopen} className={buttonClass}>
            Reopen
          </button>
        </div>
      ) : (
        <>
          <NoteComposer label="Reply to this thread" submitLabel="Send reply" staff={staff} onSubmit={onReply} />
          <button type="button" onClick={onResolve} className={buttonClass}>
            Resolve
          </button>
        </>
      )}
    </article>
  );
}
