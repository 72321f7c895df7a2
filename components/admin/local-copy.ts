// The browser's copy of a piece being edited: kept on every keystroke, dropped once the server has the text.
// It remembers the version it was typed over, so restoring it later cannot overwrite a colleague's newer save.

/** `carried`: typed during a new piece's first save, taken over by its own page without asking. */
export type LocalCopy<Fields> = { baseVersion: number | null; fields: Fields; carried?: boolean };

const key = (id: number | null) => `tickerwire:piece:${id ?? 'new'}`;

export function readLocalCopy<Fields>(id: number | null): LocalCopy<Fields> | null {
  try {
    const copy = JSON.parse(localStorage.getItem(key(id)) ?? 'null') as LocalCopy<Fields> | null;
    return copy && typeof copy === 'object' && 'fields' in copy ? copy : null;
  } catch {
    return null;
  }
}

export const writeLocalCopy = <Fields>(id: number | null, copy: LocalCopy<Fields>) => localStorage.setItem(key(id), JSON.stringify(copy));

export const dropLocalCopy = (id: number | null) => localStorage.removeItem(key(id));

// What the browser held when an editor for the piece mounted: later keystrokes overwrite the stored copy, and
// useSyncExternalStore needs the same answer on every render. Forgotten when that editor unmounts.
const atMount = new Map<number | 'new', string | null>();

export function copyAtMount(id: number | null): string | null {
  const slot = id ?? 'new';
  if (!atMount.has(slot)) atMount.set(slot, localStorage.getItem(key(id)));
  return atMount.get(slot)!;
}

export const forgetCopyAtMount = (id: number | null) => atMount.delete(id ?? 'new');
