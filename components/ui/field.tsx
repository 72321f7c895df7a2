import type { ReactNode } from 'react';

export const inputClass = 'mt-1 block min-h-11 w-full rounded border border-zinc-300 bg-white px-3 text-base dark:border-zinc-700 dark:bg-zinc-900';

type Props = { id: string; label: ReactNode; error?: string; hint?: string; children: ReactNode };

/** A labelled form control with its hint and its field-level error underneath. */
export function Field({ id, label, error, hint, children }: Props) {
  return (
    <div>
      <label htmlFor={id} className="font-semibold">
        {label}
      </label>
      {children}
      {hint && <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{hint}</p>}
      {error && (
        <p id={`${id}-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

type Option = { value: string | number; label: string };

/** The options of a select, with an optional empty first choice. */
export function Options({ items, empty }: { items: Option[]; empty?: string }) {
  return (
    <>
      {empty !== undefined && <option value="">{empty}</option>}
      {items.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </>
  );
}
