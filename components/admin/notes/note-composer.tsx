'use client';

import { useId, useImperativeHandle, useRef, useState, type ReactNode, type Ref } from 'react';
import { inputClass } from '@/components/ui/field';
import { mentionToken } from '@/lib/newsroom/mentions';

export type Mentionable = { id: number; name: string };

type Props = {
  label: string;
  submitLabel: string;
  staff: readonly Mentionable[];
  /** Sends the text; answers the refusal to show, or nothing when it was stored. */
  onSubmit: (body: string) => Promise<string | undefined>;
  children?: ReactNode;
  /** The text box, for the panel to bring into view and focus. */
  ref?: Ref<HTMLTextAreaElement>;
};

// "@" then the start of a name, just before the caret.
const TYPED_MENTION = /(?:^|\s)@([^\s@[\]]{0,30})$/;

/** A note's text box: typing "@" offers the staff who may see the piece, and picking one inserts their mention. */
export function NoteComposer({ label, submitLabel, staff, onSubmit, children, ref }: Props) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  useImperativeHandle(ref, () => box.current!, []);
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [error, setError] = useState<string>();
  const [sending, setSending] = useState(false);
  const typed = TYPED_MENTION.exec(text.slice(0, caret))?.[1];
  const matches = typed === undefined ? [] : staff.filter((person) => person.name.toLowerCase().includes(typed.toLowerCase())).slice(0, 5);

  function mention(person: Mentionable) {
    const start = caret - typed!.length - 1;
    const next = text.slice(0, start) + mentionToken(person) + text.slice(caret);
    const at = next.length - (text.length - caret);
    setText(next);
    setCaret(at);
    requestAnimationFrame(() => {
      box.current?.focus();
      box.current?.setSelectionRange(at, at);
    });
  }

  async function send(event: React.FormEvent) {
    event.preventDefault();
    setSending(true);
    const refused = await onSubmit(text).finally(() => setSending(false));
    setError(refused);
    if (!refused) setText('');
  }

  return (
    <form onSubmit={send} className="space-y-2">
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children}
      <textarea
        id={id}
        ref={box}
        value={text}
        rows={2}
        maxLength={4000}
        onChange={(event) => {
          setText(event.target.value);
          setCaret(event.target.selectionStart);
        }}
        onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : undefined}
        className={inputClass}
      />
      {matches.length > 0 && (
        <ul aria-label="Mention someone" className="rounded border border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-900">
          {matches.map((person) => (
            <li key={person.id}>
              <button type="button" onClick={() => mention(person)} className="min-h-11 w-full px-3 text-left hover:bg-zinc-100 dark:hover:bg-zinc-800">
                Mention {person.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p id={`${id}-error`} role="alert" className="text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
      <button type="submit" disabled={sending} className="min-h-11 rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60">
        {submitLabel}
      </button>
    </form>
  );
}
