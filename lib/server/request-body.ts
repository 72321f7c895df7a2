import { bodyLimit } from '@/lib/server/request-limits';

/** The request's body, or null when it is larger than its route accepts: no more than the limit is ever held. */
export async function readBody(request: Request): Promise<Buffer | null> {
  const limit = bodyLimit(new URL(request.url).pathname);
  if (Number(request.headers.get('content-length')) > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return Buffer.concat(chunks);
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
}
