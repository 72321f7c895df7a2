// The server's reading of a body the editor sent: only the nodes, marks and attributes of types.ts, nested as the
// editor nests them, with addresses and sizes checked. A hand-written walk rather than zod: each refusal names what
// was refused and where, and depth is checked before recursing, so hostile nesting cannot exhaust the stack.
import { isOurImage } from '@/lib/media/urls';
import { canonicalMarks, mergeText, textNode } from './inline';
import { normalizeHeadingLevel, normalizeLanguage } from './normalize';
import { EMPTY_DOCUMENT } from './types';
import type { Block, BodyDocument, Embed, Figure, Inline, ListItem, Mark, TableCell, Text } from './types';
import { encodeMarkupCharacters, isAllowedHref, isWebUrl } from './urls';

export const MAX_DEPTH = 20;
export const MAX_NODES = 50_000;
export const MAX_TEXT = 200_000;

const NAMES: Record<string, string> = {
  doc: 'the body', paragraph: 'a paragraph', heading: 'a heading', bulletList: 'a bulleted list', orderedList: 'a numbered list',
  listItem: 'a list item', blockquote: 'a quotation', pullQuote: 'a pull quote', horizontalRule: 'a divider', codeBlock: 'a code block',
  table: 'a table', tableRow: 'a table row', tableCell: 'a table cell', tableHeader: 'a table header cell', figure: 'an image',
  embed: 'an embed', text: 'text', hardBreak: 'a line break', coin: 'a coin',
};
const BLOCKS = ['paragraph', 'heading', 'bulletList', 'orderedList', 'blockquote', 'pullQuote', 'horizontalRule', 'codeBlock', 'table', 'figure', 'embed'];
const INLINES = ['text', 'hardBreak', 'coin'];
const ALLOWED_CHILDREN: Record<string, string[]> = {
  doc: BLOCKS, listItem: BLOCKS, blockquote: BLOCKS, tableCell: BLOCKS, tableHeader: BLOCKS,
  paragraph: INLINES, heading: INLINES, pullQuote: INLINES,
  bulletList: ['listItem'], orderedList: ['listItem'], table: ['tableRow'], tableRow: ['tableCell', 'tableHeader'], codeBlock: ['text'],
};
const MARKS = ['bold', 'italic', 'strike', 'code', 'link'];

class Refusal extends Error {}
function refuse(message: string): never {
  throw new Refusal(message);
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
// Names and addresses from the request, shortened and quoted so a message stays one readable line.
const quote = (value: unknown) => JSON.stringify(String(value).slice(0, 60));
const where = (parent: string) => (parent === 'doc' ? 'at the top level' : `inside ${NAMES[parent]}`);

type Budget = { nodes: number; text: number };

function countText(budget: Budget, length: number) {
  budget.text += length;
  if (budget.text > MAX_TEXT) refuse('The body is too long (at most 200,000 characters).');
}

/** An optional text attribute (Tiptap sends null for one never set); name begins the messages, e.g. "An image caption". */
function attrString(attrs: Json, key: string, name: string, max: number, budget: Budget): string {
  const value = attrs[key] ?? '';
  if (typeof value !== 'string') refuse(`${name} in the body cannot be stored.`);
  if (value.length > max) refuse(`${name} is too long (at most ${max} characters).`);
  countText(budget, value.length);
  return value;
}

function readMark(value: unknown): Mark {
  const type = isObject(value) ? value.type : undefined;
  if (typeof type !== 'string' || !MARKS.includes(type)) return refuse(`The body contains formatting the editor cannot store (${quote(type)}).`);
  if (type !== 'link') return { type } as Mark;
  const href = isObject(value) && isObject(value.attrs) ? value.attrs.href : undefined;
  if (typeof href !== 'string' || !isAllowedHref(href)) {
    refuse(`The link ${quote(href)} is not allowed: links must start with https://, http://, mailto: or a single /.`);
  }
  return { type: 'link', attrs: { href: encodeMarkupCharacters(href as string) } };
}

function readText(value: Json, parent: string, budget: Budget): Text {
  if (typeof value.text !== 'string') return refuse('The body contains text the editor cannot store.');
  countText(budget, value.text.length);
  if (value.marks !== undefined && value.marks !== null && !Array.isArray(value.marks)) refuse('The body contains formatting the editor cannot store.');
  const marks = ((value.marks as unknown[] | undefined) ?? []).map(readMark);
  // Code blocks are plain text in the editor; formatting there is dropped, not refused.
  return textNode(value.text, parent === 'codeBlock' ? [] : canonicalMarks(marks));
}

function readChildren(value: Json, type: string, depth: number, budget: Budget): unknown[] {
  const content = value.content ?? [];
  if (!Array.isArray(content)) return refuse(`The body has ${NAMES[type]} the editor cannot store.`);
  return content.map((child) => readNode(child, type, depth + 1, budget));
}

const nonEmpty = <T>(items: T[], type: string): T[] => (items.length > 0 ? items : refuse(`The body has ${NAMES[type]} with nothing in it.`));
const optionalContent = (inlines: Inline[]) => {
  const content = mergeText(inlines);
  return content.length > 0 ? { content } : {};
};

function readSpan(attrs: Json, key: 'colspan' | 'rowspan'): number {
  const value = attrs[key] ?? 1;
  if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 20) {
    refuse('A table cell spans a number of rows or columns the editor cannot store (1 to 20).');
  }
  return value as number;
}

function readFigure(attrs: Json, budget: Budget): Figure {
  if (typeof attrs.src !== 'string' || !isOurImage(attrs.src)) refuse('Images in the body must be uploaded here; images from elsewhere cannot be used.');
  const alt = attrString(attrs, 'alt', 'An image description', 300, budget);
  if (alt.trim() === '') refuse('Describe every image in the body for readers who cannot see it.');
  const caption = attrString(attrs, 'caption', 'An image caption', 500, budget);
  const credit = attrString(attrs, 'credit', 'An image credit', 200, budget);
  return { type: 'figure', attrs: { src: attrs.src as string, alt, caption, credit } };
}

function readEmbed(attrs: Json, budget: Budget): Embed {
  const url = attrs.url;
  if (typeof url !== 'string' || !isWebUrl(url)) refuse('An embed must link to a web page: an address starting with https:// or http://, at most 2,000 characters.');
  return { type: 'embed', attrs: { url: encodeMarkupCharacters(url as string), caption: attrString(attrs, 'caption', 'An embed caption', 300, budget) } };
}

function readNode(value: unknown, parent: string, depth: number, budget: Budget): unknown {
  if (depth > MAX_DEPTH) refuse(`The body is nested too deeply (at most ${MAX_DEPTH} levels).`);
  if (++budget.nodes > MAX_NODES) refuse('The body has too many elements (at most 50,000).');
  const type = isObject(value) ? value.type : undefined;
  // Own names only: "toString" or "__proto__" would otherwise find Object.prototype's and be named as a function.
  if (!isObject(value) || typeof type !== 'string' || !Object.hasOwn(NAMES, type) || type === 'doc') {
    return refuse(`The body contains an element the editor cannot store (${quote(type)}).`);
  }
  if (!ALLOWED_CHILDREN[parent]!.includes(type)) refuse(`The body has ${NAMES[type]} ${where(parent)}, where the editor cannot store it.`);
  const attrs = isObject(value.attrs) ? value.attrs : {};
  const children = () => readChildren(value, type, depth, budget);
  switch (type) {
    case 'text':
      return readText(value, parent, budget);
    case 'hardBreak':
    case 'horizontalRule':
      return { type };
    case 'coin': {
      const symbol = typeof attrs.symbol === 'string' ? attrs.symbol.toUpperCase() : '';
      if (!/^[A-Z0-9]{2,10}$/.test(symbol)) refuse(`The coin ${quote(attrs.symbol)} cannot be stored: a symbol is 2 to 10 letters or digits.`);
      return { type, attrs: { symbol } };
    }
    case 'paragraph':
      return { type, ...optionalContent(children() as Inline[]) };
    case 'heading': {
      const level = normalizeHeadingLevel(attrs.level);
      if (level === null) refuse('A heading has a level the editor cannot store.');
      return { type, attrs: { level }, ...optionalContent(children() as Inline[]) };
    }
    case 'pullQuote': {
      const attribution = attrString(attrs, 'attribution', 'A pull quote attribution', 200, budget);
      return { type, ...(attribution ? { attrs: { attribution } } : {}), ...optionalContent(children() as Inline[]) };
    }
    case 'codeBlock': {
      const language = normalizeLanguage(attrs.language);
      return { type, ...(language ? { attrs: { language } } : {}), ...optionalContent(children() as Text[]) };
    }
    case 'orderedList': {
      const start = attrs.start ?? 1;
      if (!Number.isInteger(start) || (start as number) < 0 || (start as number) > 999_999_999) refuse('A numbered list starts at a number the editor cannot store.');
      return { type, ...(start !== 1 ? { attrs: { start } } : {}), content: nonEmpty(children() as ListItem[], type) };
    }
    case 'tableCell':
    case 'tableHeader': {
      const spans = { colspan: readSpan(attrs, 'colspan'), rowspan: readSpan(attrs, 'rowspan') };
      const kept = Object.fromEntries(Object.entries(spans).filter(([, span]) => span !== 1));
      return { type, ...(Object.keys(kept).length > 0 ? { attrs: kept } : {}), content: nonEmpty(children() as Block[], type) } satisfies TableCell;
    }
    case 'bulletList':
    case 'listItem':
    case 'blockquote':
    case 'table':
    case 'tableRow':
      return { type, content: nonEmpty(children(), type) };
    case 'figure':
      return readFigure(attrs, budget);
    case 'embed':
    default:
      return readEmbed(attrs, budget);
  }
}

/** The editor's JSON as a body the server stores: a new, normalised document, or why it cannot be stored. */
export function parseBodyDocument(value: unknown): { ok: true; doc: BodyDocument } | { ok: false; error: string } {
  if (!isObject(value) || value.type !== 'doc' || !Array.isArray(value.content ?? [])) return { ok: false, error: 'The body is not a document the editor wrote.' };
  try {
    const content = readChildren(value, 'doc', 0, { nodes: 0, text: 0 }) as Block[];
    return { ok: true, doc: content.length > 0 ? { type: 'doc', content } : structuredClone(EMPTY_DOCUMENT) };
  } catch (error) {
    if (error instanceof Refusal) return { ok: false, error: error.message };
    throw error;
  }
}
