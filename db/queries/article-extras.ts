import { sql } from 'drizzle-orm';
import { z } from 'zod';
import { db } from '../index';
import { cardSchema } from './card-json';
import { pricesAtPublicationJson, pricesAtPublicationSchema } from './prices';
import { relatedJson } from './related';

const extras = z.object({ related: z.array(cardSchema), prices: pricesAtPublicationSchema });

/** What an article page shows beside the article itself: related stories and coin prices then and now, in one statement. */
export async function listArticleExtras(articleId: number, relatedLimit: number) {
  const [row] = await db.execute(sql`
    select ${relatedJson(articleId, relatedLimit)} as related, ${pricesAtPublicationJson(articleId)} as prices`);
  return extras.parse(row);
}
