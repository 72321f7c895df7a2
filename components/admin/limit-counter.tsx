// Shown from 80 % of a field's limit, so the count appears only when it starts to matter.
const SHOW_FROM = 0.8;
const WARN_FROM = 0.95;

/** "182 / 200" under a field nearing its maxLength, read out politely by screen readers as it changes. */
export function LimitCounter({ id, length, max }: { id: string; length: number; max: number }) {
  const near = length >= max * SHOW_FROM;
  const warn = length >= max * WARN_FROM;
  return (
    <p id={id} aria-live="polite" className={`mt-1 text-sm ${warn ? 'font-semibold text-amber-800 dark:text-amber-300' : 'text-zinc-600 dark:text-zinc-400'}`}>
      {near ? `${length} / ${max}` : ''}
    </p>
  );
}
