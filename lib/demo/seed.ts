import { sql } from 'drizzle-orm';
import { DEFAULT_DISCLAIMER } from '@/lib/content/editorial';
import { bodyColumns } from '@/lib/content/body';
import { markdownToDocument } from '@/lib/content/document/markdown';
import { hashPassword } from '@/lib/auth/password';
import type { Database } from '@/db';
import { keepRevisions } from '@/db/queries/pieces';
import { rollUpCandles } from '@/db/queries/price-feed';
import { articles, articleTags, authors, categories, coins, pageViews, priceTicks, tags, users } from '@/db/schema';
import { type CategorySlug, authors as demoAuthors, categories as demoCategories, coins as demoCoins, tags as demoTags } from './catalog';
import { demoArticles } from './articles';
import { generatePriceHistory } from './prices';

// The demo accounts, documented in the README. Seeded only when demo users are asked for.
export const demoUsers = [
  { email: 'admin@tickerwire.test', name: 'Ada Admin', role: 'admin', password: 'admin-demo-2026', author: null },
  { email: 'editor@tickerwire.test', name: 'Maya Okafor', role: 'editor', password: 'editor-demo-2026', author: 'maya-okafor' },
  { email: 'writer@tickerwire.test', name: 'Daniel Reyes', role: 'writer', password: 'writer-demo-2026', author: 'daniel-reyes' },
] as const;

const SEED_LOCK = 7_316_002;

// Two pieces of abstract cover art per category live in public/covers/; the alt text describes what they show.
const coverColours: Record<CategorySlug, string> = {
  bitcoin: 'orange',
  ethereum: 'blue',
  markets: 'green',
  mining: 'red',
  regulation: 'violet',
  'ai-infrastructure': 'teal',
};
function demoCover(category: CategorySlug, index: number) {
  const variant = (index % 2) + 1;
  return {
    coverImageUrl: `/covers/${category}-${variant}.jpg`,
    coverImageAlt: `Illustration: a candlestick price chart over ${coverColours[category]} circles on a dark background`,
  };
}
const DAY_MS = 86_400_000;

/**
 * Fills an empty database with the demo newsroom. A database that already holds any article is left
 * untouched, so restarts never duplicate content or overwrite an editor's work.
 */
export async function seedDemoContent(db: Database, options: { now?: Date; withUsers: boolean }): Promise<boolean> {
  const now = options.now ?? new Date();
  const passwordHashes = options.withUsers ? await Promise.all(demoUsers.map((u) => hashPassword(u.password))) : [];
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const existing = await tx.select({ id: articles.id }).from(articles).limit(1);
    if (existing.length > 0) return false;

    await tx
      .insert(coins)
      .values(demoCoins.map(({ symbol, name, rank, providerId }) => ({ symbol, name, rank, providerId })))
      .onConflictDoNothing();
    await tx
      .insert(categories)
      .values(demoCategories.map((c, position) => ({ ...c, position })))
      .onConflictDoNothing();
    await tx.insert(tags).values(demoTags.map((t) => ({ slug: t.slug, name: t.name, coinSymbol: 'coin' in t ? t.coin : null }))).onConflictDoNothing();

    const userIds = new Map<string, number>();
    if (options.withUsers) {
      const inserted = await tx
        .insert(users)
        .values(demoUsers.map((u, i) => ({ email: u.email, name: u.name, role: u.role, passwordHash: passwordHashes[i]! })))
        .onConflictDoNothing()
        .returning({ id: users.id, email: users.email });
      for (const u of inserted) userIds.set(u.email, u.id);
    }
    const authorUser = (slug: string) => {
      const user = demoUsers.find((u) => u.author === slug);
      return user ? (userIds.get(user.email) ?? null) : null;
    };
    await tx
      .insert(authors)
      .values(demoAuthors.map((a) => ({ ...a, userId: authorUser(a.slug) })))
      .onConflictDoNothing();

    const ids = async <T extends { slug: string; id: number }>(rows: Promise<T[]>) => new Map((await rows).map((r) => [r.slug, r.id]));
    const categoryIds = await ids(tx.select({ slug: categories.slug, id: categories.id }).from(categories));
    const authorIds = await ids(tx.select({ slug: authors.slug, id: authors.id }).from(authors));
    const tagIds = await ids(tx.select({ slug: tags.slug, id: tags.id }).from(tags));

    const insertedArticles = await tx
      .insert(articles)
      .values(
        demoArticles.map((a, index) => {
          const publishedAt = new Date(now.getTime() - a.publishedDaysAgo * DAY_MS);
          const draft = a.status === 'draft';
          return {
            slug: a.slug,
            title: a.title,
            dek: a.dek,
            keyPoints: a.keyPoints,
            ...bodyColumns(markdownToDocument(a.body)),
            summary: a.summary,
            summarySource: 'editor' as const,
            disclaimer: DEFAULT_DISCLAIMER,
            ...demoCover(a.category, index),
            categoryId: categoryIds.get(a.category)!,
            authorId: authorIds.get(a.author)!,
            status: draft ? ('draft' as const) : ('published' as const),
            publishedAt: draft ? null : publishedAt,
            createdAt: publishedAt,
            updatedAt: publishedAt,
          };
        }),
      )
      .onConflictDoNothing()
      .returning({ id: articles.id, slug: articles.slug });
    const articleIds = new Map(insertedArticles.map((r) => [r.slug, r.id]));
    // Each piece's history starts from the text it was seeded with, so its first edit can be compared and undone.
    await keepRevisions(tx, [...articleIds.values()], null);
    await tx
      .insert(articleTags)
      .values(
        demoArticles.flatMap((a) =>
          articleIds.has(a.slug) ? a.tags.map((tag) => ({ articleId: articleIds.get(a.slug)!, tagId: tagIds.get(tag)! })) : [],
        ),
      )
      .onConflictDoNothing();

    // Three days of reads so "Trending" has something to rank: a stable, hash-derived popularity per story.
    await tx.execute(sql`
      insert into ${pageViews} (article_id, hour, views)
      select a.id, h.hour, (abs(hashtext(a.slug)) % 7) * (abs(hashtext(a.slug || h.hour::text)) % 5)
      from ${articles} a
      cross join generate_series(date_trunc('hour', ${now.toISOString()}::timestamptz) - interval '71 hours', date_trunc('hour', ${now.toISOString()}::timestamptz), interval '1 hour') h(hour)
      where a.status = 'published' and a.published_at <= h.hour and a.published_at > ${now.toISOString()}::timestamptz - interval '30 days'
      on conflict do nothing`);

    const history = generatePriceHistory(now);
    for (let i = 0; i < history.length; i += 2_000) {
      await tx.insert(priceTicks).values(history.slice(i, i + 2_000)).onConflictDoNothing();
    }
    // Candles too, so charts have their history before the price worker first runs.
    await rollUpCandles(tx, '5m', history[0]!.time);
    await rollUpCandles(tx, '1d', history[0]!.time);
    return true;
  });
}
