// Gzip for what the web server answers itself (lib/server/pipeline.ts): cached pages are kept compressed in pieces
// (gzipParts) so a hit costs a few bytes of deflate for its nonce, not the whole page. What streams through is
// compressed by Next.js.
import type { IncomingMessage } from 'node:http';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;

export const acceptsGzip = (request: IncomingMessage) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

export const isCompressible = (type: string) => COMPRESSIBLE.test(type);

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
const LAST_BLOCK = deflateRawSync(Buffer.alloc(0));
// Each piece a deflate stream of its own, ended by a sync flush on a byte boundary: pieces concatenate.
const deflatePiece = (piece: Buffer) => deflateRawSync(piece, { finishFlush: constants.Z_SYNC_FLUSH });

export const deflatePieces = (parts: Buffer[]) => parts.map(deflatePiece);

/** A gzip body of `parts` joined by `separator`, from their deflated forms: only the separator is compressed now. */
export function gzipJoined(parts: Buffer[], deflated: Buffer[], separator: string): Buffer {
  const between = Buffer.from(separator, 'latin1');
  const betweenDeflated = deflatePiece(between);
  let crc = 0;
  let size = 0;
  const body: Buffer[] = [GZIP_HEADER];
  parts.forEach((part, i) => {
    if (i > 0) {
      crc = crc32(between, crc);
      size += between.length;
      body.push(betweenDeflated);
    }
    crc = crc32(part, crc);
    size += part.length;
    body.push(deflated[i]!);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  return Buffer.concat([...body, LAST_BLOCK, trailer]);
}
