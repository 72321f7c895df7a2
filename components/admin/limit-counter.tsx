// Shown from 80 % of a field's limit, so the count appears only when it starts to matter.
const SHOW_FROM = 0.8;
const WARN_FROM = 0.95;

/**
 * "182 / 200" under a field nearing its limit, read out politely by screen readers as it changes. The field takes
 * more (a paste is never cut short without a word): past the limit the count says by how much, and the save names it.
 */
export function LimitCounter({ id, length, max }: { id: string; length: number; max: number }) {
  const near = length >= max * SHOW_FROM;
  const over = length > max;
  const tone = over ? 'font-semibold text-red-700 dark:text-red-400' : length >= max * WARN_FROM ? 'font-semibold text-amber-800 dark:text-amber-300' : 'text-zinc-600 dark:text-zinc-400';
  return (
    <p id={id} aria-live="polite" className={`mt-1 text-sm ${tone}`}>
      {over ? `${length} / ${max}: ${length - max} over the limit` : near ? `${length} / ${max}` : ''}
    </p>
  );
}
