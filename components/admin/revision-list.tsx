import { NewsroomTime } from './newsroom-time';
import type { RevisionSummary } from '@/db/queries/revisions';
import { RevisionRestoreButton } from './revision-restore-button';

type Props = {
  pieceId: number;
  version: number;
  /** Published: a restore changes what readers see. */
  live: boolean;
  revisions: RevisionSummary[];
  restore: React.ComponentProps<typeof RevisionRestoreButton>['action'];
};

/** Every save of a piece, newest first; any but the newest can be brought back. */
export function RevisionList({ pieceId, version, live, revisions, restore }: Props) {
  const total = revisions[0]?.total ?? 0;
  return (
    <section aria-labelledby="history" className="mt-10">
      <h2 id="history" className="text-xl font-bold">
        All revisions
      </h2>
      <p className="mt-1 text-zinc-600 dark:text-zinc-400">
        Restoring saves that revision’s text as a new version; nothing is deleted. The slug, tags and SEO fields stay as they are now.
        {total > revisions.length && ` Showing the newest ${revisions.length} of ${total}.`}
      </p>
      <ol className="mt-4 divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800">
        {revisions.map((r, i) => (
          <li key={r.version} className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2 py-3">
            <div>
              <p>
                <strong>Version {r.version}</strong> · <NewsroomTime value={r.savedAt} /> · {r.savedBy ?? 'unknown'}
              </p>
              {r.restoredFrom && <p className="text-zinc-600 dark:text-zinc-400">Restored from version {r.restoredFrom}</p>}
            </div>
            {i === 0 ? (
              <span className="rounded bg-zinc-100 px-2 py-0.5 dark:bg-zinc-800">Current text</span>
            ) : (
              <RevisionRestoreButton action={restore} id={pieceId} version={version} revision={r.version} live={live} />
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
