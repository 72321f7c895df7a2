// Gzip for what the web server answers itself (lib/server/pipeline.ts): cached pages are kept deflated in pieces
// (deflatePieces) so a hit compresses nothing and reads no page byte again: its nonce goes between the pieces as a
// stored (uncompressed) deflate block, and the gzip checksum is combined from the pieces' own, taken once. What
// streams through is compressed by Next.js.
import type { IncomingMessage } from 'node:http';
import { constants, crc32, deflateRawSync } from 'node:zlib';

const COMPRESSIBLE = /^(text\/(?!event-stream)|application\/(javascript|json|xml|rss\+xml|manifest\+json)|image\/svg\+xml)/;

export const acceptsGzip = (request: IncomingMessage) => /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));

export const isCompressible = (type: string) => COMPRESSIBLE.test(type);

/**
 * A page's pieces, each a deflate stream of its own ended on a byte boundary, with their checksums, lengths, and the
 * operator that appends a piece of that length to a checksum (so a hit combines checksums in 32 steps each).
 */
export type DeflatedPieces = { deflated: Buffer[]; crcs: number[]; lengths: number[]; shifts: number[] };

const GZIP_HEADER = Buffer.from([0x1f, 0x8b, 0x08, 0, 0, 0, 0, 0, 0, 0xff]);
const LAST_BLOCK = deflateRawSync(Buffer.alloc(0));
const MAX_STORED_BLOCK = 0xffff;

export function deflatePieces(parts: Buffer[]): DeflatedPieces {
  // A sync flush ends each piece on a byte boundary, so pieces and stored blocks concatenate.
  return {
    deflated: parts.map((part) => deflateRawSync(part, { finishFlush: constants.Z_SYNC_FLUSH })),
    crcs: parts.map((part) => crc32(part)),
    lengths: parts.map((part) => part.length),
    shifts: parts.map((part) => shiftOperator(part.length)),
  };
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
export function gzipJoined({ deflated, crcs, lengths, shifts }: DeflatedPieces, separator: string): Buffer {
  const between = Buffer.from(separator, 'latin1');
  const betweenBlock = storedBlock(between);
  const betweenCrc = crc32(between);
  const betweenShift = separatorShift(between.length);
  let crc = 0;
  let size = 0;
  const body: Buffer[] = [GZIP_HEADER];
  deflated.forEach((piece, i) => {
    if (i > 0) {
      crc = append(crc, betweenCrc, betweenShift);
      size += between.length;
      body.push(betweenBlock);
    }
    crc = i === 0 ? crcs[0]! : append(crc, crcs[i]!, shifts[i]!);
    size += lengths[i]!;
    body.push(piece);
  });
  const trailer = Buffer.alloc(8);
  trailer.writeUInt32LE(crc >>> 0, 0);
  trailer.writeUInt32LE(size >>> 0, 4);
  return Buffer.concat([...body, LAST_BLOCK, trailer]);
}

// The CRC-32 of two pieces from theirs, as zlib's crc32_combine does it: polynomial arithmetic modulo the CRC's
// polynomial, in its reflected bit order.
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

/** x^(8 * length) modulo the polynomial: what appending `length` bytes does to a checksum. */
function shiftOperator(length: number): number {
  let p = TOP_BIT;
  for (let n = length, k = 3; n > 0; n = Math.floor(n / 2), k++) if (n % 2) p = multiplyModP(POWERS[k & 31]!, p);
  return p;
}

/** The CRC-32 of A followed by B, from A's, B's and B's shift operator. */
const append = (crcA: number, crcB: number, shiftB: number) => (multiplyModP(shiftB, crcA) ^ crcB) >>> 0;

// Nonces all have one length: its operator is worked out once.
const separatorShifts = new Map<number, number>();
function separatorShift(length: number): number {
  let shift = separatorShifts.get(length);
  if (shift === undefined) separatorShifts.set(length, (shift = shiftOperator(length)));
  return shift;
}
