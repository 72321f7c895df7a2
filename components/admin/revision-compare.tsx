import { Field, inputClass, Options } from '@/components/ui/field';
import type { RevisionSummary } from '@/db/queries/revisions';
import { env } from '@/lib/env';
import { formatZonedTime } from '@/lib/newsroom/time';

type Props = { revisions: RevisionSummary[]; from: number; to: number };

const label = (r: RevisionSummary) => `Version ${r.version} · ${formatZonedTime(r.savedAt, env.NEWSROOM_TIMEZONE)} · ${r.savedBy ?? 'unknown'}`;

/** Picks the two revisions to compare; a plain GET form, so a comparison has its own address. */
export function RevisionCompare({ revisions, from, to }: Props) {
  const items = revisions.map((r) => ({ value: r.version, label: label(r) }));
  return (
    // Keyed by the pair, so the choices follow a refresh after a restore instead of keeping the old ones.
    <form key={`${from}-${to}`} aria-label="Compare revisions" className="mt-6 grid gap-3 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
      <Field id="from" label="From">
        <select id="from" name="from" defaultValue={from} className={inputClass}>
          <Options items={items} />
        </select>
      </Field>
      <Field id="to" label="To">
        <select id="to" name="to" defaultValue={to} className={inputClass}>
          <Options items={items} />
        </select>
      </Field>
      <button type="submit" className="min-h-11 rounded bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
        Compare
      </button>
    </form>
  );
}
