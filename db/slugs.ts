// What a slug is: the key of an article, tag, category or author in its address, as the schema's CHECK allows.

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
