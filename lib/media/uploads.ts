// Cover uploads over HTTP: who may upload, how much is read, where renditions are kept and how they are served.
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { StaffUser } from '@/db/queries/users';
import { ALL_STAFF } from '@/lib/auth/actions';
import { hasRole } from '@/lib/auth/roles';
import { uploadDir } from '@/lib/env';
import { renderCover, type Rendition } from '@/lib/media/images';
import { COVER_WIDTHS, isMediaFileName, MEDIA_PATH } from '@/lib/media/urls';
import { log } from '@/lib/log';
import { readBody } from '@/lib/server/request-body';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE } from '@/lib/server/request-limits';


const refuse = (status: number, error: string) => Response.json({ error }, { status });
const tooLarge = () => refuse(413, UPLOAD_TOO_LARGE);

async function readOneFile(request: Request, type: string): Promise<File | 'too large' | null> {
  const body = await readBody(request);
  if (!body) return 'too large';
  const form = await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData().catch(() => null);
  const files = form?.getAll('file') ?? [];
  return files.length === 1 && files[0] instanceof File ? files[0] : null;
}

async function store(renditions: Rendition[]): Promise<string> {
  const hash = createHash('sha256');
  for (const rendition of renditions) hash.update(rendition.data);
  const name = hash.digest('hex').slice(0, 32);
  await mkdir(uploadDir, { recursive: true });
  for (const { width, data } of renditions) {
    const target = path.join(uploadDir, `${name}-${width}.webp`);
    // Written aside and renamed into place, so a reader never gets half a file.
    const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    await writeFile(temporary, data);
    await rename(temporary, target);
  }
  return name;
}

/** POST /admin/uploads: one cover image from a signed-in staff member, stored as WebP renditions. */
export async function receiveCoverUpload(user: StaffUser | null, request: Request): Promise<Response> {
  if (!user) return refuse(401, 'Your session has ended. Sign in again.');
  if (!hasRole(user, ALL_STAFF)) return refuse(403, 'You do not have permission to do that.');
  const type = request.headers.get('content-type') ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) return refuse(415, 'Send the image as multipart/form-data in a field named "file".');
  const file = await readOneFile(request, type);
  if (file === 'too large' || (file && file.size > MAX_UPLOAD_BYTES)) return tooLarge();
  if (!file) return refuse(422, 'Choose one image to upload.');
  const result = await renderCover(Buffer.from(await file.arrayBuffer()));
  if ('error' in result) return refuse(result.status, result.error);
  const name = await store(result.renditions);
  log('cover_uploaded', { userId: user.id, name, bytes: file.size });
  return Response.json({ url: `${MEDIA_PATH}${name}-${COVER_WIDTHS[0]}.webp` }, { status: 201 });
}

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });

/** GET /media/<file>: a stored rendition. Its name is its content, so browsers and CDNs may keep it forever. */
export async function serveMedia(name: string): Promise<Response> {
  // Nothing outside the upload directory.
  if (!isMediaFileName(name)) return notFound();
  const file = path.join(uploadDir, name);
  const info = await stat(file).catch(() => null);
  if (!info?.isFile()) return notFound();
  return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>, {
    headers: {
      'Content-Type': 'image/webp',
      'Content-Length': String(info.size),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
