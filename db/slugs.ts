// What a slug is: the key of an article, tag, category or author in its address, as the schema's CHECK allows.
// Also read in the browser (the editor shows whether a slug follows the headline): nothing here is Node's own.

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const SLUG_MAX = 100;

/**
 * Whether `text` can be a slug at all (the database's slug CHECK). Lookups skip anything else, which also keeps
 * a NUL byte from an address, which Postgres refuses in a text parameter, away from the database.
 */
export const isSlug = (text: string) => text.length <= SLUG_MAX && SLUG.test(text);

/** Latin letters without their accents, lowercased; everything else left as it is. */
const plain = (text: string) => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/** At most `max` characters, cut at a hyphen so that no word is cut in half (unless one word is longer than that). */
function cutAtWord(slug: string, max: number) {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1).lastIndexOf('-');
  return cut > 0 ? slug.slice(0, cut) : slug.slice(0, max);
}

/** A URL slug from a headline: lowercase ASCII words joined by hyphens, at most 80 characters, whole words only. */
export function slugify(title: string): string {
  return (
    cutAtWord(
      plain(title)
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, ''),
      80,
    ) || 'untitled'
  );
}

/** Whether `slug` is the one a headline makes, or that with the suffix a taken one gets (`-2`, `-3`…). */
export function followsTitle(slug: string, title: string) {
  const base = slugify(title);
  return slug === base || (slug.startsWith(`${base}-`) && /^[1-9][0-9]*$/.test(slug.slice(base.length + 1)));
}

/** `base`, or the first of base-2, base-3… not in `used` (cut at a word so that the suffix fits). */
export function firstFreeSlug(base: string, used: Set<string>) {
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${cutAtWord(base, SLUG_MAX - 1 - String(n).length)}-${n}`;
  return slug;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short, stable tag for a text (not a secret). */
function shortHash(text: string) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16).padStart(8, '0');
}

/**
 * A tag's slug, which keeps whatever the tag is made of: its Latin words as in a headline's slug, and every other
 * letter, number or pictograph (an emoji, a word in Arabic or Chinese) as its code point, `u1f680`, so that "🚀" and
 * "Bitcoin 🚀" are tags of their own and neither vanishes. A slug that would be longer than the database takes
 * ends in a hash of the whole name, so two long names never share one.
 */
export function tagSlug(name: string): string {
  const words: string[] = [];
  let latin = '';
  // Character by character, composed: a letter with a Latin form joins the word being read; any other letter, number
  // or pictograph is a word of its own, as written (ビ stays ビ, not ヒ without its mark); the rest separates words.
  for (const [char] of name.trim().normalize('NFC').matchAll(/./gsu)) {
    const ascii = plain(char);
    if (/^[a-z0-9]+$/.test(ascii)) {
      latin += ascii;
      continue;
    }
    if (latin) words.push(latin);
    latin = '';
    if (/[\p{L}\p{N}\p{So}]/u.test(char)) words.push(`u${char.codePointAt(0)!.toString(16)}`);
  }
  if (latin) words.push(latin);
  const slug = words.join('-');
  if (slug.length <= SLUG_MAX && slug !== '') return slug;
  const hash = shortHash(name.trim());
  return `${cutAtWord(slug, SLUG_MAX - hash.length - 1)}-${hash}`.replace(/^-/, '');
}
