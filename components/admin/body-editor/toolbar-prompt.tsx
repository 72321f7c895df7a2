'use client';

import { useId, useState, type FormEvent } from 'react';

type Props = {
  label: string;
  initial?: string;
  placeholder?: string;
  inputMode?: 'url' | 'text';
  /** Returns a message saying what is wrong, or null once the value is applied. */
  onApply: (value: string) => string | null;
  onRemove?: () => void;
  onClose: () => void;
};

const button = 'min-h-11 rounded border border-zinc-300 px-3 font-semibold dark:border-zinc-700';

/** The toolbar's small form for a link, an embed or a coin: in the page, not a window.prompt, so it can explain a refusal. */
export function ToolbarPrompt({ label, initial = '', placeholder, inputMode = 'text', onApply, onRemove, onClose }: Props) {
  const id = useId();
  const [value, setValue] = useState(initial);
  const [problem, setProblem] = useState<string | null>(null);

  function apply(event: FormEvent) {
    event.preventDefault();
    const refusal = onApply(value.trim());
    if (refusal) setProblem(refusal);
    else onClose();
  }

  return (
    <form
      aria-label={label}
      onSubmit={apply}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
      className="flex flex-wrap items-end gap-2 border-t border-zinc-200 p-2 dark:border-zinc-800"
    >
      <div className="min-w-48 flex-1">
        <label htmlFor={id} className="text-sm font-semibold">
          {label}
        </label>
        <input
          id={id}
          // Opened on purpose by the writer, who expects to type straight away.
          autoFocus
          type={inputMode === 'url' ? 'url' : 'text'}
          value={value}
          placeholder={placeholder}
          aria-invalid={!!problem}
          aria-describedby={problem ? `${id}-problem` : undefined}
          onChange={(e) => setValue(e.target.value)}
          className="mt-1 block min-h-11 w-full rounded border border-zinc-300 bg-white px-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
      <button type="submit" className="min-h-11 rounded bg-brand-600 px-3 font-semibold text-white hover:bg-brand-700">
        Apply
      </button>
      {onRemove && (
        <button type="button" onClick={() => (onRemove(), onClose())} className={button}>
          Remove
        </button>
      )}
      <button type="button" onClick={onClose} className={button}>
        Cancel
      </button>
      {problem && (
        <p id={`${id}-problem`} role="alert" className="w-full text-sm text-red-700 dark:text-red-400">
          {problem}
        </p>
      )}
    </form>
  );
}
