// Newsroom defaults shared by the seed and the editor.

export const DEFAULT_DISCLAIMER =
  'This article is for information only and is not investment, legal or tax advice. Crypto assets are volatile; ' +
  'prices can fall as well as rise. Tickerwire staff may hold the assets mentioned and follow an ethics policy on disclosures.';

export const WORDS_PER_MINUTE = 230;

export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

type Publishable = { categoryId: number | null; dek: string; keyPoints: string[]; disclaimer: string };

/** What a finance piece still lacks before it may be published; empty when it is ready. */
export function missingForPublication(piece: Publishable): string[] {
  const missing: string[] = [];
  if (piece.categoryId === null) missing.push('a category');
  if (!piece.dek.trim()) missing.push('a dek');
  if (!piece.keyPoints.some((p) => p.trim())) missing.push('at least one key point');
  if (!piece.disclaimer.trim()) missing.push('a disclaimer');
  return missing;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * Whether `text` can be a slug at all (the database's slug CHECK). Lookups skip anything else, which also keeps
 * a NUL byte from an address, which Postgres refuses in a text parameter, away from the database.
 */
export const isSlug = (text: string) => text.length <= 100 && SLUG.test(text);

/** A URL slug from a headline: lowercase ASCII words joined by hyphens, at most 80 characters. */
export function slugify(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 80)
      .replace(/-+$/, '') || 'untitled'
  );
}
