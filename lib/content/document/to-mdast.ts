// A body document as Markdown's syntax tree (mdast), for remark-stringify to write as the stored text form.
// What Markdown cannot hold is listed in markdown.ts.
import type { BlockContent, ListItem as MdListItem, PhrasingContent, Root, RowContent, TableRow as MdTableRow } from 'mdast';
import { figureTitle } from './figure-title';
import { nestMarks, type InlineTree } from './inline';
import { documentText } from './text';
import type { Block, BodyDocument, Inline, ListItem, Table, TableCell } from './types';

function phrasingTree(tree: InlineTree): PhrasingContent {
  if ('node' in tree) {
    const { node } = tree;
    if (node.type === 'hardBreak') return { type: 'break' };
    return { type: 'text', value: node.type === 'text' ? node.text : node.attrs.symbol };
  }
  const children = tree.children.map(phrasingTree);
  switch (tree.mark.type) {
    case 'link':
      return { type: 'link', url: tree.mark.attrs.href, children };
    case 'bold':
      return { type: 'strong', children };
    case 'italic':
      return { type: 'emphasis', children };
    case 'strike':
      return { type: 'delete', children };
    case 'code':
      // Code sits inside every other mark (nestMarks), so its children are plain text.
      return { type: 'inlineCode', value: children.map((child) => ('value' in child ? child.value : '')).join('') };
  }
}

const phrasing = (content: Inline[] = []) => nestMarks(content).map(phrasingTree);

// A GitHub table cell is one line: a cell's blocks run together, a line break becomes a space.
function cellPhrasing(cell: TableCell): PhrasingContent[] {
  return cell.content.flatMap((block, index): PhrasingContent[] => {
    const separator: PhrasingContent[] = index > 0 ? [{ type: 'text', value: ' ' }] : [];
    if (block.type !== 'paragraph' && block.type !== 'heading') {
      return [...separator, { type: 'text', value: documentText({ type: 'doc', content: [block] }).replace(/\s+/g, ' ') }];
    }
    const inline = (block.content ?? []).map((node) => (node.type === 'hardBreak' ? { type: 'text' as const, text: ' ' } : node));
    return [...separator, ...phrasing(inline)];
  });
}

function table(node: Table): BlockContent {
  const rows = node.content.map((row): MdTableRow => ({
    type: 'tableRow',
    children: row.content.map((cell): RowContent => ({ type: 'tableCell', children: cellPhrasing(cell) })),
  }));
  return { type: 'table', children: rows };
}

function listItem(item: ListItem): MdListItem {
  // Paragraphs in one item need a blank line between them, else the second runs on into the first.
  return { type: 'listItem', spread: item.content.length > 1, children: item.content.map(block) };
}

function block(node: Block): BlockContent {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', children: phrasing(node.content) };
    case 'heading':
      return { type: 'heading', depth: node.attrs.level, children: phrasing(node.content) };
    case 'bulletList':
    case 'orderedList': {
      const children = node.content.map(listItem);
      const start = node.type === 'orderedList' ? (node.attrs?.start ?? 1) : null;
      return { type: 'list', ordered: node.type === 'orderedList', start, spread: children.some((item) => item.spread), children };
    }
    case 'blockquote':
      return { type: 'blockquote', children: node.content.map(block) };
    case 'pullQuote': {
      const attribution = node.attrs?.attribution;
      const lines: BlockContent[] = [{ type: 'paragraph', children: phrasing(node.content) }];
      if (attribution) lines.push({ type: 'paragraph', children: [{ type: 'text', value: `— ${attribution}` }] });
      return { type: 'blockquote', children: lines };
    }
    case 'horizontalRule':
      return { type: 'thematicBreak' };
    case 'codeBlock':
      return { type: 'code', lang: node.attrs?.language ?? null, value: (node.content ?? []).map((text) => text.text).join('') };
    case 'table':
      return table(node);
    case 'figure': {
      const { src, alt, caption, credit } = node.attrs;
      return { type: 'paragraph', children: [{ type: 'image', url: src, alt, title: figureTitle(caption, credit) || null }] };
    }
    case 'embed':
      return { type: 'paragraph', children: [{ type: 'link', url: node.attrs.url, children: [{ type: 'text', value: node.attrs.url }] }] };
  }
}

export const mdastFromDocument = (doc: BodyDocument): Root => ({ type: 'root', children: doc.content.map(block) });
