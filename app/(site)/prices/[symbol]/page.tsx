import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, permanentRedirect } from 'next/navigation';
import { ArticleCard } from '@/components/article/article-card';
import { AsOf } from '@/components/prices/as-of';
import { LiveChange, LivePrice } from '@/components/prices/live-price';
import { PriceChart } from '@/components/prices/price-chart';
import { listPublishedArticles } from '@/db/queries/articles';
import { CHART_RANGES, getCoin, listChartPoints, listLatestQuotes, type ChartRange } from '@/db/queries/prices';
import { priceFreshness } from '@/lib/prices/freshness';

type Props = { params: Promise<{ symbol: string }>; searchParams: Promise<{ range?: string | string[] }> };

// Own keys only: `in` would take ?range=toString or ?range=__proto__ for a range.
const isRange = (value: unknown): value is ChartRange => typeof value === 'string' && Object.hasOwn(CHART_RANGES, value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const coin = await getCoin((await params).symbol.toUpperCase());
  if (!coin) return {};
  return { title: `${coin.name} (${coin.symbol}) price and news`, alternates: { canonical: `/prices/${coin.symbol.toLowerCase()}` } };
}

export default async function CoinPage({ params, searchParams }: Props) {
  const { symbol: raw } = await params;
  const { range: rawRange } = await searchParams;
  if (rawRange !== undefined && !isRange(rawRange)) notFound();
  const range: ChartRange = rawRange ?? '7d';
  // ASCII only: 'ı'.toUpperCase() is 'I', and /prices/lınk is no address of LINK's.
  const coin = /^[a-z0-9]+$/i.test(raw) ? await getCoin(raw.toUpperCase()) : null;
  if (!coin) notFound();
  // One address per coin: /prices/BTC and /prices/Btc lead to /prices/btc.
  const canonical = coin.symbol.toLowerCase();
  if (raw !== canonical) permanentRedirect(`/prices/${canonical}${rawRange === undefined ? '' : `?range=${range}`}`);

  const [quote, points, news] = await Promise.all([
    listLatestQuotes().then((quotes) => quotes.find((q) => q.symbol === coin.symbol)),
    listChartPoints(coin.symbol, range),
    listPublishedArticles({ coin: coin.symbol, limit: 8 }),
  ]);
  return (
    <div className="grid gap-10 lg:grid-cols-3">
      <div className="lg:col-span-2">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700 dark:text-brand-300">
          <Link href="/prices">Crypto prices</Link>
        </p>
        <h1 className="mt-1 text-3xl font-black tracking-tight">
          {coin.name} <span className="text-zinc-600 dark:text-zinc-400">{coin.symbol}</span>
        </h1>
        {quote && (
          <div className="mt-3 flex flex-wrap items-baseline gap-x-4 text-2xl font-bold">
            <LivePrice symbol={coin.symbol} price={quote.priceUsd} />
            <span className="text-lg">
              <LiveChange symbol={coin.symbol} price={quote.priceUsd} change={quote.change24hPct} />
            </span>
            <AsOf {...priceFreshness([quote])!} />
          </div>
        )}
        <nav aria-label="Chart range" className="mt-6 flex gap-2">
          {Object.entries(CHART_RANGES).map(([key, { label }]) => (
            <Link
              key={key}
              href={`/prices/${canonical}?range=${key}`}
              aria-current={key === range ? 'page' : undefined}
              className="inline-flex min-h-11 min-w-11 items-center justify-center rounded border border-zinc-300 px-3 font-semibold aria-[current=page]:bg-zinc-900 aria-[current=page]:text-white dark:border-zinc-700 dark:aria-[current=page]:bg-zinc-100 dark:aria-[current=page]:text-zinc-900"
            >
              {label}
            </Link>
          ))}
        </nav>
        <div className="mt-4">
          <PriceChart points={points} label={`${coin.name} price, ${CHART_RANGES[range].label}`} />
        </div>
      </div>
      <section aria-labelledby="coin-news">
        <h2 id="coin-news" className="text-xl font-bold">
          Latest {coin.name} news
        </h2>
        {news.length === 0 ? <p className="mt-2 text-zinc-700 dark:text-zinc-300">No stories tagged {coin.name} yet.</p> : news.map((article) => <ArticleCard key={article.id} article={article} headingLevel="h3" />)}
      </section>
    </div>
  );
}
