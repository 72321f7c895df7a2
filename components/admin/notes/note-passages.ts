// A note's passage lives in the body as two Yjs relative positions, which follow the text through everyone's edits:
// words typed before it do not move it, and deleting it leaves both ends on the same spot ("the passage is gone").
import { Extension, type Editor } from '@tiptap/core';
import { Plugin, PluginKey, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import { absolutePositionToRelativePosition, relativePositionToAbsolutePosition, ySyncPluginKey } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import type { NoteAnchor } from '@/db/queries/notes';

export type AnchoredNote = { id: number; anchor: NoteAnchor };
type Passages = { notes: readonly AnchoredNote[]; decorations: DecorationSet; gone: ReadonlySet<number> };

const key = new PluginKey<Passages>('notePassages');
const NOTHING: ReadonlySet<number> = new Set();
const passageClass = 'rounded-sm bg-amber-100 underline decoration-amber-500 decoration-2 dark:bg-amber-900/60';

const toBase64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(''));
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (char) => char.charCodeAt(0));

/** The current selection of the body as a passage to comment on, or null when nothing is selected. */
export function selectedPassage(editor: Editor): { anchor: NoteAnchor; quote: string } | null {
  const { state } = editor;
  const sync = ySyncPluginKey.getState(state);
  const { from, to } = state.selection;
  if (!sync || from === to) return null;
  const encode = (pos: number) => toBase64(Y.encodeRelativePosition(absolutePositionToRelativePosition(pos, sync.type, sync.binding.mapping)));
  return { anchor: { from: encode(from), to: encode(to) }, quote: state.doc.textBetween(from, to, ' ', ' ').slice(0, 500) };
}

function resolve(state: EditorState, anchor: NoteAnchor): { from: number; to: number } | null {
  const sync = ySyncPluginKey.getState(state)!;
  const at = (position: string) => relativePositionToAbsolutePosition(sync.doc, sync.type, Y.decodeRelativePosition(fromBase64(position)), sync.binding.mapping);
  try {
    const [from, to] = [at(anchor.from), at(anchor.to)];
    return from !== null && to !== null && from < to ? { from, to } : null;
  } catch {
    // A position from another document (a piece's body replaced wholesale) cannot be found in this one.
    return null;
  }
}

function place(state: EditorState, notes: readonly AnchoredNote[]): Passages {
  const sync = ySyncPluginKey.getState(state);
  // Before the first render from the shared document there is nothing to place the passages in.
  if (!sync || sync.binding.mapping.size === 0) return { notes, decorations: DecorationSet.empty, gone: NOTHING };
  const decorations: Decoration[] = [];
  const gone = new Set<number>();
  for (const note of notes) {
    const range = resolve(state, note.anchor);
    if (range) decorations.push(Decoration.inline(range.from, range.to, { class: passageClass, 'data-note-passage': String(note.id) }));
    else gone.add(note.id);
  }
  return { notes, decorations: DecorationSet.create(state.doc, decorations), gone };
}

// Placed again from the shared document after a remote change, after the passages change, and once a local edit has
// reached the shared document (during the transaction it has not yet); between those, mapped like any decoration.
const REPLACE_AFTER_LOCAL_EDIT_MS = 150;

/** Highlights the passages of open notes in the body. */
export const NotePassages = Extension.create({
  name: 'notePassages',
  addProseMirrorPlugins() {
    return [
      new Plugin<Passages>({
        key,
        state: {
          init: () => ({ notes: [], decorations: DecorationSet.empty, gone: NOTHING }),
          apply(tr, previous, _old, state) {
            const notes = tr.getMeta(key) as readonly AnchoredNote[] | undefined;
            if (notes || ySyncPluginKey.getState(state)?.isChangeOrigin) return place(state, notes ?? previous.notes);
            return tr.docChanged ? { ...previous, decorations: previous.decorations.map(tr.mapping, tr.doc) } : previous;
          },
        },
        props: { decorations: (state) => key.getState(state)?.decorations },
        view: () => {
          let timer: ReturnType<typeof setTimeout> | undefined;
          return {
            update(view, before) {
              if (view.state.doc === before.doc || ySyncPluginKey.getState(view.state)?.isChangeOrigin || !key.getState(view.state)?.notes.length) return;
              clearTimeout(timer);
              timer = setTimeout(() => {
                if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(key, key.getState(view.state)!.notes));
              }, REPLACE_AFTER_LOCAL_EDIT_MS);
            },
            destroy: () => clearTimeout(timer),
          };
        },
      }),
    ];
  },
});

/** Tells the body which passages to highlight. */
export function showPassages(editor: Editor, notes: readonly AnchoredNote[]) {
  if (!editor.isDestroyed) editor.view.dispatch(editor.state.tr.setMeta(key, notes));
}

/** The notes whose passage has been deleted from the body. */
export const gonePassages = (editor: Editor) => key.getState(editor.state)?.gone ?? NOTHING;
