import { sql } from 'drizzle-orm';
import { db } from '../index';
import { parseCards } from './card-json';
import { pricesAtPublicationJson, type PriceAtPublication } from './prices';
import { relatedJson } from './related';

/** What an article page shows beside the article itself: related stories and coin prices then and now, in one statement. */
export async function listArticleExtras(articleId: number, relatedLimit: number) {
  const [row] = await db.execute<{ related: Parameters<typeof parseCards>[0]; prices: PriceAtPublication[] }>(sql`
    select ${relatedJson(articleId, relatedLimit)} as related, ${pricesAtPublicationJson(articleId)} as prices`);
  return { related: parseCards(row!.related), prices: row!.prices };
}
