'use client';

import { useLayoutEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readSharedFields, sharedText, TEXT_FIELDS, type SharedFields } from '@/lib/collab/shared-fields';

type Delta = { retain?: number; insert?: unknown; delete?: number }[];

/** Where a caret at `at` is after a colleague's change (a Yjs delta) to the text before or around it. */
function shift(at: number, delta: Delta) {
  let index = 0;
  let moved = at;
  for (const op of delta) {
    if (op.retain) index += op.retain;
    else if (typeof op.insert === 'string') {
      if (index <= at) moved += op.insert.length;
      index += op.insert.length;
    } else if (op.delete) {
      if (index < at) moved -= Math.min(op.delete, at - index);
    }
  }
  return moved;
}

/**
 * A colleague's change goes into the field's input at once, before React draws it: the input then always shows the
 * shared text, so the next keystroke is read as a change to that text (shared-edit.ts) and never undoes the
 * colleague's words by comparing against an older value. The caret stays where it was in the text.
 */
const followColleagues = (field: string) => (event: Y.YTextEvent, transaction: Y.Transaction) => {
  if (transaction.local) return;
  const input = document.querySelector(`[data-shared-field="${field}"]`);
  if (!(input instanceof HTMLInputElement || input instanceof HTMLTextAreaElement)) return;
  const focused = document.activeElement === input;
  const [start, end] = [input.selectionStart ?? 0, input.selectionEnd ?? 0];
  input.value = event.target.toString();
  if (focused) input.setSelectionRange(shift(start, event.delta as Delta), shift(end, event.delta as Delta));
};

/** The piece's fields as its shared document holds them, re-read on every change. */
export function useSharedFields(doc: Y.Doc | undefined): SharedFields | null {
  const [fields, setFields] = useState<SharedFields | null>(null);

  useLayoutEffect(() => {
    if (!doc) return;
    // A keystroke in the body changes no field: the fields keep their object, and the editor around them its render.
    const read = () => {
      const next = readSharedFields(doc);
      setFields((current) => (current && Object.entries(next).every(([key, value]) => current[key as keyof SharedFields] === value) ? current : next));
    };
    const observers = TEXT_FIELDS.map((field) => [sharedText(doc, field), followColleagues(field)] as const);
    observers.forEach(([text, observer]) => text.observe(observer));
    doc.on('update', read);
    read();
    return () => {
      observers.forEach(([text, observer]) => text.unobserve(observer));
      doc.off('update', read);
    };
  }, [doc]);

  return fields;
}
