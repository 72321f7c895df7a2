// Markdown's syntax tree (mdast, as lib/content/markdown.ts parses it) as a body document, keeping what the Markdown
// renderer shows: raw HTML and unsafe links are dropped as it drops them, reference links resolved as it resolves them.
import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Paragraph as MdParagraph, PhrasingContent, Root, RootContent, Table as MdTable } from 'mdast';
import { isOurImage } from '@/lib/media/urls';
import { readFigureTitle } from './figure-title';
import { mergeText, textNode } from './inline';
import { normalizeHeadingLevel, normalizeLanguage } from './normalize';
import type { Block, BodyDocument, Inline, ListItem, Mark, Paragraph, Table, TableCell } from './types';
import { EMPTY_DOCUMENT } from './types';
import { isAllowedHref, isPostOrVideo } from './urls';

type Definitions = Map<string, Definition>;

// An unresolved reference reads as the text it was written as, as the Markdown renderer shows it.
function referenceSuffix(node: LinkReference | ImageReference): string {
  if (node.referenceType === 'full') return `[${node.label ?? node.identifier}]`;
  return node.referenceType === 'collapsed' ? '[]' : '';
}

function inlines(nodes: PhrasingContent[], marks: Mark[], definitions: Definitions): Inline[] {
  const within = (children: PhrasingContent[], mark: Mark) => inlines(children, [...marks, mark], definitions);
  const linked = (children: PhrasingContent[], url: string) =>
    isAllowedHref(url) ? within(children, { type: 'link', attrs: { href: url } }) : inlines(children, marks, definitions);
  return nodes.flatMap((node): Inline[] => {
    switch (node.type) {
      case 'text':
        return [textNode(node.value, marks)];
      case 'emphasis':
        return within(node.children, { type: 'italic' });
      case 'strong':
        return within(node.children, { type: 'bold' });
      case 'delete':
        return within(node.children, { type: 'strike' });
      case 'inlineCode':
        return [textNode(node.value, [...marks, { type: 'code' }])];
      case 'break':
        return [{ type: 'hardBreak' }];
      case 'link':
        return linked(node.children, node.url);
      case 'linkReference': {
        const definition = definitions.get(node.identifier);
        if (definition) return linked(node.children, definition.url);
        return [textNode('[', marks), ...inlines(node.children, marks, definitions), textNode(`]${referenceSuffix(node)}`, marks)];
      }
      case 'image':
        return [textNode(node.alt ?? '', marks)];
      case 'imageReference':
        return [textNode(definitions.has(node.identifier) ? (node.alt ?? '') : `![${node.alt ?? ''}]${referenceSuffix(node)}`, marks)];
      case 'footnoteReference':
        return [textNode(`[^${node.label ?? node.identifier}]`, marks)];
      default:
        return [];
    }
  });
}

const optionalContent = (content: Inline[]) => (content.length > 0 ? { content } : {});

function resolveImage(node: Image | ImageReference, definitions: Definitions) {
  const source = node.type === 'image' ? node : definitions.get(node.identifier);
  return source ? { src: source.url, alt: node.alt ?? '', title: source.title ?? '' } : null;
}

const isBareLink = (node: Link) => node.children.length === 1 && node.children[0]!.type === 'text' && node.children[0].value === node.url;

// An image of ours alone in a paragraph is a figure; a bare X post or YouTube link alone is an embed.
function paragraph(node: MdParagraph, definitions: Definitions): Block {
  const only = node.children.length === 1 ? node.children[0]! : null;
  const image = only?.type === 'image' || only?.type === 'imageReference' ? resolveImage(only, definitions) : null;
  if (image && isOurImage(image.src) && image.alt.trim() !== '') {
    return { type: 'figure', attrs: { src: image.src, alt: image.alt, ...readFigureTitle(image.title) } };
  }
  if (only?.type === 'link' && isBareLink(only) && isPostOrVideo(only.url)) return { type: 'embed', attrs: { url: only.url, caption: '' } };
  return { type: 'paragraph', ...optionalContent(mergeText(inlines(node.children, [], definitions))) };
}

const EMPTY_PARAGRAPH: Paragraph = { type: 'paragraph' };
const orEmptyParagraph = (content: Block[]): Block[] => (content.length > 0 ? content : [EMPTY_PARAGRAPH]);

// GitHub tables are rectangular: the header row sets the width, as the Markdown renderer pads and trims to it.
function table(node: MdTable, definitions: Definitions): Table {
  const width = node.children[0]?.children.length ?? 0;
  const rows = node.children.map((row, index) => {
    const content = Array.from({ length: width }, (_, column): TableCell => {
      const cell = row.children[column];
      const inline = cell ? mergeText(inlines(cell.children, [], definitions)) : [];
      return { type: index === 0 ? 'tableHeader' : 'tableCell', content: [{ type: 'paragraph', ...optionalContent(inline) }] };
    });
    return { type: 'tableRow' as const, content };
  });
  return { type: 'table', content: rows };
}

function blocks(nodes: RootContent[], definitions: Definitions): Block[] {
  return nodes.flatMap((node): Block[] => {
    switch (node.type) {
      case 'paragraph':
        return [paragraph(node, definitions)];
      case 'heading':
        return [{ type: 'heading', attrs: { level: normalizeHeadingLevel(node.depth)! }, ...optionalContent(mergeText(inlines(node.children, [], definitions))) }];
      case 'thematicBreak':
        return [{ type: 'horizontalRule' }];
      case 'blockquote':
        return [{ type: 'blockquote', content: orEmptyParagraph(blocks(node.children, definitions)) }];
      case 'list': {
        const items = node.children.map((item): ListItem => ({ type: 'listItem', content: orEmptyParagraph(blocks(item.children, definitions)) }));
        const start = node.start ?? 1;
        return [node.ordered ? { type: 'orderedList', ...(start !== 1 ? { attrs: { start } } : {}), content: items } : { type: 'bulletList', content: items }];
      }
      case 'code': {
        const language = normalizeLanguage(node.lang);
        return [{ type: 'codeBlock', ...(language ? { attrs: { language } } : {}), ...(node.value ? { content: [{ type: 'text', text: node.value }] } : {}) }];
      }
      case 'table':
        return [table(node, definitions)];
      case 'footnoteDefinition':
        return blocks(node.children, definitions);
      default:
        return [];
    }
  });
}

function collectDefinitions(node: Nodes, definitions: Definitions = new Map()): Definitions {
  // The first definition of a label wins, as in CommonMark.
  if (node.type === 'definition' && !definitions.has(node.identifier)) definitions.set(node.identifier, node);
  if ('children' in node) for (const child of node.children) collectDefinitions(child, definitions);
  return definitions;
}

/** An mdast root as a body document; the caller validates it (parseBodyDocument) before storing it. */
export function documentFromMdast(root: Root): BodyDocument {
  const content = blocks(root.children, collectDefinitions(root));
  return content.length > 0 ? { type: 'doc', content } : structuredClone(EMPTY_DOCUMENT);
}
