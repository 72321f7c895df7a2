'use client';

import { useLayoutEffect, useRef, useState } from 'react';
import type * as Y from 'yjs';
import { readSharedFields, sharedText, TEXT_FIELDS, type SharedFields } from '@/lib/collab/shared-fields';

type Selection = { element: HTMLInputElement | HTMLTextAreaElement; start: number; end: number };

/** Where a caret at `at` is after a colleague's change (a Yjs delta) to the text before or around it. */
function shift(at: number, delta: { retain?: number; insert?: unknown; delete?: number }[]) {
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
 * The piece's fields as its shared document holds them, re-read on every change. A caret in a field a colleague
 * is typing in stays where it was in the text, rather than jumping to the end when React writes the new value.
 */
export function useSharedFields(doc: Y.Doc | undefined): SharedFields | null {
  const [fields, setFields] = useState<SharedFields | null>(null);
  const pending = useRef<Selection | null>(null);

  useLayoutEffect(() => {
    if (!doc) return;
    const read = () => setFields(readSharedFields(doc));
    const keepCaret = (field: string) => (event: Y.YTextEvent, transaction: Y.Transaction) => {
      const element = document.activeElement;
      if (transaction.local || !(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) || element.dataset.sharedField !== field) return;
      const delta = event.delta as { retain?: number; insert?: unknown; delete?: number }[];
      pending.current = { element, start: shift(element.selectionStart ?? 0, delta), end: shift(element.selectionEnd ?? 0, delta) };
    };
    const observers = TEXT_FIELDS.map((field) => [sharedText(doc, field), keepCaret(field)] as const);
    observers.forEach(([text, observer]) => text.observe(observer));
    doc.on('update', read);
    read();
    return () => {
      observers.forEach(([text, observer]) => text.unobserve(observer));
      doc.off('update', read);
    };
  }, [doc]);

  useLayoutEffect(() => {
    const selection = pending.current;
    pending.current = null;
    if (selection && document.activeElement === selection.element) selection.element.setSelectionRange(selection.start, selection.end);
  }, [fields]);

  return fields;
}
