import { describe, expect, it } from 'vitest';
import { diffLines, diffSequences, tokenize, withContext, type Edit } from '@/lib/diff';

const apply = <T>(edits: Edit<T>[], side: 'before' | 'after') => edits.filter((e) => e.op !== (side === 'before' ? 'insert' : 'delete')).map((e) => e.value);
const changes = <T>(edits: Edit<T>[]) => edits.filter((e) => e.op !== 'equal').length;
// The textbook quadratic answer, to check that the fast search finds a shortest script.
function longestCommon<T>(a: T[], b: T[]): number {
  let row = new Array<number>(b.length + 1).fill(0);
  for (const item of a) row = row.reduce<number[]>((next, _, j) => [...next, j === 0 ? 0 : item === b[j - 1] ? row[j - 1]! + 1 : Math.max(row[j]!, next[j - 1]!)], []);
  return row[b.length]!;
}
const marked = (text: string, op: 'delete' | 'insert', after: string) =>
  diffLines(text, after)
    .filter((l) => l.op === op)
    .map((l) => l.segments.filter((s) => s.changed).map((s) => s.text));

describe('sequence diff', () => {
  it('finds the shortest edit script (the classic ABCABBA / CBABAC example takes five edits)', () => {
    const edits = diffSequences([...'ABCABBA'], [...'CBABAC']);
    expect(changes(edits)).toBe(5);
    expect(apply(edits, 'before').join('')).toBe('ABCABBA');
    expect(apply(edits, 'after').join('')).toBe('CBABAC');
  });

  it('handles empty, identical and wholly different sequences', () => {
    expect(diffSequences([], [])).toEqual([]);
    expect(diffSequences(['a'], [])).toEqual([{ op: 'delete', value: 'a' }]);
    expect(diffSequences([], ['b'])).toEqual([{ op: 'insert', value: 'b' }]);
    expect(diffSequences(['a', 'b'], ['a', 'b']).every((e) => e.op === 'equal')).toBe(true);
    expect(diffSequences(['a'], ['b'])).toEqual([
      { op: 'delete', value: 'a' },
      { op: 'insert', value: 'b' },
    ]);
  });

  it('reproduces both sides of random edits in as few changes as possible', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) % n);
    for (let round = 0; round < 200; round++) {
      const a = Array.from({ length: random(30) }, () => 'abcde'[random(5)]!);
      // Half edited copies of `a`, half unrelated sequences over the same letters.
      const b = round % 2 ? a.flatMap((item) => (random(4) === 0 ? [] : random(5) === 0 ? [item, 'xyz'[random(3)]!] : [item])) : Array.from({ length: random(30) }, () => 'abcde'[random(5)]!);
      const edits = diffSequences(a, b);
      expect(apply(edits, 'before')).toEqual(a);
      expect(apply(edits, 'after')).toEqual(b);
      expect(changes(edits)).toBe(a.length + b.length - 2 * longestCommon(a, b));
    }
  });

  it('shows a very large rewrite as replaced instead of searching without end', () => {
    const a = Array.from({ length: 3_000 }, (_, i) => `old ${i}`);
    const b = Array.from({ length: 3_000 }, (_, i) => `new ${i}`);
    const edits = diffSequences(a, b);
    expect(apply(edits, 'before')).toEqual(a);
    expect(apply(edits, 'after')).toEqual(b);
  });
});

describe('text diff', () => {
  it('splits text into words, spaces and punctuation', () => {
    expect(tokenize('Bitcoin’s hashrate rose 5%, miners said.')).toEqual(['Bitcoin’s', ' ', 'hashrate', ' ', 'rose', ' ', '5', '%', ',', ' ', 'miners', ' ', 'said', '.']);
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
