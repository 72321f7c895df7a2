import Link from 'next/link';
import type { AuditRow } from '@/db/queries/audit';
import { env } from '@/lib/env';
import { auditSentence } from '@/lib/newsroom/audit-sentences';
import { NewsroomTime } from './newsroom-time';

function AuditItem({ row }: { row: AuditRow }) {
  return (
    <li className="py-3">
      <p className="break-words">
        {auditSentence(row, env.NEWSROOM_TIMEZONE).map((part, i) =>
          typeof part === 'string' ? (
            part
          ) : (
            <Link key={i} href={part.href} className="font-semibold underline hover:no-underline">
              {part.text}
            </Link>
          ),
        )}
      </p>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        <NewsroomTime value={row.at} />
      </p>
    </li>
  );
}

export function AuditList({ rows }: { rows: AuditRow[] }) {
  if (rows.length === 0) return <p className="mt-6">Nothing has been recorded yet.</p>;
  return (
    <ol className="mt-4 divide-y divide-zinc-200 border-y border-zinc-200 dark:divide-zinc-800 dark:border-zinc-800" aria-label="Audit entries">
      {rows.map((row) => (
        <AuditItem key={row.id} row={row} />
      ))}
    </ol>
  );
}
