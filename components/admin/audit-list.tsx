import Link from 'next/link';
import type { AuditRow } from '@/db/queries/audit';
import { auditSentence, formatNewsroomTime } from '@/lib/newsroom/audit-sentences';

function AuditItem({ row }: { row: AuditRow }) {
  return (
    <li className="py-3">
      <p className="break-words">
        {auditSentence(row).map((part, i) =>
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
        <time dateTime={row.at.toISOString()}>{formatNewsroomTime(row.at)}</time>
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
