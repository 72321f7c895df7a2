// Turning an uploaded cover into the WebP renditions the site serves: checked by content, never by name.
import sharp from 'sharp';
import { COVER_WIDTHS } from './urls';

const MIN_COVER_WIDTH = 600;
// Far above any camera's output; stops a small file that decodes into gigabytes of pixels.
const MAX_PIXELS = 60_000_000;

export type Rendition = { width: (typeof COVER_WIDTHS)[number]; data: Buffer };
type Refusal = { status: 415 | 422; error: string };

const FORMATS = 'JPEG, PNG, WebP or AVIF';
const damaged: Refusal = { status: 422, error: 'That image could not be read; the file may be damaged.' };
const ascii = (bytes: Buffer, start: number, end: number) => bytes.subarray(start, end).toString('latin1');

// Only the JPEG, PNG, WebP and HEIF decoders ever see an upload: the others (SVG, TIFF, GIF…) are attack
// surface a cover does not need. sharp's metadata then confirms what the bytes claim.
function claimsAcceptedFormat(bytes: Buffer): boolean {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  const png = ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n';
  const webp = ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP';
  const isoMedia = ascii(bytes, 4, 8) === 'ftyp';
  return jpeg || png || webp || isoMedia;
}

function refuseFormat(bytes: Buffer): Refusal {
  const svg = /<svg[\s>]/i.test(ascii(bytes, 0, 4096));
  return {
    status: 415,
    error: svg ? `SVG images cannot be used as covers. Export it as a ${FORMATS} image.` : `That file is not a ${FORMATS} image, so it cannot be used as a cover.`,
  };
}

async function readMetadata(bytes: Buffer) {
  try {
    return await sharp(bytes).metadata();
  } catch {
    return null;
  }
}

/**
 * Checks an upload and renders it at each cover width as WebP, upright and without its metadata (EXIF,
 * GPS, XMP, ICC are dropped by sharp unless asked to keep them).
 */
export async function renderCover(bytes: Buffer): Promise<{ renditions: Rendition[] } | Refusal> {
  if (!claimsAcceptedFormat(bytes)) return refuseFormat(bytes);
  const meta = await readMetadata(bytes);
  if (!meta) return damaged;
  const accepted = ['jpeg', 'png', 'webp'].includes(meta.format) || (meta.format === 'heif' && meta.compression === 'av1');
  if (!accepted) return refuseFormat(bytes);
  if (meta.width * meta.height > MAX_PIXELS) return { status: 422, error: 'That image has too many pixels; use one of at most 60 megapixels.' };
  if (meta.autoOrient.width < MIN_COVER_WIDTH) {
    return { status: 422, error: `The image is ${meta.autoOrient.width} px wide; a cover must be at least ${MIN_COVER_WIDTH} px wide.` };
  }
  try {
    const renditions = await Promise.all(
      COVER_WIDTHS.map(async (width) => ({
        width,
        data: await sharp(bytes, { autoOrient: true }).resize({ width, withoutEnlargement: true }).webp().toBuffer(),
      })),
    );
    return { renditions };
  } catch {
    return damaged;
  }
}
