import { randomBytes } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/media/[file]/route';
import { db } from '@/db';
import { getActiveUser, type StaffUser } from '@/db/queries/users';
import { users } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';
import { receiveCoverUpload } from '@/lib/media/uploads';

// Set before lib/env is first imported, so this file's uploads land in a directory of its own.
const uploadDir = await vi.hoisted(async () => {
  const { mkdtemp } = await import('node:fs/promises');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  process.env.UPLOAD_DIR = join(await mkdtemp(join(tmpdir(), 'tw-uploads-')), 'uploads');
  return process.env.UPLOAD_DIR;
});

let writer: StaffUser;

const picture = (width: number, height: number) => sharp({ create: { width, height, channels: 3, background: '#2a6f97' } });
const storedFiles = () => readdir(uploadDir).catch(() => [] as string[]);

async function upload(user: StaffUser | null, bytes: Buffer, name: string, type: string) {
  const form = new FormData();
  form.set('file', new File([new Uint8Array(bytes)], name, { type }));
  // As a request arrives over HTTP: bytes with a length. (A FormData body is produced by a stream that Node 24's
  // fetch keeps writing into after the route stops reading an oversized one, an unhandled rejection.)
  const encoded = new Response(form);
  const body = new Uint8Array(await encoded.arrayBuffer());
  const headers = { 'content-type': encoded.headers.get('content-type')!, 'content-length': String(body.length) };
  const response = await receiveCoverUpload(user, new Request('http://localhost/admin/uploads', { method: 'POST', body, headers }));
  return { status: response.status, body: (await response.json()) as { url?: string; error?: string } };
}

const media = (file: string) => GET(new Request(`http://localhost/media/${file}`), { params: Promise.resolve({ file }) });

beforeAll(async () => {
  const [user] = await db.insert(users).values({ email: 'w@example.test', name: 'W', role: 'writer', passwordHash: await hashPassword('irrelevant-here') }).returning();
  writer = (await getActiveUser(user!.id))!;
});
afterAll(() => rm(path.dirname(uploadDir), { recursive: true, force: true }));

describe('cover uploads', () => {
  it('stores a PNG as WebP at 1600 and 800 px wide, never enlarged, without its metadata', async () => {
    const png = await picture(1200, 675).withExif({ IFD0: { Artist: 'Jane Photographer' } }).png().toBuffer();
    expect((await sharp(png).metadata()).exif).toBeDefined();
    const { status, body } = await upload(writer, png, 'chart.png', 'image/png');
    expect(status).toBe(201);
    const name = /^\/media\/([0-9a-f]{32})-1600\.webp$/.exec(body.url!)![1];
    expect((await storedFiles()).sort()).toEqual([`${name}-1600.webp`, `${name}-800.webp`]);
    const large = await sharp(path.join(uploadDir, `${name}-1600.webp`)).metadata();
    const small = await sharp(path.join(uploadDir, `${name}-800.webp`)).metadata();
    expect(large).toMatchObject({ format: 'webp', width: 1200, height: 675 });
    expect(small).toMatchObject({ format: 'webp', width: 800, height: 450 });
    expect([large.exif, large.xmp, large.icc, small.exif]).toEqual([undefined, undefined, undefined, undefined]);
  });

  it('scales a large photo down to both widths', async () => {
    const { status, body } = await upload(writer, await picture(2400, 1350).jpeg().toBuffer(), 'photo.jpg', 'image/jpeg');
    expect(status).toBe(201);
    const large = await sharp(path.join(uploadDir, path.basename(body.url!))).metadata();
    const small = await sharp(path.join(uploadDir, path.basename(body.url!).replace('-1600', '-800'))).metadata();
    expect([large.width, large.height, small.width, small.height]).toEqual([1600, 900, 800, 450]);
  });

  it('accepts AVIF', async () => {
    expect((await upload(writer, await picture(800, 450).avif().toBuffer(), 'a.avif', 'image/avif')).status).toBe(201);
  });

  const svg = Buffer.from('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="1200" height="600"><rect width="1200" height="600"/></svg>');
  const refusals: [string, () => Promise<[StaffUser | null, Buffer, string, string]>, number, RegExp][] = [
    ['anonymous upload', async () => [null, await picture(800, 450).png().toBuffer(), 'a.png', 'image/png'], 401, /session has ended/],
    ['an SVG', async () => [writer, svg, 'logo.svg', 'image/svg+xml'], 415, /SVG images cannot be used/],
    ['a text file renamed .jpg', async () => [writer, Buffer.from('just some notes, not a picture\n'.repeat(50)), 'notes.jpg', 'image/jpeg'], 415, /not a JPEG, PNG, WebP or AVIF image/],
    ['a GIF', async () => [writer, await picture(800, 450).gif().toBuffer(), 'a.gif', 'image/gif'], 415, /not a JPEG, PNG, WebP or AVIF image/],
    ['a file over 8 MB', async () => [writer, await sharp(randomBytes(1800 * 1700 * 3), { raw: { width: 1800, height: 1700, channels: 3 } }).png({ compressionLevel: 0 }).toBuffer(), 'big.png', 'image/png'], 413, /larger than 8 MB/],
    ['an image under 600 px wide', async () => [writer, await picture(599, 900).png().toBuffer(), 'narrow.png', 'image/png'], 422, /599 px wide; a cover must be at least 600 px wide/],
    ['a small file of too many pixels', async () => [writer, await picture(9000, 7000).png().toBuffer(), 'bomb.png', 'image/png'], 422, /too many pixels/],
    ['a truncated JPEG', async () => [writer, (await picture(900, 600).jpeg().toBuffer()).subarray(0, 400), 'cut.jpg', 'image/jpeg'], 422, /could not be read/],
  ];

  for (const [name, arrange, status, message] of refusals) {
    it(`refuses ${name} with ${status} and stores nothing`, async () => {
      const [user, bytes, file, type] = await arrange();
      const before = await storedFiles();
      const result = await upload(user, bytes, file, type);
      expect(result).toMatchObject({ status, body: { error: expect.stringMatching(message) } });
      expect(await storedFiles()).toEqual(before);
    });
  }

  it('refuses a body that is not multipart', async () => {
    const response = await receiveCoverUpload(writer, new Request('http://localhost/admin/uploads', { method: 'POST', body: await picture(800, 450).png().toBuffer() }));
    expect(response.status).toBe(415);
  });
});

describe('serving stored covers', () => {
  it('streams a stored rendition as immutable WebP', async () => {
    const { body } = await upload(writer, await picture(1000, 600).webp().toBuffer(), 'c.webp', 'image/webp');
    const file = path.basename(body.url!);
    const response = await media(file);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toMatchObject({
      'cache-control': 'public, max-age=31536000, immutable',
      'content-type': 'image/webp',
      'x-content-type-options': 'nosniff',
    });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(await readFile(path.join(uploadDir, file)));
  });

  it('answers 404 for unknown names and for anything that tries to leave the upload directory', async () => {
    const [stored] = await storedFiles();
    await writeFile(path.join(uploadDir, `${stored}.abc123.tmp`), 'half a file');
    for (const name of [`${'0'.repeat(32)}-1600.webp`, '../../../etc/passwd', '..%2F..%2Fetc%2Fpasswd', `../uploads/${stored}`, `${stored}/../${stored}`, `${stored}.abc123.tmp`, stored!.toUpperCase(), stored!.replace('.webp', '.png'), '']) {
      expect((await media(name)).status, name).toBe(404);
    }
  });
});
