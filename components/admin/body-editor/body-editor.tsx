'use client';

import type { HocuspocusProvider } from '@hocuspocus/provider';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { EditorContent, useEditor, type Editor } from '@tiptap/react';
import { memo, useEffect, useId, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { BODY_FIELD } from '@/lib/collab/shared-fields';
import type { BodyDocument } from '@/lib/content/document/types';
import { caretElement, caretSelection, colleaguesOnly, type Writer } from './carets';
import { bodyExtensions } from './extensions';
import { cleanPastedHTML, markdownPasteHandler } from './paste';
import { NotePassages } from '../notes/note-passages';
import { describeLength } from './reading-time';
import { Toolbar, type PromptKind } from './toolbar';

type Props = {
  /** The piece's shared document, whose body this edits together with everyone else who has it open. */
  doc: Y.Doc;
  provider: HocuspocusProvider;
  writer: Writer;
  importMarkdown: (markdown: string) => Promise<BodyDocument | null>;
  error?: string;
  /** Told of the editor once it exists, for the notes panel to comment on and highlight passages. */
  onEditor?: (editor: Editor | null) => void;
  /** "Comment" in the toolbar: a note on the selected words. */
  onComment?: () => void;
};

// Styles for what ProseMirror adds by class: the placeholder, selected table cells, a selected atom.
const contentClass = [
  'prose-article min-h-80 px-4 py-3 focus:outline-none',
  '[&_p.is-editor-empty:first-child]:before:pointer-events-none [&_p.is-editor-empty:first-child]:before:float-left [&_p.is-editor-empty:first-child]:before:h-0 [&_p.is-editor-empty:first-child]:before:text-zinc-500 [&_p.is-editor-empty:first-child]:before:content-[attr(data-placeholder)]',
  '[&_table]:table! [&_td]:border [&_th]:border [&_td]:align-top [&_.selectedCell]:bg-brand-50 dark:[&_.selectedCell]:bg-zinc-800',
  '[&_.ProseMirror-selectednode]:outline-2 [&_.ProseMirror-selectednode]:outline-brand-600',
].join(' ');

/**
 * The article body as a visual editor, written together: each keystroke goes into the piece's shared document
 * (Yjs), which reaches co-editors and the server as it is typed; their carets show with their names.
 *
 * Memoised: each render hands the editor its options again, which updates every plugin view, and the collaboration
 * plugin's update compares the whole body with the shared document; the form around it renders on every keystroke.
 */
export const BodyEditor = memo(function BodyEditor({ doc, provider, writer, importMarkdown, error, onEditor, onComment }: Props) {
  const errorId = useId();
  const [prompt, setPrompt] = useState<PromptKind | null>(null);
  // Options are read again on every render, so the callbacks and the error's attributes stay current.
  // Made once per document: new extensions on a render would have the editor set itself up again.
  const extensions = useMemo(
    () => [
      ...bodyExtensions,
      Collaboration.configure({ document: doc, field: BODY_FIELD }),
      CollaborationCaret.configure({ provider: { awareness: colleaguesOnly(provider.awareness!) }, user: { name: writer.name, color: writer.color }, render: caretElement, selectionRender: caretSelection }),
      NotePassages,
    ],
    [doc, provider, writer.name, writer.color],
  );
  const editor = useEditor({
    immediatelyRender: false,
    extensions,
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
  });

  useEffect(() => onEditor?.(editor), [editor, onEditor]);

  return (
    <div>
      <p className="font-semibold">Body</p>
      {/* The target of the refusal summary's link to the body. */}
      <div id="body" tabIndex={-1} className={`mt-1 rounded border ${error ? 'border-red-600 dark:border-red-400' : 'border-zinc-300 dark:border-zinc-700'} bg-white dark:bg-zinc-900`}>
        {editor && <Toolbar editor={editor} prompt={prompt} onPrompt={setPrompt} onComment={onComment} />}
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
});

// Counting words walks the whole body: done once typing pauses, not on every keystroke (in a 200 KB body the count
// on each keystroke held typing back by more than a frame).
const COUNT_AFTER_MS = 300;

// Mounted once the editor exists.
function LengthNote({ editor }: { editor: Editor }) {
  const [words, setWords] = useState(() => editor.storage.characterCount.words());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const count = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setWords(editor.storage.characterCount.words()), COUNT_AFTER_MS);
    };
    editor.on('update', count);
    return () => {
      clearTimeout(timer);
      editor.off('update', count);
    };
  }, [editor]);
  return <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">{describeLength(words)}</p>;
}
