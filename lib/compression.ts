// Gzip in the web server rather than in Next.js: Next's would compress pages before the nonce swap and the
// page cache see them. Responses are compressed on their way out; cached pages are kept compressed in pieces
// (gzipParts) so a hit costs a few bytes of deflate for its nonce, not the whole page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { constants, crc32, createGzip, deflateRawSync } from 'node:zlib';
import { chunkBytes, writeCallback } from './response-chunk';

const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;
const MIN_BYTES = 1024;

export const acceptsGzip = (request: IncomingMessage) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

/** Compresses the response for a client that accepts gzip, if its type is worth it; streams stay streams. */
export function compressOnTheWay(request: IncomingMessage, response: ServerResponse) {
  if (!acceptsGzip(request) || request.method === 'HEAD') return;
  const original = { writeHead: response.writeHead, write: response.write, end: response.end };
  let gzip: ReturnType<typeof createGzip> | null | undefined;
  let writerWaits = false;

  // Decided at the first byte, when the status and headers are known.
  const start = (first: Buffer | undefined, ending: boolean) => {
    if (gzip !== undefined) return gzip;
    const type = String(response.getHeader('content-type') ?? '');
    const length = Number(response.getHeader('content-length') ?? Infinity);
    const small = ending && (first?.length ?? 0) < MIN_BYTES;
    // A range (206) is bytes of the identity body; compressing it would garble it.
    const partial = response.statusCode === 206 || response.hasHeader('content-range');
    if (!COMPRESSIBLE.test(type) || response.hasHeader('content-encoding') || partial || response.statusCode === 204 || response.statusCode === 304 || length < MIN_BYTES || small) {
      return (gzip = null);
    }
    response.removeHeader('content-length');
    response.setHeader('Content-Encoding', 'gzip');
    response.appendHeader('Vary', 'Accept-Encoding');
    gzip = createGzip({ level: 6 });
    // A reader who leaves mid-page: the compressor's buffers go with the connection.
    response.once('close', () => gzip?.destroy());
    // A reader who stops reading: the compressor waits for the connection, and whoever writes the page for the
    // compressor, told by write() as without gzip (Next.js pipes pages this way) and woken by 'drain' on the response.
    gzip.on('data', (chunk: Buffer) => {
      if ((original.write as (data: Buffer) => boolean).call(response, chunk)) return;
      gzip!.pause();
      response.once('drain', () => gzip?.resume());
    });
    gzip.on('drain', () => {
      // A connection that is full itself emits 'drain' when it empties.
      if (writerWaits && !response.writableNeedDrain) response.emit('drain');
      writerWaits = false;
    });
    gzip.on('end', () => (original.end as () => void).call(response));
    return gzip;
  };

  // Next.js flushes the headers of a streamed page before its first byte: the choice is made then.
  response.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    const headers = rest.find((r) => typeof r === 'object' && r !== null);
    if (headers && !Array.isArray(headers)) for (const [name, value] of Object.entries(headers)) this.setHeader(name, value as string);
    this.statusCode = status;
    start(undefined, false);
    return (original.writeHead as (status: number) => ServerResponse).call(this, status);
  } as ServerResponse['writeHead'];

  response.write = function (this: ServerResponse, chunk: unknown, encoding?: unknown, callback?: unknown) {
    const bytes = chunkBytes(chunk, encoding);
    const stream = start(bytes, false);
    if (!stream) return original.write.call(this, chunk as never, encoding as never, callback as never);
    const accepted = bytes ? stream.write(bytes) : true;
    // Pages stream: what was written goes out now, not when the compressor's buffer fills.
    stream.flush(constants.Z_SYNC_FLUSH, () => writeCallback(encoding, callback)?.());
    writerWaits ||= !accepted;
    return accepted;
  } as ServerResponse['write'];

  response.end = function (this: ServerResponse, chunk?: unknown, encoding?: unknown, callback?: unknown) {
    const bytes = chunkBytes(chunk, encoding);
    const stream = start(bytes, true);
    if (!stream) return original.end.call(this, chunk as never, encoding as never, callback as never);
    const done = writeCallback(chunk, encoding, callback);
    if (done) response.once('finish', done);
    if (bytes) stream.end(bytes);
    else stream.end();
    return this;
  } as ServerResponse['end'];
}

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
