/** What a ServerResponse's write or end was given, as bytes; undefined for no data (or a callback in its place). */
export function chunkBytes(chunk: unknown, encoding?: unknown): Buffer | undefined {
  if (chunk == null || typeof chunk === 'function') return undefined;
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as Uint8Array);
}

/** The callback of a write or end call, wherever Node's overloads put it (chunk, encoding or callback). */
export const writeCallback = (...args: unknown[]) => args.find((arg) => typeof arg === 'function') as (() => void) | undefined;
