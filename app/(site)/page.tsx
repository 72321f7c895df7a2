import Link from 'next/link';
import { ArticleCard } from '@/components/article/article-card';
import { LeadStory } from '@/components/article/lead-story';
import { NewsSidebar } from '@/components/layout/news-sidebar';
import { listHomeStories } from '@/db/queries/articles';
import { getSiteChrome } from '@/db/queries/site-chrome';
import { loadSidebar } from '@/lib/content/sidebar';
import { cacheListPage } from '@/lib/server/page-cache/declare';

const LATEST = 10;

export default async function HomePage() {
  cacheListPage();
  const [{ latest: [lead, ...latest], byCategory }, { categories }, sidebar] = await Promise.all([
    listHomeStories({ latest: LATEST + 1, perCategory: 3 }),
    getSiteChrome(),
    loadSidebar(),
  ]);
  return (
    <>
      <h1 className="sr-only">Tickerwire: crypto and markets news</h1>
      {lead && <LeadStory article={lead} />}
      <div className="mt-10 grid gap-10 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <section aria-labelledby="latest">
            <h2 id="latest" className="text-2xl font-black tracking-tight">
              Latest news
            </h2>
            {latest.map((article) => (
              <ArticleCard key={article.id} article={article} headingLevel="h3" withImage />
            ))}
            <Link href="/latest?page=2" className="mt-4 inline-flex min-h-11 items-center font-semibold text-brand-700 hover:underline dark:text-brand-300">
              More latest news →
            </Link>
          </section>
          {categories.map((category) => {
            const stories = byCategory.filter((a) => a.category?.slug === category.slug);
            if (stories.length === 0) return null;
            return (
              <section key={category.slug} aria-labelledby={`section-${category.slug}`} className="mt-12">
                <div className="flex items-baseline justify-between border-b-2 border-zinc-900 pb-1 dark:border-zinc-100">
                  <h2 id={`section-${category.slug}`} className="text-2xl font-black tracking-tight">
                    {category.name}
                  </h2>
                  <Link href={`/category/${category.slug}`} className="flex min-h-11 items-center text-sm font-semibold text-brand-700 hover:underline dark:text-brand-300">
                    All {category.name}
                    <span className="sr-only"> stories</span>
                  </Link>
                </div>
                {stories.map((article) => (
                  <ArticleCard key={article.id} article={article} headingLevel="h3" />
                ))}
              </section>
            );
          })}
        </div>
        <NewsSidebar {...sidebar} />
      </div>
    </>
  );
}
