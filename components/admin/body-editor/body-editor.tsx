'use client';

import { EditorContent, useEditor, useEditorState, type Editor, type JSONContent } from '@tiptap/react';
import { useEffect, useId, useRef, useState } from 'react';
import type { BodyDocument } from '@/lib/content/document/types';
import { bodyExtensions } from './extensions';
import { cleanPastedHTML, markdownPasteHandler } from './paste';
import { describeLength } from './reading-time';
import { Toolbar, type PromptKind } from './toolbar';

type Props = {
  value: BodyDocument;
  onChange: (doc: BodyDocument) => void;
  importMarkdown: (markdown: string) => Promise<BodyDocument | null>;
  error?: string;
};

// Styles for what ProseMirror adds by class: the placeholder, selected table cells, a selected atom.
const contentClass = [
  'prose-article min-h-80 px-4 py-3 focus:outline-none',
  '[&_p.is-editor-empty:first-child]:before:pointer-events-none [&_p.is-editor-empty:first-child]:before:float-left [&_p.is-editor-empty:first-child]:before:h-0 [&_p.is-editor-empty:first-child]:before:text-zinc-500 [&_p.is-editor-empty:first-child]:before:content-[attr(data-placeholder)]',
  '[&_table]:table! [&_td]:border [&_th]:border [&_td]:align-top [&_.selectedCell]:bg-brand-50 dark:[&_.selectedCell]:bg-zinc-800',
  '[&_.ProseMirror-selectednode]:outline-2 [&_.ProseMirror-selectednode]:outline-brand-600',
].join(' ');

/** The article body as a visual editor; the document it edits is the stored format itself (ProseMirror JSON). */
export function BodyEditor({ value, onChange, importMarkdown, error }: Props) {
  const errorId = useId();
  const [prompt, setPrompt] = useState<PromptKind | null>(null);
  // The last document this editor reported: a different value coming back in is a replacement (a restored copy).
  const reported = useRef<BodyDocument>(value);
  // Options are read again on every render, so the callbacks and the error's attributes stay current.
  const editor = useEditor({
    immediatelyRender: false,
    extensions: bodyExtensions,
    content: value as JSONContent,
    editorProps: {
      attributes: {
        'aria-label': 'Body',
        'aria-multiline': 'true',
        role: 'textbox',
        ...(error ? { 'aria-invalid': 'true', 'aria-describedby': errorId } : {}),
        class: contentClass,
      },
      transformPastedHTML: cleanPastedHTML,
      handlePaste: markdownPasteHandler(importMarkdown),
      handleKeyDown: (_view, event) => {
        if (event.key.toLowerCase() !== 'k' || !(event.metaKey || event.ctrlKey) || event.altKey || event.shiftKey) return false;
        event.preventDefault();
        setPrompt('link');
        return true;
      },
    },
    onUpdate: ({ editor: changed }) => {
      reported.current = changed.getJSON() as BodyDocument;
      onChange(reported.current);
    },
  });

  useEffect(() => {
    if (editor && value !== reported.current) {
      reported.current = value;
      editor.commands.setContent(value as JSONContent, { emitUpdate: false });
    }
  }, [editor, value]);

  return (
    <div>
      <p className="font-semibold">Body</p>
      <div className={`mt-1 rounded border ${error ? 'border-red-600 dark:border-red-400' : 'border-zinc-300 dark:border-zinc-700'} bg-white dark:bg-zinc-900`}>
        {editor && <Toolbar editor={editor} prompt={prompt} onPrompt={setPrompt} />}
        {/* Scrolls sideways as a whole when a table is wider than a phone. */}
        <EditorContent editor={editor} className="overflow-x-auto" />
      </div>
      {editor && <LengthNote editor={editor} />}
      {error && (
        <p id={errorId} className="mt-1 text-sm text-red-700 dark:text-red-400">
          {error}
        </p>
      )}
    </div>
  );
}

// Mounted once the editor exists: useEditorState does not recompute when its editor goes from null to an instance.
function LengthNote({ editor }: { editor: Editor }) {
  const words = useEditorState({ editor, selector: ({ editor: e }) => e.storage.characterCount.words() });
  return <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{describeLength(words)}</p>;
}
