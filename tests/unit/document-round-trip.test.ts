import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentToMarkdown, markdownToDocument } from '@/lib/content/document/markdown';
import type { Block, BodyDocument, Inline, Mark } from '@/lib/content/document/types';
import { parseBodyDocument } from '@/lib/content/document/validate';

// Characters Markdown gives meaning to, among ordinary ones: the stored text must escape them so nothing changes.
// No "www.", "https://" or "@": GitHub links an address written as plain text (a documented loss, markdown.ts).
const characters = fc.constantFrom(...'ab Z1.9)(*_`[]#|<>\\!-+~&:;"\'=é/'.split(''), '  ', '&amp;', '1. ', '- ', '> ');
const text = fc.array(characters, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const hrefs = ['https://example.com/a?b=1', '/news/some-story', 'mailto:desk@example.com', 'http://example.org/(x)'];
const marks = fc.subarray<Mark>([{ type: 'bold' }, { type: 'italic' }, { type: 'strike' }, { type: 'code' }]).chain((chosen) =>
  fc.option(fc.constantFrom(...hrefs), { nil: undefined }).map((href) => (href ? [...chosen, { type: 'link', attrs: { href } } as Mark] : chosen)),
);
const textNode = fc.record({ type: fc.constant('text' as const), text, marks });

// Line breaks only between pieces of text: Markdown has no line break at the very start or end of a paragraph.
const inline = (breaks: boolean) =>
  fc.array(fc.tuple(textNode, breaks ? fc.boolean() : fc.constant(false)), { minLength: 1, maxLength: 5 }).map((pieces) =>
    pieces.flatMap(([node, lineBreak], i): Inline[] => (lineBreak && i < pieces.length - 1 ? [node, { type: 'hardBreak' }] : [node])),
  );

const paragraph = inline(true).map((content): Block => ({ type: 'paragraph', content }));
const leafBlocks: fc.Arbitrary<Block>[] = [
  paragraph,
  fc.record({ type: fc.constant('heading' as const), attrs: fc.record({ level: fc.constantFrom(2 as const, 3 as const) }), content: inline(false) }),
  fc.constant({ type: 'horizontalRule' as const }),
  fc.record({
    type: fc.constant('codeBlock' as const),
    attrs: fc.record({ language: fc.constantFrom(null, 'ts', 'c++') }),
    content: fc.array(fc.constantFrom('x = 1', '```', '\n', '  <b>', '~~~', '\\'), { minLength: 1, maxLength: 4 }).map((parts) => [{ type: 'text' as const, text: parts.join('') }]),
  }),
  fc.record({
    type: fc.constant('figure' as const),
    attrs: fc.record({ src: fc.constant('/covers/halving-2028.jpg'), alt: text.filter((alt) => alt.trim() !== ''), caption: fc.constantFrom('', 'Miners in Texas', 'a | b'), credit: fc.constantFrom('', 'Jane Doe / Reuters') }),
  }),
];
// A backslash before a pipe in a cell is GitHub's escape for the pipe, even in code (a documented loss, markdown.ts).
const cellContent = inline(false).filter((content) => !content.map((node) => ('text' in node ? node.text : ' ')).join('').includes('\\|'));
const table = fc.integer({ min: 1, max: 3 }).chain((width) =>
  fc.array(fc.array(cellContent, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 3 }).map((rows): Block => ({
    type: 'table',
    content: rows.map((cells, r) => ({
      type: 'tableRow',
      content: cells.map((content) => ({ type: r === 0 ? 'tableHeader' : 'tableCell', content: [{ type: 'paragraph', content }] })),
    })),
  })),
);

function block(depth: number): fc.Arbitrary<Block> {
  if (depth === 0) return fc.oneof(...leafBlocks, table);
  const blocks = fc.array(block(depth - 1), { minLength: 1, maxLength: 3 });
  const items = fc.array(fc.tuple(paragraph, fc.array(block(depth - 1), { maxLength: 2 })), { minLength: 1, maxLength: 3 }).map((list) =>
    list.map(([first, rest]) => ({ type: 'listItem' as const, content: [first, ...rest] })),
  );
  return fc.oneof(
    { arbitrary: block(0), weight: 3 },
    items.map((content): Block => ({ type: 'bulletList', content })),
    fc.tuple(fc.integer({ min: 0, max: 12 }), items).map(([start, content]): Block => ({ type: 'orderedList', attrs: { start }, content })),
    blocks.map((content): Block => ({ type: 'blockquote', content })),
  );
}

// Generated documents are normalised as the server stores them (joined text, marks in order) before comparing.
const documents = fc.array(block(2), { minLength: 1, maxLength: 5 }).map((content) => {
  const parsed = parseBodyDocument({ type: 'doc', content });
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.doc;
});

describe('the stored Markdown text of a body', () => {
  it('reads back as the same document, whatever characters and formatting the text holds', () => {
    fc.assert(
      fc.property(documents, (doc: BodyDocument) => {
        expect(markdownToDocument(documentToMarkdown(doc))).toEqual(doc);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
