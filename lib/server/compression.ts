// Gzip for what the web server answers itself (lib/server/pipeline.ts): cached pages are kept deflated in pieces
// (deflatePieces) so a hit compresses nothing and reads no page byte again: its nonce goes between the pieces as a
// stored (uncompressed) deflate block, and the gzip checksum is combined from the pieces' own, taken once. What
// streams through is compressed by Next.js.
import type { IncomingMessage } from 'node:http';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;

export const acceptsGzip = (request: IncomingMessage) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

export const isCompressible = (type: string) => COMPRESSIBLE.test(type);

/** A page's pieces, each a deflate stream of its own ended on a byte boundary, with their checksums and lengths. */
export type DeflatedPieces = { deflated: Buffer[]; crcs: number[]; lengths: number[] };

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
const LAST_BLOCK = deflateRawSync(Buffer.alloc(0));
const MAX_STORED_BLOCK = 0xffff;

export function deflatePieces(parts: Buffer[]): DeflatedPieces {
  // A sync flush ends each piece on a byte boundary, so pieces and stored blocks concatenate.
  return { deflated: parts.map((part) => deflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH })), crcs: parts.map((part) => crc32(part)), lengths: parts.map((part) => part.length) };
}

/** `bytes` as one stored deflate block (RFC 1951 3.2.4): after a sync flush its header is a single zero byte. */
function storedBlock(bytes: Buffer): Buffer {
  if (bytes.length > MAX_STORED_BLOCK) throw new RangeError('a separator longer than one stored block');
  const header = Buffer.alloc(5);
  header.writeUInt16LE(bytes.length, 1);
  header.writeUInt16LE(~bytes.length & 0xffff, 3);
  return Buffer.concat([header, bytes]);
}

/** A gzip body of the pieces joined by `separator`: the separator is the only input read per answer. */
export function gzipJoined({ deflated, crcs, lengths }: DeflatedPieces, separator: string): Buffer {
  const between = Buffer.from(separator, 'latin1');
  const betweenBlock = storedBlock(between);
  const betweenCrc = crc32(between);
  let crc = 0;
  let size = 0;
  const body: Buffer[] = [GZIP_HEADER];
  deflated.forEach((piece, i) => {
    if (i > 0) {
      crc = crc32Combine(crc, betweenCrc, between.length);
      size += between.length;
      body.push(betweenBlock);
    }
    crc = i === 0 ? crcs[0]! : crc32Combine(crc, crcs[i]!, lengths[i]!);
    size += lengths[i]!;
    body.push(piece);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  return Buffer.concat([...body, LAST_BLOCK, trailer]);
}

// CRC-32 of two pieces from theirs, as zlib's crc32_combine: polynomial arithmetic modulo the CRC's polynomial,
// in its reflected bit order.
const POLYNOMIAL = 0xedb88320;
const TOP_BIT = 0x80000000;

function multiplyModP(a: number, b: number): number {
  let product = 0;
  for (let bit = TOP_BIT; bit !== 0; bit >>>= 1) {
    if (a & bit) product ^= b;
    b = b & 1 ? (b >>> 1) ^ POLYNOMIAL : b >>> 1;
  }
  return product >>> 0;
}

// x^(2^k) modulo the polynomial, for k = 0..31.
const POWERS = (() => {
  const powers = new Uint32Array(32);
  let p = TOP_BIT >>> 1;
  powers[0] = p;
  for (let k = 1; k < 32; k++) powers[k] = p = multiplyModP(p, p);
  return powers;
})();

/** x^(n * 2^k) modulo the polynomial. */
function shiftOperator(n: number, k: number): number {
  let p = TOP_BIT;
  for (; n > 0; n = Math.floor(n / 2), k++) if (n % 2) p = multiplyModP(POWERS[k & 31]!, p);
  return p;
}

/** The CRC-32 of A followed by B, from A's and B's and B's length in bytes. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  return (multiplyModP(shiftOperator(lengthB, 3), crcA) ^ crcB) >>> 0;
}
