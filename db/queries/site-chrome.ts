import { sql } from 'drizzle-orm';
import { cache } from 'react';
import { z } from 'zod';
import { db } from '../index';
import { categories } from '../schema';
import { quotesJson, quotesSchema } from './prices';
import { trendingJson, trendingSchema } from './trending';

// The price strip shows this many coins; the sidebar's price box the first few of them.
const STRIP_QUOTES = 8;
// The sidebar: reads of the last 48 hours, halving in weight every 12 hours.
const SIDEBAR_TRENDING = { hours: 48, halfLifeHours: 12, limit: 5 };

const chrome = z.object({
  categories: z.array(z.object({ slug: z.string(), name: z.string(), description: z.string() })),
  quotes: quotesSchema,
  trending: trendingSchema,
});

/**
 * What the layout and the sidebar show around every public page (sections, prices, trending stories), in one
 * statement, once per request however many components ask.
 */
export const getSiteChrome = cache(async () => {
  const [row] = await db.execute(sql`
    select
      (select coalesce(json_agg(json_build_object('slug', ${categories.slug}, 'name', ${categories.name}, 'description', ${categories.description})
         order by ${categories.position}, ${categories.name}), '[]'::json) from ${categories}) as categories,
      ${quotesJson(STRIP_QUOTES)} as quotes,
      ${trendingJson(SIDEBAR_TRENDING)} as trending`);
  return chrome.parse(row);
});
