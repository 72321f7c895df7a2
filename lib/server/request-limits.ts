// How much a request may send, by route: the web server refuses a larger declared body before anything reads it,
// and the routes that read bodies themselves stop at the same figure (lib/server/request-body.ts), so `next dev` keeps it.
const KB = 1024;

export const MAX_UPLOAD_BYTES = 8 * KB * KB;
export const UPLOAD_TOO_LARGE = 'The image is larger than 8 MB. Upload a smaller file.';

const BODY_LIMITS: readonly { path: string; bytes: number; tooLarge?: string }[] = [
  // A view beacon is {"articleId":N}.
  { path: '/api/views', bytes: 1 * KB },
  // The sign-in form and next-auth's other forms.
  { path: '/api/auth/', bytes: 16 * KB },
  // One cover image, with room for the multipart boundary and part headers around it.
  { path: '/admin/uploads', bytes: MAX_UPLOAD_BYTES + 64 * KB, tooLarge: UPLOAD_TOO_LARGE },
];
// Everything else is a server action (Next.js stops those at 1 MB itself) or takes no body at all.
const DEFAULT_BODY_LIMIT = 1 * KB * KB + 64 * KB;

const limitFor = (pathname: string) => BODY_LIMITS.find(({ path }) => pathname === path || (path.endsWith('/') && pathname.startsWith(path)));

export const bodyLimit = (pathname: string): number => limitFor(pathname)?.bytes ?? DEFAULT_BODY_LIMIT;

export type BodyRefusal = { status: 411 | 413; message: string };

/**
 * Whether a request's body may be read, judged from its headers alone. Browsers always say how long a body is;
 * one that does not (chunked) could send without end, so it is refused rather than counted.
 */
export function refuseBody(pathname: string, headers: { 'content-length'?: string; 'transfer-encoding'?: string }): BodyRefusal | null {
  if (headers['transfer-encoding'] !== undefined) return { status: 411, message: 'Send the request with a Content-Length.' };
  const length = Number(headers['content-length'] ?? 0);
  const limit = bodyLimit(pathname);
  if (length > limit) return { status: 413, message: limitFor(pathname)?.tooLarge ?? `The request body is larger than this address accepts (${limit} bytes).` };
  return null;
}
