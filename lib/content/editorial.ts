// Newsroom defaults shared by the seed and the editor.

export const DEFAULT_DISCLAIMER =
  'This article is for information only and is not investment, legal or tax advice. Crypto assets are volatile; ' +
  'prices can fall as well as rise. Tickerwire staff may hold the assets mentioned and follow an ethics policy on disclosures.';

export const WORDS_PER_MINUTE = 230;

export function readingMinutes(markdown: string): number {
  const words = markdown.split(/\s+/).filter(Boolean).length;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}

type Publishable = { title: string; categoryId: number | null; dek: string; keyPoints: string[]; disclaimer: string };

/** What a finance piece still lacks before it may be published; empty when it is ready. */
export function missingForPublication(piece: Publishable): string[] {
  const missing: string[] = [];
  if (!piece.title.trim()) missing.push('a headline');
  if (piece.categoryId === null) missing.push('a category');
  if (!piece.dek.trim()) missing.push('a dek');
  if (!piece.keyPoints.some((p) => p.trim())) missing.push('at least one key point');
  if (!piece.disclaimer.trim()) missing.push('a disclaimer');
  return missing;
}
