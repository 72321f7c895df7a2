// Text differences for the revision history: Myers' O(ND) algorithm over lines, then over words inside the
// lines that changed, so a one-word edit in a long paragraph shows as that word.

export type Edit<T> = { op: 'equal' | 'delete' | 'insert'; value: T };
export type Segment = { text: string; changed: boolean };
export type DiffLine = { op: Edit<string>['op']; segments: Segment[] };
export type Hunk = DiffLine | { op: 'skip'; count: number };

// Past this many edits two texts are shown as replaced outright: the search's memory grows with its square.
const MAX_EDITS = 1_000;

/** The shortest list of deletions and insertions that turns `a` into `b`, in order, with what they share. */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): Edit<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const same = (items: readonly T[]) => items.map((value): Edit<T> => ({ op: 'equal', value }));
  return [...same(a.slice(0, start)), ...middle(a.slice(start, endA), b.slice(start, endB)), ...same(a.slice(endA))];
}

function middle<T>(a: readonly T[], b: readonly T[]): Edit<T>[] {
  const replaced = () => [...a.map((value): Edit<T> => ({ op: 'delete', value })), ...b.map((value): Edit<T> => ({ op: 'insert', value }))];
  const limit = Math.min(a.length + b.length, MAX_EDITS);
  if (a.length === 0 || b.length === 0) return replaced();
  // v[offset + k]: how far along `a` the best path on diagonal k (x - y) has got.
  const offset = limit + 1;
  const v = new Int32Array(2 * offset + 1);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= limit; d++) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!);
      let x = down ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < a.length && y < b.length && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= a.length && y >= b.length) return walkBack(trace, a, b);
    }
  }
  return replaced();
}

function walkBack<T>(trace: Int32Array[], a: readonly T[], b: readonly T[]): Edit<T>[] {
  const edits: Edit<T>[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = trace.length - 1; d > 0; d--) {
    const at = (k: number) => trace[d]![k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const previousK = down ? k + 1 : k - 1;
    const previousX = at(previousK);
    const previousY = previousX - previousK;
    for (; x > previousX && y > previousY; x--, y--) edits.push({ op: 'equal', value: a[x - 1]! });
    edits.push(down ? { op: 'insert', value: b[previousY]! } : { op: 'delete', value: a[previousX]! });
    x = previousX;
    y = previousY;
  }
  for (; x > 0; x--) edits.push({ op: 'equal', value: a[x - 1]! });
  return edits.reverse();
}

/** Words, runs of white space and single punctuation marks: the units a word-level change is shown in. */
export function tokenize(text: string): string[] {
  return text.match(/[\p{L}\p{N}_'’]+|\s+|[^\p{L}\p{N}_'’\s]/gu) ?? [];
}

/** One side of a changed line: what it shares with the other side, and what only it has. */
function sideOf(before: string, after: string, side: 'delete' | 'insert'): Segment[] {
  const kept = diffSequences(tokenize(before), tokenize(after)).filter((e) => e.op === 'equal' || e.op === side);
  const segments: Segment[] = [];
  kept.forEach((edit, i) => {
    const changed = edit.op === side;
    // A space between two changed words is part of the change: one marked phrase reads better than two.
    const bridging = !changed && /^\s+$/.test(edit.value) && kept[i - 1]?.op === side && kept[i + 1]?.op === side;
    const last = segments.at(-1);
    if (last && last.changed === (changed || bridging)) last.text += edit.value;
    else segments.push({ text: edit.value, changed: changed || bridging });
  });
  return segments;
}

/** Line by line, removed lines before the lines that replaced them; paired lines mark the words that differ. */
export function diffLines(before: string, after: string): DiffLine[] {
  const edits = diffSequences(before.split('\n'), after.split('\n'));
  const lines: DiffLine[] = [];
  for (let i = 0; i < edits.length; ) {
    if (edits[i]!.op === 'equal') {
      lines.push({ op: 'equal', segments: [{ text: edits[i++]!.value, changed: false }] });
      continue;
    }
    const removed: string[] = [];
    const inserted: string[] = [];
    for (; i < edits.length && edits[i]!.op !== 'equal'; i++) (edits[i]!.op === 'delete' ? removed : inserted).push(edits[i]!.value);
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
