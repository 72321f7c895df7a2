// Comparing two revisions block by block (issue 14): the blocks are aligned by jsdiff over their content, so an
// inserted paragraph is one inserted block; a deleted and an inserted block that share most of their words are paired
// as one changed block, with the changed words marked inside it.
import { diffArrays, diffWordsWithSpace } from 'diff';
import type { Block, BodyDocument, Inline } from './document/types';

export type BlockKind = 'paragraph' | 'heading2' | 'heading3' | 'listItem' | 'quote' | 'pullQuote' | 'code' | 'tableRow' | 'figure' | 'embed' | 'rule';
/** One block as the comparison shows it: its kind, its text, and for a list item its marker ("•", "3."). */
export type DiffBlock = { kind: BlockKind; text: string; marker?: string; depth?: number; key: string };
export type WordPart = { text: string; op: 'equal' | 'delete' | 'insert' };
export type BlockChange =
  | { op: 'equal'; block: DiffBlock }
  | { op: 'insert' | 'delete'; block: DiffBlock; moved: boolean }
  /** Paired blocks: the words of both, in order; no changed word means only the formatting changed. */
  | { op: 'change'; block: DiffBlock; before: DiffBlock; parts: WordPart[] };

// Past this many edits two texts are shown as replaced outright: the search's cost grows with its square.
const MAX_EDITS = 1_000;
const MAX_PAIRINGS = 40_000;

const inlineText = (content: Inline[] = []) =>
  content.map((node) => (node.type === 'text' ? node.text : node.type === 'coin' ? `$${node.attrs.symbol}` : '\n')).join('');

/** A block keyed by its whole content, so that a change of formatting is a change too (a list item's number is not). */
const make = (kind: BlockKind, text: string, source: unknown, extra: Partial<DiffBlock> = {}): DiffBlock => ({ kind, text, key: `${kind}:${JSON.stringify(source)}`, ...extra });

function flatten(blocks: Block[], depth: number, quoted: boolean): DiffBlock[] {
  return blocks.flatMap((block): DiffBlock[] => {
    switch (block.type) {
      case 'paragraph':
        return [make(quoted ? 'quote' : 'paragraph', inlineText(block.content), block)];
      case 'heading':
        return [make(block.attrs.level === 2 ? 'heading2' : 'heading3', inlineText(block.content), block)];
      case 'bulletList':
      case 'orderedList':
        // Each item a block of its own; a list inside an item follows it, one level deeper.
        return block.content.flatMap((item, i) => {
          const own = item.content.filter((child) => child.type !== 'bulletList' && child.type !== 'orderedList');
          const nested = item.content.filter((child) => child.type === 'bulletList' || child.type === 'orderedList');
          const marker = block.type === 'orderedList' ? `${(block.attrs?.start ?? 1) + i}.` : '•';
          const text = flatten(own, depth, false).map((b) => b.text).join('\n');
          return [make('listItem', text, own, { marker, depth }), ...flatten(nested, depth + 1, quoted)];
        });
      case 'blockquote':
        return flatten(block.content, depth, true);
      case 'pullQuote':
        return [make('pullQuote', [inlineText(block.content), block.attrs?.attribution].filter(Boolean).join(' — '), block)];
      case 'codeBlock':
        return [make('code', inlineText(block.content), block)];
      case 'table':
        return block.content.map((row) => make('tableRow', row.content.map((cell) => flatten(cell.content, 0, false).map((b) => b.text).join(' ')).join(' | '), row));
      case 'figure':
        return [make('figure', [`Image: ${block.attrs.alt}`, block.attrs.caption, block.attrs.credit && `Credit: ${block.attrs.credit}`].filter(Boolean).join(' · '), block)];
      case 'embed':
        return [make('embed', [`Embed: ${block.attrs.url}`, block.attrs.caption].filter(Boolean).join(' · '), block)];
      case 'horizontalRule':
        return [make('rule', 'Divider', block)];
    }
  });
}

/** A document's blocks in reading order: paragraphs, headings, list items, quotes, table rows, figures… */
export const documentBlocks = (doc: BodyDocument): DiffBlock[] => flatten(doc.content, 0, false).filter((b) => b.kind !== 'paragraph' || b.text !== '');

/** A plain text field as blocks: one paragraph, or none when it is empty. */
export const textBlocks = (text: string): DiffBlock[] => (text ? [make('paragraph', text, text)] : []);

/** A list (key points, say) as blocks, an item each. */
export const listBlocks = (items: string[]): DiffBlock[] => items.map((text) => make('listItem', text, text, { marker: '•', depth: 0 }));

/** Both texts' words in order, each part kept, removed or inserted; a space between two changes joins them. */
export function diffWords(before: string, after: string): WordPart[] {
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDITS });
  const raw: WordPart[] = changes
    ? changes.map((c) => ({ text: c.value, op: c.added ? 'insert' : c.removed ? 'delete' : 'equal' }))
    : [
        { text: before, op: 'delete' },
        { text: after, op: 'insert' },
      ];
  // "the [quick brown] fox" reads better than "the [quick] [brown] fox": a lone space between changes is changed too.
  const parts: WordPart[] = [];
  raw.forEach((part, i) => {
    const bridging = part.op === 'equal' && /^\s+$/.test(part.text) && raw[i - 1]?.op !== 'equal' && raw[i + 1]?.op !== 'equal' && i > 0 && i < raw.length - 1;
    const pieces: WordPart[] = bridging
      ? [
          { text: part.text, op: 'delete' },
          { text: part.text, op: 'insert' },
        ]
      : [part];
    for (const piece of pieces) {
      if (!piece.text) continue;
      // Removed words before inserted ones, each run in one piece.
      const last = parts.at(-1);
      if (last?.op === piece.op) last.text += piece.text;
      else if (piece.op === 'delete' && last?.op === 'insert' && parts.at(-2)?.op === 'delete') parts.at(-2)!.text += piece.text;
      else parts.push({ ...piece });
    }
  });
  return parts;
}

// Hyphens part words, so that two slugs compare by their words.
const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}$%.,'’]+/gu) ?? [];

/** Whether two blocks are one block edited: the same kind, and more than half their words in common. */
export function similar(a: DiffBlock, b: DiffBlock): boolean {
  if (a.kind !== b.kind) return false;
  if (a.text === b.text) return true;
  const [left, right] = [words(a.text), words(b.text)];
  const pool = new Map<string, number>();
  for (const w of left) pool.set(w, (pool.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of right) {
    const n = pool.get(w) ?? 0;
    if (n === 0) continue;
    common++;
    pool.set(w, n - 1);
  }
  return common * 2 > Math.max(left.length, right.length);
}

/** One run of removed and inserted blocks, in order: similar ones paired (in order on both sides), the rest as they are. */
function pairRun(removed: DiffBlock[], inserted: DiffBlock[]): BlockChange[] {
  const out: BlockChange[] = [];
  // Pairing looks at every two blocks of the run: a rewrite this large is shown as removed and added.
  const pairing = removed.length * inserted.length <= MAX_PAIRINGS;
  let j = 0;
  for (const before of removed) {
    const match = pairing ? inserted.findIndex((after, k) => k >= j && similar(before, after)) : -1;
    if (match < 0) {
      out.push({ op: 'delete', block: before, moved: false });
      continue;
    }
    for (; j < match; j++) out.push({ op: 'insert', block: inserted[j]!, moved: false });
    const after = inserted[j++]!;
    out.push({ op: 'change', block: after, before, parts: diffWords(before.text, after.text) });
  }
  for (; j < inserted.length; j++) out.push({ op: 'insert', block: inserted[j]!, moved: false });
  return out;
}

/** The blocks of both sides aligned: kept, inserted, deleted, moved (deleted here, inserted there) or changed. */
export function diffBlocks(before: DiffBlock[], after: DiffBlock[]): BlockChange[] {
  const changes = diffArrays(before, after, { comparator: (a, b) => a.key === b.key, maxEditLength: MAX_EDITS }) ?? [
    { value: before, removed: true, added: false, count: before.length },
    { value: after, removed: false, added: true, count: after.length },
  ];
  const out: BlockChange[] = [];
  let shown = 0;
  for (let i = 0; i < changes.length; ) {
    if (!changes[i]!.added && !changes[i]!.removed) {
      // A kept block as the newer side has it (a list item's number may have moved on).
      const kept = after.slice(shown, (shown += changes[i++]!.value.length));
      out.push(...kept.map((block): BlockChange => ({ op: 'equal', block })));
      continue;
    }
    const removed: DiffBlock[] = [];
    const inserted: DiffBlock[] = [];
    for (; i < changes.length && (changes[i]!.added || changes[i]!.removed); i++) (changes[i]!.removed ? removed : inserted).push(...changes[i]!.value);
    shown += inserted.length;
    out.push(...pairRun(removed, inserted));
  }
  // A block deleted in one place and inserted unchanged in another was moved.
  const count = (op: 'insert' | 'delete') => {
    const keys = new Map<string, number>();
    for (const c of out) if (c.op === op) keys.set(c.block.key, (keys.get(c.block.key) ?? 0) + 1);
    return keys;
  };
  const [deleted, inserted] = [count('delete'), count('insert')];
  return out.map((c) => (c.op === 'insert' || c.op === 'delete' ? { ...c, moved: (c.op === 'insert' ? deleted : inserted).has(c.block.key) } : c));
}

export type ContextRun = BlockChange | { op: 'skip'; blocks: DiffBlock[] };

/** Changes with `context` unchanged blocks around each; longer unchanged stretches become one run to fold away. */
export function withContext(changes: BlockChange[], context = 1): ContextRun[] {
  const near = changes.map((_, i) => changes.slice(Math.max(0, i - context), i + context + 1).some((c) => c.op !== 'equal'));
  const runs: ContextRun[] = [];
  changes.forEach((change, i) => {
    const last = runs.at(-1);
    if (near[i]) runs.push(change);
    else if (last?.op === 'skip') last.blocks.push(change.block);
    else runs.push({ op: 'skip', blocks: [change.block] });
  });
  return runs;
}
