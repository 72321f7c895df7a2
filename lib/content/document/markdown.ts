// The body between its document and Markdown: importing Markdown bodies (the demo stories, bodies written before the
// editor) and deriving the text form stored in articles.body, which search, summaries, reading time, related
// stories, feeds and revision diffs read. remark writes the Markdown (escaping, emphasis that parses back).
//
// documentToMarkdown then markdownToDocument gives back the same document, except where Markdown has no place:
// - a coin becomes its symbol as text ("BTC");
// - a pull quote becomes a quotation, its attribution a last paragraph "— name";
// - an embed becomes a bare link on its own line: its caption is lost, and only an X post or YouTube video comes
//   back as an embed (any other page comes back as a paragraph with a link); likewise a paragraph holding nothing but
//   a link to an X post or YouTube video, written as its own address, comes back as an embed;
// - a figure keeps caption and credit in the image title (figure-title.ts), except for a caption shaped like a credit;
// - a table's first row becomes its header row and the rest plain cells; cells lose their spans, and a cell's blocks
//   and line breaks run together on one line; code in a cell loses a backslash written just before a pipe;
// - a web or email address written as plain text comes back as a link, as GitHub's Markdown links it;
// - a line break in a heading becomes a space; empty paragraphs vanish (an empty list item, quote or cell keeps one);
// - an image with no description, in imported Markdown, is dropped (a figure needs one); a task list's checkboxes too.
import remarkGfm from 'remark-gfm';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { parseMarkdown } from '@/lib/content/markdown';
import { documentFromMdast } from './from-mdast';
import { mdastFromDocument } from './to-mdast';
import type { BodyDocument } from './types';

// GitHub trims spaces at the edges of a table cell; written as character references they are kept.
const cellEdgeSpaces = [
  { character: ' ', inConstruct: 'tableCell' as const, before: '^[ |]' },
  { character: ' ', inConstruct: 'tableCell' as const, after: '[ |]$' },
];

const writer = unified()
  .use(remarkGfm)
  .use(remarkStringify, { bullet: '-', emphasis: '_', strong: '*', fence: '`', fences: true, rule: '-', listItemIndent: 'one', unsafe: cellEdgeSpaces });

/** Markdown (GitHub's flavour, as the Markdown renderer reads it) as a body document; validate it before storing. */
export const markdownToDocument = (markdown: string): BodyDocument => documentFromMdast(parseMarkdown(markdown));

/** The body's text form, in GitHub-flavoured Markdown. */
// Without the final newline remark ends a file with: the body column holds the text, not a file.
export const documentToMarkdown = (doc: BodyDocument): string => writer.stringify(mdastFromDocument(doc)).replace(/\n$/, '');
