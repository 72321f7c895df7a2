import type { RevisionSnapshot } from '@/db/queries/revisions';
import { diffLines, withContext, type DiffLine } from '@/lib/content/diff';

type Named = { id: number; name: string }[];
type Side = { version: number; snapshot: RevisionSnapshot };
type Props = { from: Side; to: Side; categories: Named; authors: Named };

// What a revision keeps, as text to compare; lists one item a line, ids as the names people know.
function readable(s: RevisionSnapshot, categories: Named, authors: Named): [label: string, text: string][] {
  return [
    ['Headline', s.title],
    ['Dek', s.dek],
    ['Key points', s.keyPoints.join('\n')],
    ['Body', s.body],
    ['Summary', s.summary],
    ['Summary written by', s.summarySource === 'generated' ? 'generated automatically' : 'an editor'],
    ['Disclaimer', s.disclaimer],
    ['Category', categories.find((c) => c.id === s.categoryId)?.name ?? 'none'],
    ['Author', authors.find((a) => a.id === s.authorId)?.name ?? 'unknown'],
    ['Slug (a restore keeps the current one)', s.slug],
  ];
}

const lineStyle = { equal: '', delete: 'bg-red-50 dark:bg-red-950', insert: 'bg-emerald-50 dark:bg-emerald-950' };
const markStyle = {
  delete: 'bg-red-200 text-red-950 line-through decoration-2 dark:bg-red-800 dark:text-white',
  insert: 'bg-emerald-200 text-emerald-950 underline decoration-2 dark:bg-emerald-800 dark:text-white',
};
// Colour is only a third cue: the marker, <del>/<ins> with strike-through and underline, and words for screen readers.
const marker = { equal: '', delete: '−', insert: '+' };
const spoken = { equal: '', delete: 'Removed: ', insert: 'Added: ' };

function Line({ line }: { line: DiffLine }) {
  const Mark = line.op === 'delete' ? 'del' : 'ins';
  return (
    <div className={`flex gap-2 px-2 ${lineStyle[line.op]}`}>
      <span aria-hidden="true" className="w-4 shrink-0 select-none text-center font-bold">
        {marker[line.op]}
      </span>
      <p className="min-h-7 min-w-0 whitespace-pre-wrap break-words">
        {spoken[line.op] && <span className="sr-only">{spoken[line.op]}</span>}
        {line.segments.map((s, i) =>
          s.changed && line.op !== 'equal' ? (
            <Mark key={i} className={markStyle[line.op]}>
              {s.text}
            </Mark>
          ) : (
            s.text
          ),
        )}
      </p>
    </div>
  );
}

/** Field by field, what changed between two revisions: changed lines, with the changed words marked inside. */
export function RevisionDiff({ from, to, categories, authors }: Props) {
  const after = readable(to.snapshot, categories, authors);
  const changed = readable(from.snapshot, categories, authors)
    .map(([label, before], i) => ({ label, before, after: after[i]![1] }))
    .filter((field) => field.before !== field.after);
  return (
    <section aria-labelledby="changes" className="mt-8">
      <h2 id="changes" className="text-xl font-bold">
        Changes from version {from.version} to version {to.version}
      </h2>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">Removed text is struck through on lines marked −; added text is underlined on lines marked +.</p>
      {changed.length === 0 && <p className="mt-4">These two revisions have the same text.</p>}
      {changed.map((field, n) => (
        <section key={field.label} aria-labelledby={`change-${n}`} className="mt-6">
          <h3 id={`change-${n}`} className="font-semibold">
            {field.label}
          </h3>
          <div className="mt-2 overflow-hidden rounded border border-zinc-200 py-1 dark:border-zinc-800">
            {withContext(diffLines(field.before, field.after)).map((hunk, i) =>
              hunk.op === 'skip' ? (
                <p key={i} className="px-8 italic text-zinc-600 dark:text-zinc-400">
                  … {hunk.count} unchanged {hunk.count === 1 ? 'line' : 'lines'}
                </p>
              ) : (
                <Line key={i} line={hunk} />
              ),
            )}
          </div>
        </section>
      ))}
    </section>
  );
}
