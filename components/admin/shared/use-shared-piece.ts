'use client';

import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider';
import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/** What the server said of the piece's last store: refused fields keep the draft's columns from following. */
export type StoreNote = { stored: boolean; error: string | null; fieldErrors: Record<string, string[]> };

export type SharedPiece = {
  doc: Y.Doc;
  provider: HocuspocusProvider;
  /** Connected and signed in to the document: edits reach the others and the server as they are typed. */
  online: boolean;
  /** The server refused this browser (signed out, disabled, or the piece no longer theirs to edit). */
  refused: boolean;
  /** Edits the server has not confirmed yet; they are kept in this browser (IndexedDB) meanwhile. */
  unsynced: number;
  /** Edits made here that the server has not yet stored in Postgres (it does within a second). */
  storing: boolean;
  note: StoreNote | null;
};

const collabUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/collab`;

/**
 * The piece's shared document, kept in this browser (IndexedDB, so edits made offline or in a tab closed before
 * they reached the server come back) and connected to the server's copy, which every co-editor shares.
 */
export function useSharedPiece(id: number): SharedPiece | null {
  const [shared, setShared] = useState<SharedPiece | null>(null);

  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`tickerwire:piece:${id}`, doc);
    let state: Omit<SharedPiece, 'doc' | 'provider'> = { online: false, refused: false, unsynced: 0, storing: false, note: null };
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
      onUnsyncedChanges: ({ number }) => publish({ unsynced: number }),
      // Sent after every store: whoever's edit it was, the store holds everything the server had by then.
      onStateless: ({ payload }) => publish({ note: JSON.parse(payload) as StoreNote, storing: false }),
    });
    doc.on('afterTransaction', (transaction) => {
      if (transaction.local && transaction.changed.size > 0 && !state.storing) publish({ storing: true });
    });
    function publish(change: Partial<typeof state>) {
      state = { ...state, ...change };
      setShared({ doc, provider, ...state });
    }
    publish({});
    return () => {
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [id]);

  return shared;
}
