// Co-editors' carets and selections in the body. Drawn with classes and CSSOM styles only: the newsroom's CSP
// allows no style attributes, which Tiptap's default carets write.
import type { DecorationAttrs } from '@tiptap/pm/view';
import type { Awareness } from 'y-protocols/awareness';

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

type AwarenessChange = { added: number[]; updated: number[]; removed: number[] };
type ChangeListener = (change: AwarenessChange, origin: unknown) => void;

// How long the writer's own caret must rest before the caret plugin hears of it.
const OWN_CARET_SETTLES_MS = 150;

/**
 * The awareness as the caret plugin should see it: colleagues' changes at once, the writer's own only once their
 * caret rests. The plugin redraws every caret with a transaction of its own on each change, and the writer's own
 * caret changes with every keystroke, so each keystroke paid a second pass through the editor and the shared
 * document (2 ms in a 200 KB body) to draw nothing new. It still needs to hear of them now and then: a new
 * paragraph clears colleagues' carets until the next change redraws them.
 */
export function colleaguesOnly(awareness: Awareness): Awareness {
  const wrapped = new Map<ChangeListener, { filtered: ChangeListener; settle?: ReturnType<typeof setTimeout> }>();
  const on = (listener: ChangeListener) => {
    const entry: { filtered: ChangeListener; settle?: ReturnType<typeof setTimeout> } = {
      filtered: (change, origin) => {
        clearTimeout(entry.settle);
        const own = awareness.clientID;
        if ([...change.added, ...change.updated, ...change.removed].some((client) => client !== own)) listener(change, origin);
        else entry.settle = setTimeout(() => listener(change, origin), OWN_CARET_SETTLES_MS);
      },
    };
    wrapped.set(listener, entry);
    awareness.on('change', entry.filtered);
  };
  const off = (listener: ChangeListener) => {
    const entry = wrapped.get(listener);
    clearTimeout(entry?.settle);
    wrapped.delete(listener);
    awareness.off('change', entry?.filtered ?? listener);
  };
  return new Proxy(awareness, {
    get(target, property, receiver) {
      if (property === 'on' || property === 'off') {
        return (event: string, listener: ChangeListener) => {
          if (event !== 'change') return property === 'on' ? target.on(event, listener) : target.off(event, listener);
          return property === 'on' ? on(listener) : off(listener);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
