'use client';

type Props = { points: string[]; onChange: (points: string[]) => void; error?: string };

const button = 'min-h-11 min-w-11 rounded border border-zinc-300 px-2 text-sm font-semibold hover:bg-zinc-100 disabled:opacity-40 dark:border-zinc-700 dark:hover:bg-zinc-900';

/** An ordered list of key points: add, edit, move up or down, remove. */
export function KeyPointsField({ points, onChange, error }: Props) {
  const move = (from: number, to: number) => {
    const next = [...points];
    next.splice(to, 0, next.splice(from, 1)[0]!);
    onChange(next);
  };
  return (
    <fieldset aria-describedby={error ? 'keyPoints-error' : undefined} className="min-w-0">
      <legend className="font-semibold">Key points</legend>
      <ol className="mt-2 space-y-2">
        {points.map((point, i) => (
          <li key={i} className="flex gap-2">
            <label htmlFor={`key-point-${i}`} className="sr-only">
              Key point {i + 1}
            </label>
            <input
              id={`key-point-${i}`}
              value={point}
              maxLength={300}
              onChange={(e) => onChange(points.map((p, j) => (j === i ? e.target.value : p)))}
              className="min-h-11 min-w-0 flex-1 rounded border border-zinc-300 bg-white px-3 dark:border-zinc-700 dark:bg-zinc-900"
            />
            <button type="button" className={button} disabled={i === 0} onClick={() => move(i, i - 1)} aria-label={`Move key point ${i + 1} up`}>
              ↑
            </button>
            <button type="button" className={button} disabled={i === points.length - 1} onClick={() => move(i, i + 1)} aria-label={`Move key point ${i + 1} down`}>
              ↓
            </button>
            <button type="button" className={button} onClick={() => onChange(points.filter((_, j) => j !== i))} aria-label={`Remove key point ${i + 1}`}>
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className={`${button} mt-2`} disabled={points.length >= 8} onClick={() => onChange([...points, ''])}>
        Add key point
      </button>
      {error && (
        <p id="keyPoints-error" className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </fieldset>
  );
}
