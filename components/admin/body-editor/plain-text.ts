import type { BodyDocument } from '@/lib/content/document/types';

type AnyNode = { type: string; text?: string; attrs?: Record<string, unknown>; content?: AnyNode[] };

const inline = (node: AnyNode): string =>
  node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : node.type === 'coin' ? String(node.attrs?.symbol ?? '') : (node.content ?? []).map(inline).join('');

const block = (node: AnyNode): string => {
  if (node.type === 'figure') return `[Image: ${String(node.attrs?.alt ?? '')}]`;
  if (node.type === 'embed') return `[Embed: ${String(node.attrs?.url ?? '')}]`;
  if (node.type === 'horizontalRule') return '---';
  if (node.type === 'tableRow') return (node.content ?? []).map(block).join(' | ');
  const children = node.content ?? [];
  return children.some((child) => child.type === 'text' || child.type === 'coin' || child.type === 'hardBreak') ? children.map(inline).join('') : children.map(block).join('\n\n');
};

/** A body as plain paragraphs, for showing a colleague's version where only text fits (the conflict box). */
export const bodyAsPlainText = (doc: BodyDocument): string => block(doc as AnyNode);
