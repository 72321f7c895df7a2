// The shared documents of pieces written together (db/schema.ts pieceDocuments), as Yjs updates. Each statement
// holds the row's lock: two instances never seed one piece twice (their copies would duplicate every paragraph
// when merged) nor store over each other.
import { eq, sql } from 'drizzle-orm';
import { db, type Database } from '../index';
import { pieceDocuments } from '../schema';

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

/** The row, locked, created empty when missing (an empty state: no document yet). */
async function lockedState(tx: Tx, articleId: number): Promise<Uint8Array> {
  await tx.insert(pieceDocuments).values({ articleId, state: Buffer.alloc(0) }).onConflictDoNothing();
  const [row] = await tx.select({ state: pieceDocuments.state }).from(pieceDocuments).where(eq(pieceDocuments.articleId, articleId)).for('update');
  return new Uint8Array(row!.state);
}

const write = (tx: Tx, articleId: number, state: Uint8Array) =>
  tx.update(pieceDocuments).set({ state: Buffer.from(state), updatedAt: sql`now()` }).where(eq(pieceDocuments.articleId, articleId));

/** The piece's shared document if anyone has opened it yet. */
export async function findPieceDocument(articleId: number): Promise<Uint8Array | null> {
  const [row] = await db.select({ state: pieceDocuments.state }).from(pieceDocuments).where(eq(pieceDocuments.articleId, articleId));
  return row && row.state.length > 0 ? new Uint8Array(row.state) : null;
}

/** The piece's shared document; the first to ask creates it from the piece's fields with `seed`. */
export async function loadPieceDocument(articleId: number, seed: () => Promise<Uint8Array>): Promise<Uint8Array> {
  return db.transaction(async (tx) => {
    const stored = await lockedState(tx, articleId);
    if (stored.length > 0) return stored;
    const seeded = await seed();
    await write(tx, articleId, seeded);
    return seeded;
  });
}

/**
 * Stores `update` merged with what is stored, so that two instances holding the same document (each with edits the
 * other has not seen yet) both keep theirs: Yjs updates merge without loss in any order.
 */
export async function storePieceDocument(articleId: number, update: Uint8Array, merge: (stored: Uint8Array, update: Uint8Array) => Uint8Array) {
  await db.transaction(async (tx) => {
    const stored = await lockedState(tx, articleId);
    await write(tx, articleId, stored.length > 0 ? merge(stored, update) : update);
  });
}
