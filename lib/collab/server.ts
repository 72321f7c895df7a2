// Writing together: the Hocuspocus server behind the portal's /collab WebSocket path. Each piece is one shared Yjs
// document ("piece:<id>", laid out as lib/collab/shared-fields.ts says), kept in Postgres (piece_documents) within a
// second of every change, with the draft's own columns derived from it at the same time.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Hocuspocus, type Extension } from '@hocuspocus/server';
import { decode } from 'next-auth/jwt';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { getPiece, type Piece } from '@/db/queries/pieces';
import { loadPieceDocument, storePieceDocument } from '@/db/queries/piece-documents';
import { getSessionUser, type SignedInUser } from '@/db/queries/sessions';
import type { ActionState } from '@/lib/auth/actions';
import { readStoredDocument } from '@/lib/content/body';
import { mayEdit, storeSharedDraftCommand } from '@/lib/newsroom/pieces';
import { isCrossSite } from '@/lib/server/same-origin';
import { pieceSharedFields, readSharedFields, readSharedBody, replaceSharedDocument, seedSharedDocument, sharedFieldsAsForm, STORE_NOW } from './shared-fields';

export const COLLAB_PATH = '/collab';
const DOCUMENT_NAME = /^piece:(\d{1,9})$/;
// At most a second between a keystroke and Postgres: stored 250 ms after changes pause, and at least every second.
const STORE_DEBOUNCE_MS = 250;
const STORE_MAX_DEBOUNCE_MS = 1_000;

const STORE_RETRY_MS = 2_000;
const UNSTORED = 'Not stored yet: the database is not answering. Your edits are kept and will be stored as soon as it is back.';

type Context = { user: SignedInUser; sessionId: string; pieceId: number };
type Log = (event: string, fields: Record<string, unknown>) => void;

const cookieValue = (header: string | undefined, name: string) =>
  header
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([key]) => key === name)?.[1];

/** The staff session a WebSocket handshake carries in its next-auth cookie, checked against Postgres. */
async function sessionOf(request: IncomingMessage, secret: string, secureCookies: boolean) {
  const token = cookieValue(request.headers.cookie, `${secureCookies ? '__Secure-' : ''}next-auth.session-token`);
  const jwt = token ? await decode({ token: decodeURIComponent(token), secret }).catch(() => null) : null;
  const user = jwt?.sid ? await getSessionUser(jwt.sid) : null;
  return user && jwt?.sid ? { user, sessionId: jwt.sid } : null;
}

/** Whether the user may still write into the piece: the session alive, the account enabled, the piece theirs to edit. */
async function mayStillEdit(sessionId: string, pieceId: number) {
  const [user, piece] = await Promise.all([getSessionUser(sessionId), getPiece(pieceId)]);
  return user !== null && piece !== null && mayEdit(user, piece) ? user : null;
}

export function createCollabServer({ secret, secureCookies, extensions = [], log }: { secret: string; secureCookies: boolean; extensions?: Extension[]; log: Log }) {
  const hocuspocus = new Hocuspocus({
    quiet: true,
    debounce: STORE_DEBOUNCE_MS,
    maxDebounce: STORE_MAX_DEBOUNCE_MS,
    extensions,

    // Checked when a client connects: a signed-in colleague who may edit this piece, and nobody else.
    async onAuthenticate({ request, documentName }): Promise<Context> {
      const pieceId = Number(DOCUMENT_NAME.exec(documentName)?.[1]);
      const session = await sessionOf(request, secret, secureCookies);
      const user = session && pieceId ? await mayStillEdit(session.sessionId, pieceId) : null;
      if (!session || !user) throw new Error('forbidden');
      return { user, sessionId: session.sessionId, pieceId };
    },

    // And again before every message is applied: signing out, being disabled or the piece moving past what the
    // user may edit cuts them off at their next keystroke, not at their next visit. While the database cannot
    // answer, nobody's rights can have changed either: the edits go on and are stored once it is back.
    async beforeHandleMessage({ context }) {
      const { sessionId, pieceId } = context as Context;
      const allowed = await mayStillEdit(sessionId, pieceId).catch(() => 'unknown' as const);
      // Hocuspocus closes the document (not the socket) with this reason; use-shared-piece.ts shows it as refused.
      if (allowed === null) throw Object.assign(new Error('forbidden'), { code: 4403, reason: 'Forbidden' });
    },

    async onLoadDocument({ document, documentName }) {
      const pieceId = Number(DOCUMENT_NAME.exec(documentName)![1]);
      const state = await loadPieceDocument(pieceId, async () => {
        const piece = (await getPiece(pieceId))!;
        const seed = new Y.Doc();
        seedSharedDocument(seed, pieceSharedFields(piece), readStoredDocument(piece.bodyDoc, piece.body));
        return Y.encodeStateAsUpdate(seed);
      });
      Y.applyUpdate(document, state);
      return document;
    },

    // An editor whose edits the server has but whose last store note did not hold them asks for a store now
    // (use-shared-piece.ts), so "All changes saved" never waits on a store nothing else would trigger.
    async onStateless({ payload, document, connection }) {
      if (payload !== STORE_NOW) return;
      await hocuspocus.storeDocumentHooks(
        document,
        { clientsCount: document.getConnectionsCount(), context: connection.context, document, documentName: document.name, instance: hocuspocus, requestHeaders: {}, requestParameters: new URLSearchParams(), socketId: 'store-now' },
        true,
      );
    },

    async onStoreDocument(payload) {
      const { document, documentName, context } = payload;
      const pieceId = Number(DOCUMENT_NAME.exec(documentName)![1]);
      // What this store holds, so that each editor can tell whether their own last keystroke is in it.
      const vector = Buffer.from(Y.encodeStateVector(document)).toString('base64');
      try {
        await storePieceDocument(pieceId, Y.encodeStateAsUpdate(document), (stored, update) => Y.mergeUpdates([stored, update]));
      } catch (error) {
        // The database is away: the edits stay in this process and in the editors' browsers, and storing is tried
        // again until it is back (no edit need come to trigger it).
        log('shared_document_store_error', { pieceId, error: (error as Error).message });
        document.broadcastStateless(JSON.stringify({ stored: false, vector: null, slug: null, error: UNSTORED, fieldErrors: {} }));
        setTimeout(() => void hocuspocus.storeDocumentHooks(document, payload, true).catch(() => {}), STORE_RETRY_MS).unref();
        return;
      }
      // Stored at shutdown by no one in particular: the draft's columns wait for the next edit.
      const { user } = (context ?? {}) as Partial<Context>;
      if (!user) return;
      const result = await storeSharedDraftCommand(user, sharedFieldsAsForm(pieceId, readSharedFields(document), readSharedBody(document))).catch((error: Error) => {
        log('shared_draft_store_error', { pieceId, error: error.message });
        return {} as ActionState;
      });
      // Nothing typed is lost (it is in the shared document); the editors are told what keeps it off the piece.
      // A store that kept a revision moved the piece's version on: the editors make their next save over it.
      const { slug, version } = (result.data ?? {}) as { slug?: string; version?: number | null };
      document.broadcastStateless(JSON.stringify({ stored: true, vector, slug: slug ?? null, error: result.error ?? null, fieldErrors: result.fieldErrors ?? {}, version: version ?? null }));
      if (result.error) log('shared_draft_refused', { pieceId, error: result.error });
    },
  });

  const sockets = new WebSocketServer({ noServer: true, maxPayload: 4 * 1024 * 1024 });

  return {
    /** Takes over an HTTP upgrade to COLLAB_PATH; a cross-site page's handshake is refused before anything is read. */
    handleUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer) {
      const headers = new Headers(Object.entries(request.headers).flatMap(([key, value]): [string, string][] => (typeof value === 'string' ? [[key, value]] : [])));
      if (isCrossSite(headers)) {
        socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
        return;
      }
      sockets.handleUpgrade(request, socket, head, (websocket) => hocuspocus.handleConnection(websocket, request));
    },
    /** Makes a piece's shared document read as the piece does now (lib/collab/live-documents.ts). */
    async replace(piece: Piece) {
      const connection = await hocuspocus.openDirectConnection(`piece:${piece.id}`);
      await connection.transact((doc) => replaceSharedDocument(doc, pieceSharedFields(piece), readStoredDocument(piece.bodyDoc, piece.body)));
      await connection.disconnect();
    },
    /** Stores every open document and closes the connections: their browsers reconnect to another instance. */
    async close() {
      await Promise.all([...hocuspocus.documents.values()].map((document) => hocuspocus.storeDocumentHooks(document, { clientsCount: 0, context: {}, document, documentName: document.name, instance: hocuspocus, requestHeaders: {}, requestParameters: new URLSearchParams(), socketId: 'server' }, true)));
      hocuspocus.closeConnections();
      sockets.close();
    },
    hocuspocus,
  };
}
