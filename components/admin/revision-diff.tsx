import type { FieldChanges } from '@/lib/newsroom/revision-changes';
import { withContext } from '@/lib/content/block-diff';
import { RevisionBlock } from './revision-block';

type Props = { from: number; to: number; changed: FieldChanges[]; unchanged: string[] };

/** Field by field, what changed between two revisions: block by block, with the changed words marked inside a changed block. */
export function RevisionDiff({ from, to, changed, unchanged }: Props) {
  return (
    <section aria-labelledby="changes" className="mt-8">
      <h2 id="changes" className="text-xl font-bold">
        Changes from version {from} to version {to}
      </h2>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">Each changed block is labelled: removed text is struck through, added text underlined.</p>
      {changed.length === 0 && <p className="mt-4">These two revisions have the same text.</p>}
      {changed.map((field, n) => (
        <section key={field.label} aria-labelledby={`change-${n}`} className="mt-6">
          <h3 id={`change-${n}`} className="font-semibold">
            {field.label}
          </h3>
          <div className="mt-2 space-y-1 overflow-hidden rounded border border-zinc-200 py-1 dark:border-zinc-800">
            {withContext(field.changes).map((run, i) =>
              run.op === 'skip' ? (
                <details key={i} className="px-4 text-zinc-600 dark:text-zinc-400">
                  <summary className="min-h-7 cursor-pointer italic">
                    {run.blocks.length} unchanged {run.blocks.length === 1 ? 'block' : 'blocks'}
                  </summary>
                  {run.blocks.map((block, j) => (
                    <RevisionBlock key={j} change={{ op: 'equal', block }} />
                  ))}
                </details>
              ) : (
                <RevisionBlock key={i} change={run} />
              ),
            )}
          </div>
        </section>
      ))}
      {changed.length > 0 && unchanged.length > 0 && <p className="mt-6 text-zinc-600 dark:text-zinc-400">Unchanged: {unchanged.join(', ')}.</p>}
    </section>
  );
}
