// ts_headline does not escape the document, so matches are marked with control characters that the
// page turns into <mark> elements while rendering everything else as text.
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

export const MAX_QUERY_LENGTH = 200;

/** The search text from a query string value: trimmed, without control characters, or null when there is none. */
export function parseQuery(value: string | string[] | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/[\u0000-\u001f\u007f]/g, ' ').trim().slice(0, MAX_QUERY_LENGTH);
  return text || null;
}
