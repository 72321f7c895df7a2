// Text differences for the revision history, by jsdiff: over lines, then over words inside the lines that changed,
// so a one-word edit in a long paragraph shows as that word.
import { diffArrays, diffWordsWithSpace } from 'diff';

export type Segment = { text: string; changed: boolean };
export type DiffLine = { op: 'equal' | 'delete' | 'insert'; segments: Segment[] };
export type Hunk = DiffLine | { op: 'skip'; count: number };

// Past this many edits two texts are shown as replaced outright: the search's cost grows with its square.
const MAX_EDITS = 1_000;

/** One side of a changed line: what it shares with the other side, and what only it has. */
function sideOf(before: string, after: string, side: 'delete' | 'insert'): Segment[] {
  // Whitespace counts as words, so each side shows its own spacing.
  const changes = diffWordsWithSpace(before, after, { maxEditLength: MAX_EDITS });
  if (!changes) return [{ text: side === 'delete' ? before : after, changed: true }];
  const kept = changes
    .filter((change) => (side === 'delete' ? !change.added : !change.removed))
    .map((change) => ({ text: change.value, changed: change.added || change.removed }));
  const segments: Segment[] = [];
  kept.forEach(({ text, changed }, i) => {
    // A space between two changed words is part of the change: one marked phrase reads better than two.
    const bridging = !changed && /^\s+$/.test(text) && kept[i - 1]?.changed === true && kept[i + 1]?.changed === true;
    const last = segments.at(-1);
    if (last && last.changed === (changed || bridging)) last.text += text;
    else segments.push({ text, changed: changed || bridging });
  });
  return segments;
}

/** Line by line, removed lines before the lines that replaced them; paired lines mark the words that differ. */
export function diffLines(before: string, after: string): DiffLine[] {
  const [a, b] = [before.split('\n'), after.split('\n')];
  const changes = diffArrays(a, b, { maxEditLength: MAX_EDITS }) ?? [
    { value: a, removed: true, added: false, count: a.length },
    { value: b, removed: false, added: true, count: b.length },
  ];
  const lines: DiffLine[] = [];
  for (let i = 0; i < changes.length; ) {
    if (!changes[i]!.added && !changes[i]!.removed) {
      for (const text of changes[i++]!.value) lines.push({ op: 'equal', segments: [{ text, changed: false }] });
      continue;
    }
    const removed: string[] = [];
    const inserted: string[] = [];
    for (; i < changes.length && (changes[i]!.added || changes[i]!.removed); i++) (changes[i]!.removed ? removed : inserted).push(...changes[i]!.value);
    const paired = Math.min(removed.length, inserted.length);
    removed.forEach((text, j) => lines.push({ op: 'delete', segments: j < paired ? sideOf(text, inserted[j]!, 'delete') : [{ text, changed: true }] }));
    inserted.forEach((text, j) => lines.push({ op: 'insert', segments: j < paired ? sideOf(removed[j]!, text, 'insert') : [{ text, changed: true }] }));
  }
  return lines;
}

/** Changed lines with `context` unchanged lines around each; longer unchanged stretches become a count. */
export function withContext(lines: DiffLine[], context = 2): Hunk[] {
  const near = lines.map((_, i) => lines.slice(Math.max(0, i - context), i + context + 1).some((l) => l.op !== 'equal'));
  const hunks: Hunk[] = [];
  lines.forEach((line, i) => {
    const last = hunks.at(-1);
    if (near[i]) hunks.push(line);
    else if (last?.op === 'skip') last.count++;
    else hunks.push({ op: 'skip', count: 1 });
  });
  return hunks;
}
