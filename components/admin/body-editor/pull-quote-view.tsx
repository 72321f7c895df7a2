'use client';

import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';

export function PullQuoteView({ node, updateAttributes }: ReactNodeViewProps) {
  const id = useId();
  return (
    <NodeViewWrapper as="aside" className="my-4 border-l-4 border-brand-600 pl-4">
      <NodeViewContent<'p'> as="p" className="text-2xl font-bold leading-snug" />
      <div contentEditable={false} className="mt-2 flex items-center gap-2 text-sm">
        <label htmlFor={id} className="shrink-0 font-semibold">
          Attribution
        </label>
        <input
          id={id}
          value={String(node.attrs.attribution ?? '')}
          maxLength={200}
          placeholder="Who said it (optional)"
          onChange={(e) => updateAttributes({ attribution: e.target.value })}
          className="min-h-11 w-full min-w-0 rounded border border-zinc-300 bg-white px-2 dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
    </NodeViewWrapper>
  );
}
