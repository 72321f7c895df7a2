'use client';

import { useId, useRef, type ReactNode } from 'react';

type Props = {
  /** The trigger's content and class; the dialog opens from it. */
  children: ReactNode;
  className: string;
  disabled?: boolean;
  /** "Unpublish “Headline”?" */
  question: string;
  /** What will happen, in a sentence or two a reader of the site would recognise. */
  consequence: ReactNode;
  /** Names the action ("Unpublish"), never "OK". */
  confirmLabel: string;
  /** Without it the confirm button submits the form the trigger sits in. */
  onConfirm?: () => void;
  /** What the dialog asks for besides a yes (a note, say), and whether the answer is still missing. */
  field?: ReactNode;
  confirmDisabled?: boolean;
  /** Red for what takes something away from readers; green for what gives them something. */
  tone?: 'danger' | 'go';
};

const TONES = { danger: 'bg-red-700 hover:bg-red-800', go: 'bg-emerald-700 hover:bg-emerald-800' };

/**
 * A button that asks first, in a native modal dialog: focus starts on Cancel (the safe choice), Escape cancels,
 * and the confirm button names the action.
 */
export function ConfirmButton({ children, className, disabled, question, consequence, confirmLabel, onConfirm, field, confirmDisabled, tone = 'danger' }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const id = useId();
  return (
    <>
      <button type="button" disabled={disabled} onClick={() => dialog.current?.showModal()} className={className}>
        {children}
      </button>
      <dialog
        ref={dialog}
        aria-labelledby={`${id}-question`}
        aria-describedby={`${id}-consequence`}
        className="m-auto w-[calc(100%-2rem)] max-w-md rounded border border-zinc-300 bg-white p-5 text-zinc-900 shadow-xl backdrop:bg-black/50 dark:border-zinc-700 dark:bg-zinc-950 dark:text-zinc-100"
      >
        <h2 id={`${id}-question`} className="text-lg font-bold break-words">
          {question}
        </h2>
        <p id={`${id}-consequence`} className="mt-2 whitespace-normal">
          {consequence}
        </p>
        {field}
        <div className="mt-5 flex flex-wrap justify-end gap-2">
          {/* autoFocus inside a dialog: showModal puts the focus here. */}
          <button type="button" autoFocus onClick={() => dialog.current?.close()} className="min-h-11 rounded border border-zinc-300 px-4 font-semibold dark:border-zinc-700">
            Cancel
          </button>
          <button
            type={onConfirm ? 'button' : 'submit'}
            disabled={confirmDisabled}
            onClick={() => {
              dialog.current?.close();
              onConfirm?.();
            }}
            className={`min-h-11 rounded px-4 font-semibold text-white disabled:opacity-40 ${TONES[tone]}`}
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
