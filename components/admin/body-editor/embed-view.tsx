'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';

/** Who the link leads to, as a reader would name it. */
export function providerOf(url: string): string {
  try {
    const host = new URL(url).hostname.replace(/^(www|m|mobile)\./, '');
    if (host === 'youtube.com' || host === 'youtu.be') return 'YouTube';
    if (host === 'x.com' || host === 'twitter.com') return 'X';
    return host;
  } catch {
    return 'Link';
  }
}

export function EmbedView({ node, updateAttributes, selected }: ReactNodeViewProps) {
  const id = useId();
  const { url, caption } = node.attrs as { url: string; caption: string };
  return (
    <NodeViewWrapper className={`my-4 rounded border p-3 font-sans text-base ${selected ? 'border-brand-600' : 'border-zinc-300 dark:border-zinc-700'}`} data-drag-handle="">
      <p className="text-sm font-semibold uppercase tracking-wide text-zinc-600 dark:text-zinc-400">Embed · {providerOf(url)}</p>
      <p className="mt-1 break-all">{url}</p>
      <div contentEditable={false} className="mt-3">
        <label htmlFor={`${id}-caption`} className="font-semibold">
          Caption
        </label>
        <input
          id={`${id}-caption`}
          value={caption}
          maxLength={500}
          onChange={(e) => updateAttributes({ caption: e.target.value })}
          className="mt-1 block min-h-11 w-full rounded border border-zinc-300 bg-white px-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
        />
      </div>
    </NodeViewWrapper>
  );
}
