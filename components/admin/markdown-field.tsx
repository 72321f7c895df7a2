'use client';

import { useRef, useState } from 'react';

type Props = { value: string; onChange: (value: string) => void; renderPreview: (markdown: string) => Promise<string> };

const tools = [
  { label: 'Bold', before: '**', after: '**' },
  { label: 'Italic', before: '*', after: '*' },
  { label: 'Heading', before: '\n## ', after: '' },
  { label: 'Link', before: '[', after: '](https://)' },
  { label: 'List', before: '\n- ', after: '' },
  { label: 'Quote', before: '\n> ', after: '' },
] as const;

/** The body in Markdown, with a small toolbar and a preview rendered by the public page's renderer. */
export function MarkdownField({ value, onChange, renderPreview }: Props) {
  const area = useRef<HTMLTextAreaElement>(null);
  const [preview, setPreview] = useState<string | null>(null);

  function wrap(before: string, after: string) {
    const el = area.current;
    if (!el) return;
    const { selectionStart: start, selectionEnd: end } = el;
    onChange(value.slice(0, start) + before + value.slice(start, end) + after + value.slice(end));
    requestAnimationFrame(() => {
      el.focus();
      el.setSelectionRange(start + before.length, end + before.length);
    });
  }

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <label htmlFor="body" className="font-semibold">
          Body (Markdown)
        </label>
        <div role="toolbar" aria-label="Formatting" className="flex flex-wrap gap-1">
          {tools.map((tool) => (
            <button key={tool.label} type="button" disabled={preview !== null} onClick={() => wrap(tool.before, tool.after)} className="min-h-11 rounded border border-zinc-300 px-2 text-sm disabled:opacity-40 dark:border-zinc-700">
              {tool.label}
            </button>
          ))}
          <button
            type="button"
            aria-pressed={preview !== null}
            onClick={async () => setPreview(preview === null ? await renderPreview(value) : null)}
            className="min-h-11 rounded bg-zinc-900 px-3 text-sm font-semibold text-white dark:bg-zinc-100 dark:text-zinc-900"
          >
            {preview === null ? 'Preview' : 'Write'}
          </button>
        </div>
      </div>
      {preview === null ? (
        <textarea
          ref={area}
          id="body"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          rows={18}
          className="mt-2 block w-full rounded border border-zinc-300 bg-white p-3 font-mono text-base dark:border-zinc-700 dark:bg-zinc-900"
        />
      ) : (
        <div aria-label="Body preview" className="prose-article mt-2 min-h-64 rounded border border-dashed border-zinc-300 p-4 dark:border-zinc-700" dangerouslySetInnerHTML={{ __html: preview }} />
      )}
    </div>
  );
}
