type Props = { values: number[]; width?: number; height?: number; label: string; className?: string };

/** A static SVG line of the values: needs no JavaScript. */
export function Sparkline({ values, width = 80, height = 24, label, className = '' }: Props) {
  if (values.length < 2) return null;
  const min = Math.min(...values);
  const range = Math.max(...values) - min || 1;
  const points = values
    .map((v, i) => `${((i / (values.length - 1)) * width).toFixed(1)},${(height - 1 - ((v - min) / range) * (height - 2)).toFixed(1)}`)
    .join(' ');
  const rising = values.at(-1)! >= values[0]!;
  return (
    <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={label} className={`shrink-0 ${className}`}>
       <polyline points={points} fill="none" strokeWidth="1.5" vectorEffect="non-scaling-stroke" className={rising ? 'stroke-emerald-600 dark:stroke-emerald-400' : 'stroke-red-600 dark:stroke-red-400'} />
    </svg>
  );
}
