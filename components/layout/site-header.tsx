import Link from 'next/link';
import { MobileMenu } from './mobile-menu';

type Props = { categories: { slug: string; name: string }[] };

function SearchForm({ id, label }: { id: string; label: string }) {
  return (
    <form action="/search" role="search" aria-label={label} className="flex">
      <label htmlFor={id} className="sr-only">
        Search news
      </label>
      <input
        id={id}
        name="q"
        type="search"
        placeholder="Search news"
        maxLength={200}
        className="min-h-11 w-full min-w-0 rounded-l border border-zinc-300 bg-white px-3 text-base dark:border-zinc-700 dark:bg-zinc-900"
      />
      <button type="submit" className="min-h-11 rounded-r bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700">
        Search
      </button>
    </form>
  );
}

export function SiteHeader({ categories }: Props) {
  const links = categories.map((category) => ({ href: `/category/${category.slug}`, label: category.name }));
  return (
    <header className="border-b border-zinc-200 dark:border-zinc-800">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
        <Link href="/" className="flex min-h-11 items-center text-2xl font-black tracking-tight">
          Ticker<span className="text-brand-700 dark:text-brand-300">wire</span>
        </Link>
        <div className="hidden w-80 md:block">
          <SearchForm id="search-desktop" label="Site search" />
        </div>
        <MobileMenu>
          <div className="absolute inset-x-0 z-20 mt-2 border-b border-zinc-200 bg-white px-4 pb-4 shadow-lg dark:border-zinc-800 dark:bg-zinc-950">
            <div className="pt-3">
              <SearchForm id="search-mobile" label="Site search in the menu" />
            </div>
            <nav aria-label="Sections" className="mt-3">
              <ul className="grid grid-cols-2 gap-1">
                {[...links, { href: '/trending', label: 'Trending' }, { href: '/prices', label: 'Prices' }].map((link) => (
                  <li key={link.href}>
                    <Link href={link.href} className="flex min-h-11 items-center rounded px-2 font-medium hover:bg-zinc-100 dark:hover:bg-zinc-900">
                      {link.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </MobileMenu>
      </div>
      <nav aria-label="Categories" className="hidden border-t border-zinc-100 md:block dark:border-zinc-900">
        <ul className="mx-auto flex max-w-6xl gap-1 px-2 text-sm font-medium">
          {links.map((link) => (
            <li key={link.href}>
              <Link href={link.href} className="flex min-h-11 items-center rounded px-2 hover:bg-zinc-100 dark:hover:bg-zinc-900">
                {link.label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
