import { notFound } from 'next/navigation';
import { ArticleView } from '@/components/article/article-view';
import { getArticleForPreview } from '@/db/queries/articles';
import { getPiece } from '@/db/queries/pieces';
import { listPricesAtPublication } from '@/db/queries/prices';
import { requireUser } from '@/lib/auth/session';
import { mayView } from '@/lib/newsroom/pieces';

export const metadata = { title: 'Preview', robots: { index: false } };

// The page checks the session itself: a client-side navigation request can render a page without its layout.
export default async function PreviewPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requireUser();
  const { id } = await params;
  const piece = /^\d{1,9}$/.test(id) ? await getPiece(Number(id)) : null;
  if (!piece) notFound();
  // The editor's rule, plus a writer's own piece in any status: nothing of someone else's draft is rendered.
  if (!mayView(user, piece)) return <p className="py-8">This piece is not yours to preview. Ask an editor.</p>;
  const article = await getArticleForPreview(piece.id);
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
