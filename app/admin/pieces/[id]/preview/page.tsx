import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { getArticleForPreview } from '@/db/queries/articles';
import { listPricesAtPublication } from '@/db/queries/prices';

export const metadata = { title: 'Preview', robots: { index: false } };

// Inside /admin, so the layout has already required a signed-in staff member.
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
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
