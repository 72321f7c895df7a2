import type * as Y from 'yjs';
import { sharedChoices, sharedText, TEXT_FIELDS, type ChoiceField, type SharedFields, type TextField } from '@/lib/collab/shared-fields';

/**
 * Makes a shared text read `next` by the smallest change (the span between the common start and end), so that a
 * colleague typing elsewhere in the same field keeps every word. `next` is the input's value after a keystroke,
 * and the input always shows the shared text (use-shared-fields.ts), so the difference is that keystroke alone.
 */
function applyText(text: Y.Text, next: string) {
  const current = text.toString();
  if (current === next) return;
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let end = 0;
  while (end < current.length - start && end < next.length - start && current[current.length - 1 - end] === next[next.length - 1 - end]) end++;
  text.doc!.transact(() => {
    text.delete(start, current.length - start - end);
    text.insert(start, next.slice(start, next.length - end));
  });
}

const isTextField = (field: keyof SharedFields): field is TextField => (TEXT_FIELDS as readonly string[]).includes(field);

/** Sets one field of the piece in its shared document. */
export function editSharedField(doc: Y.Doc, field: keyof SharedFields, value: string) {
  if (isTextField(field)) applyText(sharedText(doc, field), value);
  else sharedChoices(doc).set(field as ChoiceField, value);
}
