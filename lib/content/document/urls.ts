// Which addresses a body may link to and embed, and what an embedded address is. Shared by validation (refuse),
// the Markdown import (keep as text) and the HTML renderer (label the card).

export const MAX_URL_LENGTH = 2000;

const parseUrl = (url: string) => (URL.canParse(url) ? new URL(url) : null);

// Browsers strip tabs and newlines inside a scheme ("java\tscript:") and ignore leading spaces: any such character
// makes the address suspect, so it is refused rather than cleaned.
const SUSPECT_CHARACTER = /[\u0000-\u0020\u007f-\u009f\u00a0\u2028\u2029\ufeff\\]/;

/** An absolute http(s) address with a host. */
export function isWebUrl(url: string): boolean {
  if (url.length > MAX_URL_LENGTH || SUSPECT_CHARACTER.test(url) || !/^https?:\/\//i.test(url)) return false;
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && parsed.hostname !== '';
}

/** What a link in the body may point at: the web, an email address, or a path on this site (one leading slash). */
export function isAllowedHref(href: string): boolean {
  if (href.length > MAX_URL_LENGTH || SUSPECT_CHARACTER.test(href)) return false;
  return isWebUrl(href) || /^mailto:[^/]/i.test(href) || /^\/(?!\/)/.test(href);
}

/**
 * An address with the characters that mean markup (" < > `) percent-encoded, as a browser would send it: no URL needs
 * them raw, and an address stored without them stays inert wherever it is written out.
 */
export const encodeMarkupCharacters = (url: string) => url.replace(/["<>`]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export type EmbedProvider = 'youtube' | 'x' | 'link';

const hostOf = (url: string) => parseUrl(url)?.hostname.toLowerCase().replace(/^(www|m|mobile)\./, '') ?? '';

/** The card an embedded address gets, by its host alone. */
export function embedProvider(url: string): EmbedProvider {
  const host = hostOf(url);
  if (host === 'youtube.com' || host === 'youtu.be') return 'youtube';
  if (host === 'x.com' || host === 'twitter.com') return 'x';
  return 'link';
}

/** The host name a card for any other page shows, e.g. "example.com". */
export const embedHost = hostOf;

/** A single X post or YouTube video: what a bare link on a line of its own in imported Markdown becomes a card for. */
export function isPostOrVideo(url: string): boolean {
  if (!isWebUrl(url)) return false;
  const { pathname, searchParams } = new URL(url);
  switch (hostOf(url)) {
    case 'x.com':
    case 'twitter.com':
      return /^\/\w{1,15}\/status\/\d+\/?$/.test(pathname);
    case 'youtube.com':
      return (pathname === '/watch' && searchParams.has('v')) || /^\/(shorts|live)\/[\w-]+\/?$/.test(pathname);
    case 'youtu.be':
      return /^\/[\w-]+\/?$/.test(pathname);
    default:
      return false;
  }
}
