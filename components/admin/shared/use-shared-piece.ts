'use client';

import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';
import { sharedBody, STORE_NOW } from '@/lib/collab/shared-fields';

/**
 * What the server said of its last store: whether the shared document is in Postgres, the draft's slug as stored,
 * and what (a field over its limit, say) keeps the draft's own columns from following it.
 */
/** What a store left: `version` is the piece's new version when the store also kept a revision (lib/collab/server.ts). */
export type StoreNote = { stored: boolean; vector: string | null; slug: string | null; error: string | null; fieldErrors: Record<string, string[]>; version?: number | null };

/** Where the piece's shared document stands: moves on every keystroke (sent, confirmed, stored). */
export type SyncState = {
  /**
   * The document holds the piece: the server's copy has arrived, or (offline) this browser's. Until then nothing
   * may be typed into it: an edit made on an empty document would land before the text it was meant to follow.
   */
  ready: boolean;
  /** Connected and signed in to the document: edits reach the others and the server as they are typed. */
  online: boolean;
  /** The server refused this browser (signed out, disabled, or the piece no longer theirs to edit). */
  refused: boolean;
  /** Edits the server has not confirmed yet; they are kept in this browser (IndexedDB) meanwhile. */
  unsynced: boolean;
  /** Edits made here that the server has not yet stored in Postgres (it does within a second). */
  storing: boolean;
  /** How many changes, anyone's, the document has taken since it was first in step with the server's. */
  changes: number;
  note: StoreNote | null;
};

/**
 * The piece's shared document and its connection, made once per piece, and its sync state as a store of its own:
 * a component reads only the part it shows (`useSyncState`), so a keystroke redraws the save indicator, not the
 * form around the body (each redraw of which cost a 200 KB body's keystroke several milliseconds).
 */
export type SharedPiece = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  sync: { get: () => SyncState; subscribe: (listener: () => void) => () => void };
};

// In slices: spreading a large update into one call would exceed the engine's argument limit.
const toBase64 = (bytes: Uint8Array) => {
  let text = '';
  for (let at = 0; at < bytes.length; at += 0x8000) text += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(text);
};
const fromBase64 = (text: string) => Uint8Array.from(atob(text), (c) => c.charCodeAt(0));

/** Whether a stored state (its state vector, decoded) holds every change of an update. */
function holds(stored: Map<number, number>, update: Uint8Array) {
  return [...Y.decodeStateVector(Y.encodeStateVectorFromUpdate(update))].every(([client, clock]) => (stored.get(client) ?? 0) >= clock);
}

/**
 * Edits made here and not yet stored by the server, also written to localStorage on every keystroke: IndexedDB
 * writes are asynchronous, and a tab closed right after typing offline lost its last keystrokes with them alone.
 * One key per edit, so a keystroke writes only itself (merging them into one value cost each keystroke more as the
 * edits piled up).
 */
function pendingEdits(id: number) {
  // Also the single key of earlier versions, `…:pending`, which the prefix matches.
  const prefix = `tickerwire:piece:${id}:pending`;
  const edits = new Map<string, Uint8Array>();
  for (const key of Object.keys(localStorage).filter((key) => key.startsWith(prefix))) edits.set(key, fromBase64(localStorage.getItem(key)!));
  let next = edits.size;
  return {
    restore: (doc: Y.Doc) => edits.size > 0 && Y.applyUpdate(doc, Y.mergeUpdates([...edits.values()])),
    add(update: Uint8Array) {
      // Yjs takes updates in any order: the key need only be new.
      const key = `${prefix}:${Date.now().toString(36)}.${next++}`;
      edits.set(key, update);
      try {
        localStorage.setItem(key, toBase64(update));
      } catch {
        // Full: IndexedDB still has them, if a little later.
      }
    },
    storedIn(vector: Uint8Array) {
      const stored = Y.decodeStateVector(vector);
      for (const [key, update] of edits) {
        if (!holds(stored, update)) continue;
        edits.delete(key);
        localStorage.removeItem(key);
      }
    },
  };
}

// Edits reach IndexedDB together, a moment after typing: written one at a time they cost each keystroke a database
// transaction of its own (1.3 ms in a 200 KB body). Nothing waits on them: localStorage holds each edit at once.
const BROWSER_COPY_EVERY_MS = 250;

/** The piece's copy in this browser (IndexedDB), for opening it offline or after the tab was closed. */
function browserCopy(id: number, doc: Y.Doc) {
  const persistence = new IndexeddbPersistence(`tickerwire:piece:${id}`, doc);
  doc.off('update', persistence._storeUpdate);
  let waiting: Uint8Array[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = () => {
    clearTimeout(timer);
    timer = undefined;
    if (waiting.length > 0) persistence._storeUpdate(Y.mergeUpdates(waiting), null);
    waiting = [];
  };
  const collect = (update: Uint8Array, origin: unknown) => {
    // Not what it read from IndexedDB itself, nor anything before it is open (it then stores the whole document).
    if (origin === persistence || !persistence.db) return;
    waiting.push(update);
    timer ??= setTimeout(write, BROWSER_COPY_EVERY_MS);
  };
  // A tab closing runs no cleanup: what is waiting goes now (localStorage may have been too full to hold it).
  const leaving = () => document.visibilityState === 'hidden' && write();
  doc.on('update', collect);
  addEventListener('pagehide', write);
  document.addEventListener('visibilitychange', leaving);
  return {
    whenSynced: persistence.whenSynced,
    destroy() {
      clearTimeout(timer);
      write();
      doc.off('update', collect);
      removeEventListener('pagehide', write);
      document.removeEventListener('visibilitychange', leaving);
      void persistence.destroy();
    },
  };
}

const CHANGES_TOLD_EVERY_MS = 250;
// Longer than the server's longest wait before storing (1 s): a store note still missing by then is asked for.
const STORE_CHECK_MS = 1_500;

const collabUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;

/**
 * The piece's shared document, kept in this browser (IndexedDB, so edits made offline or in a tab closed before
 * they reached the server come back) and connected to the server's copy, which every co-editor shares.
 */
export function useSharedPiece(id: number): SharedPiece | null {
  const [shared, setShared] = useState<SharedPiece | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const pending = pendingEdits(id);
    pending.restore(doc);
    const local = browserCopy(id, doc);
    let state: SyncState = { ready: false, online: false, refused: false, unsynced: false, storing: false, changes: 0, note: null };
    const listeners = new Set<() => void>();
    let synced = false;
    const provider = new HocuspocusProvider({
      url: collabUrl(),
      name: `piece:${id}`,
      document: doc,
      // The session cookie is what the server checks; the protocol wants a token to send.
      token: 'session-cookie',
      onStatus: ({ status }) => publish({ online: status === WebSocketStatus.Connected && !state.refused }),
      onAuthenticationFailed: () => publish({ refused: true, online: false }),
      // Refused mid-session (disabled, signed out, the piece moved on): the server closes the document, not the socket.
      onClose: ({ event }) => {
        if (event.reason === 'Forbidden') publish({ refused: true, online: false });
      },
      // Told only when it turns: the count moves twice a keystroke (sent, confirmed).
      onUnsyncedChanges: ({ number }) => number > 0 !== state.unsynced && publish({ unsynced: number > 0 }),
      onSynced: () => {
        synced = true;
        publish({ ready: true });
      },
      // Sent after every store: whoever's edit it was, the store holds everything the server had by then.
      onStateless: ({ payload }) => {
        const note = JSON.parse(payload) as StoreNote;
        if (note.stored && note.vector) pending.storedIn(fromBase64(note.vector));
        publish({ note, storing: state.storing && !holdsMyEdits(note) });
      },
    });
    doc.on('update', (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
      if (transaction.local) pending.add(update);
    });
    // Counted on every change but told at most four times a second.
    let changes = 0;
    let telling: ReturnType<typeof setTimeout> | undefined;
    let lastLocalChange = 0;
    doc.on('afterTransaction', (transaction) => {
      if (transaction.changed.size === 0) return;
      if (synced) changes += 1;
      if (transaction.local) lastLocalChange = Date.now();
      if (transaction.local && !state.storing) publish({ storing: true, changes });
      telling ??= setTimeout(() => {
        telling = undefined;
        publish({ changes });
      }, CHANGES_TOLD_EVERY_MS);
    });
    // Whether a store included every change made in this browser (its own clock in the stored state vector); a
    // store begun before the last keystroke reached the server does not.
    function holdsMyEdits(note: StoreNote) {
      if (!note.stored || !note.vector) return false;
      return (Y.decodeStateVector(fromBase64(note.vector)).get(doc.clientID) ?? 0) >= Y.getState(doc.store, doc.clientID);
    }
    function publish(change: Partial<SyncState>) {
      state = { ...state, ...change };
      listeners.forEach((listener) => listener());
    }
    // Offline, this browser's copy is the piece, if it has one.
    void local.whenSynced.then(() => {
      if (!state.ready && sharedBody(doc).length > 0) publish({ ready: true });
    });
    // Edits the server has (none unsynced) that no store note has held yet: ask for a store rather than wait on one.
    const storeCheck = setInterval(() => {
      if (state.storing && state.online && !state.unsynced && Date.now() - lastLocalChange > STORE_CHECK_MS) provider.sendStateless(STORE_NOW);
    }, STORE_CHECK_MS);
    // Handed to React once: the connection and the browser's copy are made here, where they can be closed again.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setShared({
      doc,
      provider,
      sync: {
        get: () => state,
        subscribe: (listener) => {
          listeners.add(listener);
          return () => listeners.delete(listener);
        },
      },
    });
    return () => {
      clearInterval(storeCheck);
      clearTimeout(telling);
      provider.destroy();
      local.destroy();
      doc.destroy();
    };
  }, [id]);

  return shared;
}

/** One part of a piece's sync state; the component redraws only when that part changes. */
export function useSyncState<T>(piece: SharedPiece | null, part: (state: SyncState) => T): T | undefined {
  return useSyncExternalStore(
    piece?.sync.subscribe ?? noSubscription,
    () => (piece ? part(piece.sync.get()) : undefined),
    () => undefined,
  );
}
const noSubscription = () => () => {};
