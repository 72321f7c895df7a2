'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useId, useState, type KeyboardEvent } from 'react';
import { uploadImage } from '../upload';
import { COIN_SYMBOL } from './coin';
import { isAllowedHref, isHttpUrl } from './link-policy';
import { ToolbarPrompt } from './toolbar-prompt';

export type PromptKind = 'link' | 'embed' | 'coin';

type Tool = { label: string; text: string; keys?: string; run: () => void; pressed?: boolean; disabled?: boolean };

type Props = { editor: Editor; prompt: PromptKind | null; onPrompt: (kind: PromptKind | null) => void; onComment?: () => void };

/** The formatting bar: one tab stop, arrow keys move between its buttons (the ARIA toolbar pattern). */
export function Toolbar({ editor, prompt, onPrompt, onComment }: Props) {
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      h2: e.isActive('heading', { level: 2 }),
      h3: e.isActive('heading', { level: 3 }),
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      strike: e.isActive('strike'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      blockquote: e.isActive('blockquote'),
      pullQuote: e.isActive('pullQuote'),
      codeBlock: e.isActive('codeBlock'),
      inTable: e.isActive('table'),
      canUndo: e.can().undo(),
      canRedo: e.can().redo(),
      nothingSelected: e.state.selection.empty,
    }),
  });
  const [focused, setFocused] = useState(0);
  const [upload, setUpload] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const fileInputId = useId();
  const chain = () => editor.chain().focus();

  const tools: Tool[] = [
    { label: 'Heading 2', text: 'H2', keys: 'Mod-Alt-2', pressed: state.h2, run: () => chain().toggleHeading({ level: 2 }).run() },
    { label: 'Heading 3', text: 'H3', keys: 'Mod-Alt-3', pressed: state.h3, run: () => chain().toggleHeading({ level: 3 }).run() },
    { label: 'Bold', text: 'B', keys: 'Mod-B', pressed: state.bold, run: () => chain().toggleBold().run() },
    { label: 'Italic', text: 'I', keys: 'Mod-I', pressed: state.italic, run: () => chain().toggleItalic().run() },
    { label: 'Strikethrough', text: 'S', keys: 'Mod-Shift-S', pressed: state.strike, run: () => chain().toggleStrike().run() },
    { label: 'Link', text: 'Link', keys: 'Mod-K', pressed: state.link, run: () => onPrompt('link') },
    { label: 'Bulleted list', text: '• List', keys: 'Mod-Shift-8', pressed: state.bulletList, run: () => chain().toggleBulletList().run() },
    { label: 'Numbered list', text: '1. List', keys: 'Mod-Shift-7', pressed: state.orderedList, run: () => chain().toggleOrderedList().run() },
    { label: 'Quote', text: 'Quote', pressed: state.blockquote, run: () => chain().toggleBlockquote().run() },
    { label: 'Pull quote', text: 'Pull quote', pressed: state.pullQuote, run: () => (state.pullQuote ? chain().setParagraph().run() : chain().setPullQuote().run()) },
    { label: 'Code block', text: 'Code', pressed: state.codeBlock, run: () => chain().toggleCodeBlock().run() },
    { label: 'Divider', text: '―', run: () => chain().setHorizontalRule().run() },
    ...(state.inTable
      ? [
          { label: 'Add row', text: '+ Row', run: () => chain().addRowAfter().run() },
          { label: 'Remove row', text: '− Row', run: () => chain().deleteRow().run() },
          { label: 'Add column', text: '+ Col', run: () => chain().addColumnAfter().run() },
          { label: 'Remove column', text: '− Col', run: () => chain().deleteColumn().run() },
          { label: 'Delete table', text: 'Delete table', run: () => chain().deleteTable().run() },
        ]
      : [{ label: 'Table', text: 'Table', run: () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() }]),
    { label: upload.busy ? 'Image (uploading…)' : 'Image', text: 'Image', disabled: upload.busy, run: () => document.getElementById(fileInputId)?.click() },
    { label: 'Embed', text: 'Embed', run: () => onPrompt('embed') },
    { label: 'Coin', text: '$ Coin', run: () => onPrompt('coin') },
    { label: 'Undo', text: '↶', keys: 'Mod-Z', disabled: !state.canUndo, run: () => chain().undo().run() },
    { label: 'Redo', text: '↷', keys: 'Mod-Shift-Z', disabled: !state.canRedo, run: () => chain().redo().run() },
    ...(onComment ? [{ label: 'Comment on the selected words', text: 'Comment', disabled: state.nothingSelected, run: onComment }] : []),
  ];
  const current = Math.min(focused, tools.length - 1);

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const next = { ArrowRight: current + 1, ArrowLeft: current - 1, Home: 0, End: tools.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const index = (next + tools.length) % tools.length;
    setFocused(index);
    event.currentTarget.querySelectorAll('button')[index]?.focus();
  }

  async function insertImage(input: HTMLInputElement) {
    const file = input.files?.[0];
    if (!file) return;
    setUpload({ busy: true });
    const result = await uploadImage(file);
    // Cleared so that choosing the same file again, after a refusal, tries again.
    input.value = '';
    if ('url' in result) {
      setUpload({ busy: false });
      chain().insertFigure({ src: result.url }).run();
    } else setUpload({ busy: false, error: result.error });
  }

  return (
    <div className="sticky top-0 z-10 rounded-t border-b border-zinc-300 bg-white dark:border-zinc-700 dark:bg-zinc-950">
      <div role="toolbar" aria-label="Formatting" onKeyDown={move} className="flex gap-1 overflow-x-auto p-1 sm:flex-wrap">
        {tools.map((tool, index) => (
          <button
            key={tool.label}
            type="button"
            tabIndex={index === current ? 0 : -1}
            aria-label={tool.label}
            aria-pressed={tool.pressed}
            aria-disabled={tool.disabled || undefined}
            aria-keyshortcuts={tool.keys?.replace('Mod', 'Control')}
            title={tool.keys ? `${tool.label} (${tool.keys.replace('Mod', 'Ctrl')})` : tool.label}
            onFocus={() => setFocused(index)}
            onClick={() => !tool.disabled && tool.run()}
            className="min-h-11 min-w-11 shrink-0 rounded px-2 text-sm font-semibold hover:bg-zinc-100 aria-disabled:opacity-40 aria-pressed:bg-zinc-900 aria-pressed:text-white dark:hover:bg-zinc-800 dark:aria-pressed:bg-zinc-100 dark:aria-pressed:text-zinc-900"
          >
            {/* Drawn as an icon font's glyph would be (CSS content, not text): the button's name is its aria-label. */}
            <span aria-hidden="true" data-icon={tool.text} className="before:content-[attr(data-icon)]" />
          </button>
        ))}
      </div>
      <input id={fileInputId} type="file" accept="image/jpeg,image/png,image/webp,image/avif" tabIndex={-1} aria-hidden="true" className="hidden" onChange={(e) => void insertImage(e.currentTarget)} />
      <p aria-live="polite" className="px-2 text-sm empty:hidden">
        {upload.busy ? 'Uploading image…' : ''}
      </p>
      {upload.error && (
        <p role="alert" className="px-2 pb-2 text-sm text-red-700 dark:text-red-400">
          {upload.error}
        </p>
      )}
      {prompt === 'link' && (
        <ToolbarPrompt
          label="Link address"
          inputMode="url"
          placeholder="https://"
          initial={String(editor.getAttributes('link').href ?? '')}
          onApply={(href) => applyLink(editor, href)}
          onRemove={state.link ? () => chain().extendMarkRange('link').unsetLink().run() : undefined}
          onClose={() => (onPrompt(null), editor.commands.focus())}
        />
      )}
      {prompt === 'embed' && (
        <ToolbarPrompt
          label="Address of the post or video to embed"
          inputMode="url"
          placeholder="https://x.com/…"
          onApply={(url) => (isHttpUrl(url) ? (chain().insertEmbed(url).run(), null) : 'Use an address starting with https:// or http://.')}
          onClose={() => (onPrompt(null), editor.commands.focus())}
        />
      )}
      {prompt === 'coin' && (
        <ToolbarPrompt
          label="Coin symbol"
          placeholder="BTC"
          onApply={(symbol) => (COIN_SYMBOL.test(symbol.toUpperCase()) ? (chain().insertCoin(symbol.toUpperCase()).run(), null) : 'A symbol is 2 to 10 letters or digits, such as BTC or ETH.')}
          onClose={() => (onPrompt(null), editor.commands.focus())}
        />
      )}
    </div>
  );
}

function applyLink(editor: Editor, href: string): string | null {
  if (!isAllowedHref(href)) return 'Links must start with https://, http:// or mailto:, or be a path on this site such as /news/….';
  const chain = editor.chain().focus().extendMarkRange('link');
  // With nothing selected, the address itself becomes the link's text.
  if (editor.state.selection.empty && !editor.isActive('link')) chain.insertContent({ type: 'text', text: href, marks: [{ type: 'link', attrs: { href } }] }).run();
  else chain.setLink({ href }).run();
  return null;
}
