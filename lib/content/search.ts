export const MAX_QUERY_LENGTH = 200;

/** The search text from a query string value: trimmed, without control characters, or null when there is none. */
export function parseQuery(value: string | string[] | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return text || null;
}

/**
 * The form of a search text that finds the same stories, and the key its results are kept under: compatibility
 * forms folded (NFKC: full-width letters, ligatures), lower case, one space between words, no longer than a query
 * may be (folding can lengthen a text).
 */
export function normaliseQuery(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
}
