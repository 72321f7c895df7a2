import Link from 'next/link';

const links = [
  { href: '/trending', label: 'Trending' },
  { href: '/prices', label: 'Crypto prices' },
  { href: '/search', label: 'Search' },
  { href: '/feed.xml', label: 'RSS feed', file: true },
  { href: '/sitemap.xml', label: 'Sitemap', file: true },
];

export function SiteFooter({ categories }: { categories: { slug: string; name: string }[] }) {
  return (
    <footer className="mt-16 border-t border-zinc-200 py-8 text-sm text-zinc-700 dark:border-zinc-800 dark:text-zinc-300">
      <div className="mx-auto grid max-w-6xl gap-6 px-4 sm:grid-cols-3">
        <div>
          <p className="text-lg font-black text-zinc-900 dark:text-zinc-100">Tickerwire</p>
          <p className="mt-2">Independent crypto and markets news. Nothing here is investment advice.</p>
        </div>
        <nav aria-label="Sections in the footer">
          <ul className="grid grid-cols-2 gap-x-4">
            {categories.map((category) => (
              <li key={category.slug}>
                <Link href={`/category/${category.slug}`} className="flex min-h-11 items-center hover:underline">
                  {category.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav aria-label="More from Tickerwire">
          <ul>
            {links.map(({ href, label, file }) => {
              // A file, not a page: a plain link, so the router neither prefetches it (the whole feed) nor tries to render it.
              const Anchor = file ? 'a' : Link;
              return (
                <li key={href}>
                  <Anchor href={href} className="flex min-h-11 items-center hover:underline">
                    {label}
                  </Anchor>
                </li>
              );
            })}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
