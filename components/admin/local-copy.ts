// The browser's copy of a piece being edited: kept on every keystroke, dropped once the server has the text.
// It remembers the version it was typed over, so restoring it later cannot overwrite a colleague's newer save.

export type LocalCopy<Fields> = { baseVersion: number; fields: Fields };

const key = (id: number) => `tickerwire:piece:${id}`;

export function readLocalCopy<Fields>(id: number): LocalCopy<Fields> | null {
  try {
    const copy = JSON.parse(localStorage.getItem(key(id)) ?? 'null') as LocalCopy<Fields> | null;
    return copy && typeof copy === 'object' && 'fields' in copy ? copy : null;
  } catch {
    return null;
  }
}

export const writeLocalCopy = <Fields>(id: number, copy: LocalCopy<Fields>) => localStorage.setItem(key(id), JSON.stringify(copy));

export const dropLocalCopy = (id: number) => localStorage.removeItem(key(id));

// What the browser held when an editor for the piece mounted: later keystrokes overwrite the stored copy, and
// useSyncExternalStore needs the same answer on every render. Forgotten when that editor unmounts.
const atMount = new Map<number, string | null>();

export function copyAtMount(id: number): string | null {
  if (!atMount.has(id)) atMount.set(id, localStorage.getItem(key(id)));
  return atMount.get(id)!;
}

export const forgetCopyAtMount = (id: number) => atMount.delete(id);
