import { clipText } from '@/lib/content/clip';

// The public name, as lib/content/seo.ts has it: that module reads the server's environment, so it stays out of the browser.
const SITE_NAME = 'Tickerwire';

type Props = { title: string; slug: string; description: string; image: string };

/** How the piece will look as a search result and as a shared card, from its SEO fields, headline, dek and cover. */
export function SeoPreview({ title, slug, description, image }: Props) {
  const shownTitle = title.trim() || 'Headline';
  const shownDescription = description.trim() || 'The dek or the SEO description appears here.';
  return (
    <section aria-labelledby="seo-preview-heading" className="space-y-3 [overflow-wrap:anywhere] border-t border-zinc-200 pt-4 dark:border-zinc-800">
      <h2 id="seo-preview-heading" className="font-semibold">
        How it appears
      </h2>
      <div className="rounded border border-zinc-200 p-3 dark:border-zinc-800">
        <p className="text-sm text-zinc-600 dark:text-zinc-400">Search result</p>
        <p className="mt-1 truncate text-sm text-zinc-700 dark:text-zinc-300">{SITE_NAME} › news › {slug || 'made-from-the-headline'}</p>
        <p className="text-lg leading-snug text-blue-800 dark:text-blue-300">{clipText(shownTitle, 60)}</p>
        <p className="text-sm text-zinc-700 dark:text-zinc-300">{clipText(shownDescription, 160)}</p>
      </div>
      <div className="overflow-hidden rounded border border-zinc-200 dark:border-zinc-800">
        <p className="px-3 pt-2 text-sm text-zinc-600 dark:text-zinc-400">Social card</p>
        {/* The stored file as is: a preview of what networks fetch, not a page image for readers. */}
        {/* eslint-disable-next-line @next/next/no-img-element */}
        <img src={image || '/og-default.png'} alt="" className="mt-2 aspect-[1200/630] w-full object-cover" />
        <div className="bg-zinc-50 p-3 dark:bg-zinc-900">
          <p className="text-xs uppercase tracking-wide text-zinc-600 dark:text-zinc-400">{SITE_NAME}</p>
          <p className="font-semibold leading-snug">{clipText(shownTitle, 70)}</p>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">{clipText(shownDescription, 120)}</p>
        </div>
      </div>
    </section>
  );
}
