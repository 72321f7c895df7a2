import { formatPercent } from '@/lib/format';

/** The 24h change with an arrow as well as a colour, so it does not rely on colour alone. */
export function PriceChange({ value }: { value: number | null }) {
  if (value === null) return <span className="text-zinc-500">n/a</span>;
  const up = value >= 0;
  return (
    <span className={up ? 'text-emerald-700 dark:text-emerald-400' : 'text-red-700 dark:text-red-400'}>
      <span aria-hidden="true">{up ? '▲' : '▼'}</span> {formatPercent(value)}
    </span>
  );
}
