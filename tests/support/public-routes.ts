// The portal's public routes, read from app/ on disk, and what an anonymous reader may fetch of each: tests that
// must cover every route (no secret leaks; the proxy caches exactly what may be cached) fail on a new route until
// it is listed here.
import { readdirSync } from 'node:fs';
import path from 'node:path';

export type Story = { id: number; slug: string; title: string; author: string; category: string; tag: string };

const app = path.resolve(import.meta.dirname, '../../app');

/** Pages, route handlers and metadata routes outside the newsroom, as the address they serve ("/news/[slug]"). */
export const publicRoutes = () =>
  readdirSync(app, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(^|\/)(page\.tsx|route\.ts|robots\.ts|sitemap\.ts|manifest\.ts)$/.test(file) && !file.startsWith('admin/'))
    .map((file) => {
      const segments = file.split('/').filter((segment) => !/^\(.+\)$/.test(segment));
      const last = segments.pop()!;
      const route = `/${segments.join('/')}`;
      return last === 'robots.ts' ? '/robots.txt' : route;
    })
    .sort();

/** What an anonymous reader may fetch of each route (`marker`: a word to search for); `none` says why nothing. */
export const READER_ADDRESSES: Record<string, ((story: Story, marker: string) => string[]) | { none: string }> = {
  '/': () => ['/'],
  '/author/[slug]': (s) => [`/author/${s.author}`],
  '/category/[slug]': (s) => [`/category/${s.category}`],
  '/category/[slug]/feed.xml': (s) => [`/category/${s.category}/feed.xml`],
  '/latest': () => ['/latest'],
  '/news/[slug]': (s) => [`/news/${s.slug}`],
  '/prices': () => ['/prices'],
  '/prices/[symbol]': () => ['/prices/btc'],
  '/search': (s, marker) => [`/search?q=${encodeURIComponent(marker)}`, `/search?q=${encodeURIComponent(s.title)}`],
  '/tag/[slug]': (s) => [`/tag/${s.tag}`],
  '/trending': () => ['/trending'],
  '/sign-in': () => ['/sign-in'],
  '/feed.xml': () => ['/feed.xml'],
  '/news-sitemap.xml': () => ['/news-sitemap.xml'],
  '/sitemap.xml': () => ['/sitemap.xml'],
  '/sitemaps/[name]': () => ['/sitemaps/sections.xml', '/sitemaps/articles-1.xml'],
  '/robots.txt': () => ['/robots.txt'],
  '/api/auth/[...nextauth]': () => ['/api/auth/session', '/api/auth/providers', '/api/auth/csrf'],
  '/api/health': () => ['/api/health'],
  '/api/prices/latest': () => ['/api/prices/latest'],
  '/api/prices/stream': { none: 'an endless stream of price ticks, read from the price feed alone' },
  '/api/views': { none: 'POST only, answering with no body or a fixed refusal' },
  '/media/[file]': { none: 'stored images, by file name' },
};

/** Every address of READER_ADDRESSES for one story. */
export const readerAddresses = (story: Story, marker: string) => Object.values(READER_ADDRESSES).flatMap((addressesOf) => ('none' in addressesOf ? [] : addressesOf(story, marker)));
