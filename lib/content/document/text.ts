// A body's words as a reader sees them, without formatting: for search snippets, word counts and reading time.
import type { Block, BodyDocument, Inline } from './types';

const inlineText = (content: Inline[] = []) =>
  content.map((node) => (node.type === 'text' ? node.text : node.type === 'hardBreak' ? '\n' : node.attrs.symbol)).join('');

function blockTexts(block: Block): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
      return [inlineText(block.content)];
    case 'pullQuote':
      return [inlineText(block.content), block.attrs?.attribution ?? ''];
    case 'codeBlock':
      return [(block.content ?? []).map((text) => text.text).join('')];
    case 'bulletList':
    case 'orderedList':
      return block.content.flatMap((item) => item.content.flatMap(blockTexts));
    case 'blockquote':
      return block.content.flatMap(blockTexts);
    case 'table':
      // One line a row, cells apart by tabs, so a row still reads as a row.
      return [block.content.map((row) => row.content.map((cell) => cell.content.flatMap(blockTexts).join(' ')).join('\t')).join('\n')];
    case 'figure':
      return [[block.attrs.caption, block.attrs.credit].filter(Boolean).join(' ')];
    case 'embed':
      return [block.attrs.caption];
    case 'horizontalRule':
      return [];
  }
}

/** The body as plain text, blocks apart by blank lines. */
export const documentText = (doc: BodyDocument): string => doc.content.flatMap(blockTexts).filter((text) => text !== '').join('\n\n');

/** Words a reader reads: runs of non-space that hold a letter or digit (so a lone dash is no word). */
export const countWords = (doc: BodyDocument): number => (documentText(doc).match(/\S+/g) ?? []).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
