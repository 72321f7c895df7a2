// Attribute values read the same way from the editor's JSON and from imported Markdown.

/** The body's headings sit under the page title: level 1 becomes 2, levels 4 to 6 become 3; anything else is no heading. */
export function normalizeHeadingLevel(level: unknown): 2 | 3 | null {
  if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > 6) return null;
  return (level as number) <= 2 ? 2 : 3;
}

/** A code block's language as a class name may carry it, or null (the block is kept, its language dropped). */
export function normalizeLanguage(language: unknown): string | null {
  if (typeof language !== 'string') return null;
  const lower = language.toLowerCase();
  return /^[a-z0-9+#-]{1,20}$/.test(lower) ? lower : null;
}
