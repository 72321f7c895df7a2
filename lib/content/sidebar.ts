import { getSiteChrome } from '@/db/queries/site-chrome';

const SIDEBAR_QUOTES = 6;

/** "Trending news" and "Crypto prices" beside a page: part of the site chrome, so it costs no statement of its own. */
export async function loadSidebar() {
  const { trending, quotes } = await getSiteChrome();
  return { trending, quotes: quotes.slice(0, SIDEBAR_QUOTES) };
}
