import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { getArticleForPreview } from '@/db/queries/articles';
import { listPricesAtPublication } from '@/db/queries/prices';
import { requireUser } from '@/lib/auth/session';

export const metadata = { title: 'Preview', robots: { index: false } };

// The page checks the session itself: a client-side navigation request can render a page without its layout.
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  await requireUser();
  const { id } = await params;
  const article = /^\d{1,9}$/.test(id) ? await getArticleForPreview(Number(id)) : null;
  if (!article) notFound();
  return (
    <>
      <p role="note" className="mb-6 rounded border border-amber-400 bg-amber-50 p-3 font-semibold dark:bg-amber-950">
        Preview: this is how readers will see the piece. It is not public until it is published.
      </p>
      <ArticleView article={article} prices={await listPricesAtPublication(article.id)} />
    </>
  );
}
