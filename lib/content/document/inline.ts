// Inline content in one canonical form (as ProseMirror keeps it: no empty text, no two neighbours with the same
// marks, marks in one order), and back into the nested shape that HTML and Markdown need.
import type { Inline, Mark, Text } from './types';

const MARK_ORDER: Mark['type'][] = ['link', 'bold', 'italic', 'strike', 'code'];

export const sameMark = (a: Mark, b: Mark) => a.type === b.type && (a.type !== 'link' || a.attrs.href === (b as typeof a).attrs.href);

const sameMarks = (a: Mark[] = [], b: Mark[] = []) => a.length === b.length && a.every((mark, i) => sameMark(mark, b[i]!));

/** One mark of each type, in the canonical order; the first of a type wins, as ProseMirror lets only one stand. */
export function canonicalMarks(marks: Mark[]): Mark[] {
  const byType = new Map<Mark['type'], Mark>();
  for (const mark of marks) if (!byType.has(mark.type)) byType.set(mark.type, mark);
  return MARK_ORDER.flatMap((type) => byType.get(type) ?? []);
}

export function textNode(text: string, marks: Mark[]): Text {
  const canonical = canonicalMarks(marks);
  return canonical.length > 0 ? { type: 'text', text, marks: canonical } : { type: 'text', text };
}

/** Drops empty text and joins neighbouring text with the same marks. */
export function mergeText(inlines: Inline[]): Inline[] {
  const merged: Inline[] = [];
  for (const node of inlines) {
    if (node.type === 'text' && node.text === '') continue;
    const last = merged.at(-1);
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      merged[merged.length - 1] = { ...last, text: last.text + node.text };
    } else {
      merged.push(node);
    }
  }
  return merged;
}

export type InlineTree = { mark: Mark; children: InlineTree[] } | { node: Inline };

type Run = { node: Inline; marks: Mark[] };

// How many runs from `from` carry the mark; code only spans runs with no other mark left, since it goes innermost.
const runLength = (runs: Run[], from: number, mark: Mark) => {
  const carries = (run: Run) => run.marks.some((m) => sameMark(m, mark)) && (mark.type !== 'code' || run.marks.length === 1);
  let end = from;
  while (end < runs.length && carries(runs[end]!)) end++;
  return end - from;
};

function nest(runs: Run[]): InlineTree[] {
  const trees: InlineTree[] = [];
  for (let i = 0; i < runs.length; ) {
    const { node, marks } = runs[i]!;
    if (marks.length === 0) {
      trees.push({ node });
      i++;
      continue;
    }
    // The mark that spans furthest goes outside, so a phrase bold throughout is one <strong>, not several; code goes
    // inside every other mark, since Markdown's code spans hold nothing but text.
    const candidates = marks.length > 1 ? marks.filter((mark) => mark.type !== 'code') : marks;
    const outer = candidates.reduce((best, mark) => (runLength(runs, i, mark) > runLength(runs, i, best) ? mark : best));
    const length = runLength(runs, i, outer);
    const inner = runs.slice(i, i + length).map((run) => ({ node: run.node, marks: run.marks.filter((m) => !sameMark(m, outer)) }));
    trees.push({ mark: outer, children: nest(inner) });
    i += length;
  }
  return trees;
}

/** Flat marked text as properly nested marks; each leaf is a text (its marks now on the enclosing trees), break or coin. */
export function nestMarks(inlines: Inline[]): InlineTree[] {
  return nest(
    inlines.map((node) =>
      node.type === 'text' ? { node: { type: 'text', text: node.text }, marks: node.marks ?? [] } : { node, marks: [] },
    ),
  );
}
