'use client';

import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react';
import { useId } from 'react';
import type { FigureAttrs } from './figure';

const fieldClass = 'mt-1 block min-h-11 w-full rounded border bg-white px-2 text-base dark:bg-zinc-900';

export function FigureView({ node, updateAttributes, selected }: ReactNodeViewProps) {
  const id = useId();
  const { src, alt, caption, credit } = node.attrs as FigureAttrs;
  const missingAlt = !alt.trim();
  return (
    <NodeViewWrapper as="figure" className={`my-4 rounded border p-3 font-sans text-base ${selected ? 'border-brand-600' : 'border-zinc-300 dark:border-zinc-700'}`}>
      {/* A plain img: the editor shows the stored file as is, next/image's resizing is for readers. */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <img src={src} alt={alt} className="h-auto max-w-full rounded" data-drag-handle="" />
      <div contentEditable={false} className="mt-3 grid gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <label htmlFor={`${id}-alt`} className="font-semibold">
            Alt text (required)
          </label>
          <input
            id={`${id}-alt`}
            value={alt}
            maxLength={300}
            required
            aria-invalid={missingAlt}
            aria-describedby={missingAlt ? `${id}-alt-error` : undefined}
            onChange={(e) => updateAttributes({ alt: e.target.value })}
            className={`${fieldClass} ${missingAlt ? 'border-red-600 dark:border-red-400' : 'border-zinc-300 dark:border-zinc-700'}`}
          />
          {missingAlt && (
            <p id={`${id}-alt-error`} className="mt-1 text-sm text-red-700 dark:text-red-400">
              Describe this image for readers who cannot see it
            </p>
          )}
        </div>
        <div>
          <label htmlFor={`${id}-caption`} className="font-semibold">
            Caption
          </label>
          <input id={`${id}-caption`} value={caption} maxLength={500} onChange={(e) => updateAttributes({ caption: e.target.value })} className={`${fieldClass} border-zinc-300 dark:border-zinc-700`} />
        </div>
        <div>
          <label htmlFor={`${id}-credit`} className="font-semibold">
            Credit
          </label>
          <input id={`${id}-credit`} value={credit} maxLength={200} onChange={(e) => updateAttributes({ credit: e.target.value })} className={`${fieldClass} border-zinc-300 dark:border-zinc-700`} />
        </div>
      </div>
    </NodeViewWrapper>
  );
}
