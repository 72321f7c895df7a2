// Co-editors' carets and selections in the body. Drawn with classes and CSSOM styles only: the newsroom's CSP
// allows no style attributes, which Tiptap's default carets write.
import type { DecorationAttrs } from '@tiptap/pm/view';

export type Writer = { name: string; color: string };

// Readable on white and on the dark theme's background alike.
const COLORS = ['#b45309', '#1d4ed8', '#047857', '#7e22ce', '#be123c', '#0e7490'];

/** The colour a colleague's caret gets: the same for them on every screen. */
export const writerColor = (userId: number) => COLORS[userId % COLORS.length]!;

export function caretElement(user: Record<string, string>): HTMLElement {
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = user.color!;
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = user.color!;
  label.textContent = user.name!;
  caret.append(label);
  return caret;
}

export const caretSelection = (user: Record<string, string>): DecorationAttrs => ({ class: 'collaboration-carets__selection', 'data-user': user.name! });
