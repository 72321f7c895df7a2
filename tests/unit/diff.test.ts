import { describe, expect, it } from 'vitest';
import { diffLines, withContext, type DiffLine } from '@/lib/content/diff';

// What the reader sees of each side: the unchanged lines with the removed ones, or with the added ones.
const side = (lines: DiffLine[], which: 'before' | 'after') =>
  lines.filter((l) => l.op !== (which === 'before' ? 'insert' : 'delete')).map((l) => l.segments.map((s) => s.text).join(''));
const changedLines = (lines: DiffLine[]) => lines.filter((l) => l.op !== 'equal').length;
// The textbook quadratic answer, to check that no line both texts keep is shown as changed.
function longestCommon<T>(a: T[], b: T[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const item of a) row = row.reduce<number[]>((next, _, j) => [...next, j === 0 ? 0 : item === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!)], []);
  return row[b.length]!;
}
const marked = (text: string, op: 'delete' | 'insert', after: string) =>
  diffLines(text, after)
    .filter((l) => l.op === op)
    .map((l) => l.segments.filter((s) => s.changed).map((s) => s.text));

describe('line diff', () => {
  it('shows an added, a removed and an unchanged text', () => {
    expect(diffLines('', 'New line.').map((l) => l.op)).toEqual(['delete', 'insert']);
    expect(diffLines('Old line.\nKept.', 'Kept.').map((l) => l.op)).toEqual(['delete', 'equal']);
    expect(diffLines('Same.\nText.', 'Same.\nText.').every((l) => l.op === 'equal')).toBe(true);
  });

  it('shows both texts in full and marks only the lines that differ, after random edits', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: 1 + random(30) }, () => 'abcde'[random(5)]!);
      // Half edited copies of `a`, half unrelated texts over the same lines.
      const b = round % 2 ? a.flatMap((item) => (random(4) === 0 ? [] : random(5) === 0 ? [item, 'xyz'[random(3)]!] : [item])) : Array.from({ length: 1 + random(30) }, () => 'abcde'[random(5)]!);
      const [before, after] = [a.join('\n'), b.join('\n')];
      const lines = diffLines(before, after);
      expect(side(lines, 'before').join('\n')).toBe(before);
      expect(side(lines, 'after').join('\n')).toBe(after);
      const [linesA, linesB] = [before.split('\n'), after.split('\n')];
      expect(changedLines(lines)).toBe(linesA.length + linesB.length - 2 * longestCommon(linesA, linesB));
    }
  });

  it('shows a very large rewrite as replaced, every line of both texts, instead of searching without end', () => {
    const before = Array.from({ length: 3_000 }, (_, i) => `old ${i}`).join('\n');
    const after = Array.from({ length: 3_000 }, (_, i) => `new ${i}`).join('\n');
    const lines = diffLines(before, after);
    expect(side(lines, 'before').join('\n')).toBe(before);
    expect(side(lines, 'after').join('\n')).toBe(after);
  });
});

describe('text diff', () => {
  it('marks a changed word or figure, not the punctuation beside it', () => {
    const before = 'Bitcoin’s hashrate rose 5%, miners said.';
    const after = 'Ether’s hashrate rose 6%, miners said.';
    expect(marked(before, 'delete', after)).toEqual([['Bitcoin', '5']]);
    expect(marked(before, 'insert', after)).toEqual([['Ether', '6']]);
  });

  it('marks a change of spacing, which the page shows as written', () => {
    expect(marked('Two  spaces.', 'delete', 'Two spaces.')).toEqual([['  ']]);
    expect(marked('Two  spaces.', 'insert', 'Two spaces.')).toEqual([[' ']]);
  });

  it('marks only the words that changed inside a changed line', () => {
    const before = '## Outlook\n\nVolumes were thin on Monday.\n\nEnd.';
    const after = '## Outlook\n\nVolumes were heavy on Monday.\n\nEnd.';
    expect(diffLines(before, after).map((l) => l.op)).toEqual(['equal', 'equal', 'delete', 'insert', 'equal', 'equal']);
    expect(marked(before, 'delete', after)).toEqual([['thin']]);
    expect(marked(before, 'insert', after)).toEqual([['heavy']]);
  });

  it('marks a changed phrase as one piece, spaces included', () => {
    expect(marked('the quick brown fox', 'insert', 'the slow red fox')).toEqual([['slow red']]);
  });

  it('marks whole lines that were added or removed', () => {
    const lines = diffLines('First point.\nSecond point.', 'First point.\nThird point.\nFourth point.');
    expect(lines.map((l) => [l.op, l.segments.map((s) => (s.changed ? `[${s.text}]` : s.text)).join('')])).toEqual([
      ['equal', 'First point.'],
      ['delete', '[Second] point.'],
      ['insert', '[Third] point.'],
      ['insert', '[Fourth point.]'],
    ]);
  });

  it('keeps a little context around changes and counts the unchanged lines it leaves out', () => {
    const before = Array.from({ length: 20 }, (_, i) => `line ${i}`).join('\n');
    const hunks = withContext(diffLines(before, before.replace('line 10', 'line ten')), 2);
    expect(hunks.map((h) => (h.op === 'skip' ? `skip ${h.count}` : h.op))).toEqual(['skip 8', 'equal', 'equal', 'delete', 'insert', 'equal', 'equal', 'skip 7']);
  });
});
