// Which addresses the body may link to or embed: the same rule as the stored format (lib/content/document/types.ts).

/** http(s), mailto, or a path on this site ("/news/…"; not "//host", which browsers read as another site). */
export function isAllowedHref(href: string): boolean {
  const value = href.trim();
  if (/^\/(?!\/)/.test(value)) return true;
  return /^(https?:\/\/[^\s/]|mailto:\S)/i.test(value);
}

/** An embed is a link to a third party's page: http(s) only. */
export function isHttpUrl(url: string): boolean {
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:';
  } catch {
    return false;
  }
}
