// The addresses of images this site serves itself: plain data, so the body's validation can use them anywhere
// (the upload handler around them needs the file system, sharp and the session).

/** Widest first; an image narrower than a rendition is never enlarged to fill it. */
export const COVER_WIDTHS = [1600, 800] as const;

/** A stored rendition: named by a hash of the renditions' bytes, so a name never comes to mean other bytes. */
const MEDIA_FILE = new RegExp(`^[0-9a-f]{32}-(${COVER_WIDTHS.join('|')})\\.webp$`);
export const MEDIA_PATH = '/media/';
/** A name the media route may serve: the pattern admits no slash, dot-segment or encoded byte. */
export const isMediaFileName = (name: string) => MEDIA_FILE.test(name);
export const isMediaUrl = (url: string) => url.startsWith(MEDIA_PATH) && isMediaFileName(url.slice(MEDIA_PATH.length));
/** An image this site serves itself: an upload (/media/…) or one of the demo covers (/covers/…). */
export const isOurImage = (url: string) => isMediaUrl(url) || /^\/covers\/[a-z0-9-]+\.(jpg|png|webp)$/.test(url);
