import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { SearchSnippet } from '@/components/article/search-snippet';
import { DateTime } from '@/components/ui/date-time';
import { Pagination } from '@/components/ui/pagination';
import { SEARCH_CANDIDATES } from '@/db/queries/search';
import { PAGE_SIZE, parsePage } from '@/lib/content/pagination';
import { searchResults } from '@/lib/content/search-results';
import { MAX_QUERY_LENGTH, parseQuery } from '@/lib/content/search';

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const q = parseQuery((await searchParams).q);
  return { title: q ? `Search: ${q}` : 'Search', robots: { index: false } };
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  const q = parseQuery(params.q);
  const page = parsePage(params.page);
  if (page === null) notFound();
  const results = q ? await searchResults.find(q, page) : null;
  // Past the last page there is nothing to show, not "no stories match".
  if (page > 1 && results?.hits.length === 0) notFound();
  return (
    <div className="max-w-3xl">
      <h1 className="text-3xl font-black tracking-tight">Search</h1>
      <form action="/search" role="search" aria-label="Search articles" className="mt-4 flex">
        <label htmlFor="search-page" className="sr-only">
          Search news
        </label>
        <input
          id="search-page"
          name="q"
          type="search"
          defaultValue={q ?? ''}
          maxLength={MAX_QUERY_LENGTH}
          className="min-h-11 w-full min-w-0 rounded-l border border-zinc-300 bg-white px-3 text-base dark:border-zinc-700 dark:bg-zinc-900"
        />
        <button type="submit" className="min-h-11 rounded-r bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
          Search
        </button>
      </form>
      <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">
        Tip: use &quot;quotes&quot; for a phrase, <kbd>or</kbd> for either word and <kbd>-word</kbd> to leave a word out.
      </p>

      {results && (
        <section aria-labelledby="results" className="mt-8">
          <h2 id="results" className="text-lg font-bold" aria-live="polite">
            {results.total === 0
              ? `No stories match “${q}”`
              : `${results.more ? 'More than ' : ''}${results.total.toLocaleString('en-US')} ${results.total === 1 ? 'story matches' : 'stories match'} “${q}”`}
          </h2>
          {results.more && (
            <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
              Showing the {SEARCH_CANDIDATES.toLocaleString('en-US')} newest, most relevant first. Add a word or a &quot;phrase&quot; to narrow it down.
            </p>
          )}
          {results.total === 0 ? (
            <div className="mt-3 text-zinc-700 dark:text-zinc-300">
              <p>Try fewer or more general words, check the spelling, or browse the latest stories instead.</p>
              <Link href="/latest" className="mt-3 inline-flex min-h-11 items-center font-semibold text-brand-700 hover:underline dark:text-brand-300">
                Browse the latest news →
              </Link>
            </div>
          ) : (
            <ol>
              {results.hits.map((hit) => (
                <li key={hit.id} className="border-b border-zinc-200 py-5 dark:border-zinc-800">
                  <Link href={`/news/${hit.slug}`} className="text-lg font-bold leading-snug hover:underline">
                    {hit.title}
                  </Link>
                  <SearchSnippet snippet={hit.snippet} />
                  <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
                    {hit.category?.name} · {hit.author.name} · <DateTime value={hit.publishedAt} />
                  </p>
                </li>
              ))}
            </ol>
          )}
          <Pagination page={page} hasNext={page * PAGE_SIZE < results.total} href={(p) => `/search?q=${encodeURIComponent(q!)}${p > 1 ? `&page=${p}` : ''}`} />
        </section>
      )}
    </div>
  );
}
