import type { BlockChange, DiffBlock, WordPart } from '@/lib/content/block-diff';

const markStyle = {
  delete: 'bg-red-200 text-red-950 line-through decoration-2 dark:bg-red-800 dark:text-white',
  insert: 'bg-emerald-200 text-emerald-950 underline decoration-2 dark:bg-emerald-800 dark:text-white',
};
const frame = {
  equal: 'border-transparent',
  insert: 'border-emerald-600 bg-emerald-50 dark:border-emerald-500 dark:bg-emerald-950',
  delete: 'border-red-600 bg-red-50 dark:border-red-500 dark:bg-red-950',
  change: 'border-amber-500 bg-amber-50 dark:border-amber-400 dark:bg-zinc-900',
};

/** The changed words inside a paired block: removed struck through in <del>, added underlined in <ins>, each named for screen readers. */
function Words({ parts }: { parts: WordPart[] }) {
  return parts.map((part, i) => {
    if (part.op === 'equal') return part.text;
    const Mark = part.op === 'delete' ? 'del' : 'ins';
    return (
      <span key={i}>
        <span className="sr-only">{part.op === 'delete' ? ' removed: ' : ' added: '}</span>
        <Mark className={markStyle[part.op]}>{part.text}</Mark>
      </span>
    );
  });
}

/** A block drawn as what it is: a heading as a heading, a list item with its marker, a quote as a quote. */
function Shape({ block, children }: { block: DiffBlock; children: React.ReactNode }) {
  const text = 'min-w-0 whitespace-pre-wrap break-words';
  switch (block.kind) {
    case 'heading2':
      return <h4 className={`text-xl font-bold ${text}`}>{children}</h4>;
    case 'heading3':
      return <h5 className={`text-lg font-semibold ${text}`}>{children}</h5>;
    case 'listItem':
      return (
        <div className="flex gap-2" style={{ paddingLeft: `${(block.depth ?? 0) * 1.25}rem` }}>
          <span aria-hidden="true" className="shrink-0">
            {block.marker}
          </span>
          <p className={text}>{children}</p>
        </div>
      );
    case 'quote':
    case 'pullQuote':
      return <blockquote className={`border-l-2 border-zinc-400 pl-3 italic ${block.kind === 'pullQuote' ? 'text-lg' : ''} ${text}`}>{children}</blockquote>;
    case 'code':
      return <pre className={`font-mono text-sm ${text}`}>{children}</pre>;
    case 'tableRow':
    case 'figure':
    case 'embed':
    case 'rule':
      return <p className={`text-zinc-700 dark:text-zinc-300 ${text}`}>{children}</p>;
    default:
      return <p className={text}>{children}</p>;
  }
}

const labelOf = (change: BlockChange) => {
  if (change.op === 'insert') return change.moved ? 'Moved here' : 'Added';
  if (change.op === 'delete') return change.moved ? 'Moved from here' : 'Removed';
  if (change.op === 'change') return change.parts.some((p) => p.op !== 'equal') ? 'Changed' : 'Formatting changed';
  return null;
};

/** One block of a comparison, its change said in words as well as in colour. */
export function RevisionBlock({ change }: { change: BlockChange }) {
  const label = labelOf(change);
  const content =
    change.op === 'change' ? (
      <Shape block={change.block}>
        <Words parts={change.parts} />
      </Shape>
    ) : (
      <Shape block={change.block}>{change.block.text}</Shape>
    );
  return (
    <div className={`border-l-4 px-3 py-1 ${frame[change.op]}`}>
      {label && <p className="text-sm font-semibold uppercase tracking-wide text-zinc-700 dark:text-zinc-300">{label}</p>}
      {change.op === 'insert' ? (
        <ins className="block no-underline">{content}</ins>
      ) : change.op === 'delete' ? (
        <del className="block line-through decoration-2">{content}</del>
      ) : (
        content
      )}
    </div>
  );
}
