import type { Nodes } from 'mdast';
import { describe, expect, it } from 'vitest';
import { renderDocumentHtml } from '@/lib/content/document/html';
import { documentToMarkdown, markdownToDocument } from '@/lib/content/document/markdown';
import { countWords, documentText } from '@/lib/content/document/text';
import type { BodyDocument } from '@/lib/content/document/types';
import { parseBodyDocument } from '@/lib/content/document/validate';
import { parseMarkdown } from '@/lib/content/markdown';
import { renderMarkdownBeforeDocuments as renderMarkdown } from '../support/markdown-before-documents';
import { demoArticles } from '@/lib/demo/articles';

type Tree = { type: string; content?: Tree[]; marks?: { type: string; attrs?: { href?: string } }[] };
const walk = (node: Tree, visit: (node: Tree) => void) => {
  visit(node);
  node.content?.forEach((child) => walk(child, visit));
};
function documentParts(doc: BodyDocument) {
  const parts = { headings: 0, listItems: 0, cells: 0, hrefs: [] as string[] };
  walk(doc as Tree, (node) => {
    if (node.type === 'heading') parts.headings++;
    if (node.type === 'listItem') parts.listItems++;
    if (node.type === 'tableCell' || node.type === 'tableHeader') parts.cells++;
    const href = node.marks?.find((mark) => mark.type === 'link')?.attrs?.href;
    if (href && href !== parts.hrefs.at(-1)) parts.hrefs.push(href);
  });
  return parts;
}
function markdownParts(node: Nodes, parts = { headings: 0, listItems: 0, cells: 0, hrefs: [] as string[] }) {
  if (node.type === 'heading') parts.headings++;
  if (node.type === 'listItem') parts.listItems++;
  if (node.type === 'tableCell') parts.cells++;
  if (node.type === 'link') parts.hrefs.push(node.url);
  if ('children' in node) node.children.forEach((child) => markdownParts(child, parts));
  return parts;
}

const BLOCK_TAGS = /<(\/?)(p|h[1-6]|ul|ol|li|blockquote|pre|table|thead|tbody|tr|th|td|hr|figure)\b/g;
const blockTags = (html: string) => [...html.matchAll(BLOCK_TAGS)].map(([, close, tag]) => `${close}${tag}`);
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"' };
const textContent = (html: string) =>
  html
    .replace(/<[^>]*>/g, '')
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, decimal: string) => String.fromCodePoint(Number(decimal)))
    .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ENTITIES[name]!)
    .replace(/\s+/g, ' ')
    .trim();

describe.each(demoArticles.map((article) => [article.slug, article.body]))('demo article %s, moved to the editor', (_, markdown) => {
  const doc = markdownToDocument(markdown);

  it('is a body the server accepts as it is', () => {
    expect(parseBodyDocument(doc)).toEqual({ ok: true, doc });
  });

  it('keeps every heading, list item, table cell and link', () => {
    expect(documentParts(doc)).toEqual(markdownParts(parseMarkdown(markdown)));
  });

  it('reads on the public page as the Markdown did: the same text in the same blocks', () => {
    const before = renderMarkdown(markdown);
    const after = renderDocumentHtml(doc);
    expect(blockTags(after)).toEqual(blockTags(before));
    expect(textContent(after)).toBe(textContent(before));
  });

  it('comes back unchanged from its stored Markdown text', () => {
    expect(markdownToDocument(documentToMarkdown(doc))).toEqual(doc);
  });

  it('counts the words a reader reads on the page', () => {
    const words = textContent(renderMarkdown(markdown)).split(' ').filter((word) => /[\p{L}\p{N}]/u.test(word));
    expect(countWords(doc)).toBe(words.length);
    expect(documentText(doc).replace(/\s+/g, ' ').trim()).toBe(textContent(renderMarkdown(markdown)));
  });
});
