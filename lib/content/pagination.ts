export const PAGE_SIZE = 12;
// Deep pages are never linked; refusing them keeps OFFSET scans bounded.
export const MAX_PAGE = 500;

/** The page number from a query string value: 1 when absent, null when it is not a page that can exist. */
export function parsePage(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value) || !/^[1-9]\d{0,3}$/.test(value)) return null;
  const page = Number(value);
  return page <= MAX_PAGE ? page : null;
}
