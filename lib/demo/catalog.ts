// The fixed demo catalogue: categories, authors, tags and coins that the demo articles refer to by slug.

export const categories = [
  { slug: 'bitcoin', name: 'Bitcoin', description: 'The original cryptocurrency: network, adoption, ETFs and treasury holders.' },
  { slug: 'ethereum', name: 'Ethereum', description: 'Ethereum, its layer-2 networks, staking and the applications built on them.' },
  { slug: 'markets', name: 'Markets', description: 'Prices, flows, derivatives and the macro forces that move digital assets.' },
  { slug: 'mining', name: 'Mining', description: 'Hashrate, hardware, energy and the public companies that secure proof-of-work chains.' },
  { slug: 'regulation', name: 'Policy & Regulation', description: 'Lawmakers, regulators and courts shaping how crypto is built and sold.' },
  { slug: 'ai-infrastructure', name: 'AI & Infrastructure', description: 'Data centres, compute, power and the overlap between AI and crypto infrastructure.' },
] as const;

export const authors = [
  { slug: 'maya-okafor', name: 'Maya Okafor', bio: 'Markets editor. Covers digital-asset trading, funds and the macro calendar. Previously a rates reporter.' },
  { slug: 'daniel-reyes', name: 'Daniel Reyes', bio: 'Senior reporter for Bitcoin and mining. Tracks hashrate, miner balance sheets and energy deals.' },
  { slug: 'lena-fischer', name: 'Lena Fischer', bio: 'Policy correspondent in Brussels and Washington. Writes about MiCA, the SEC and stablecoin law.' },
  { slug: 'tomasz-wojcik', name: 'Tomasz Wójcik', bio: 'Ethereum and DeFi reporter. Follows protocol upgrades, rollups and on-chain lending.' },
  { slug: 'priya-natarajan', name: 'Priya Natarajan', bio: 'Infrastructure reporter covering AI compute, data-centre power and the firms pivoting to it.' },
  { slug: 'samuel-adeyemi', name: 'Samuel Adeyemi', bio: 'Research analyst. Writes data-driven pieces on derivatives, liquidity and market structure.' },
] as const;

// Tags with a coin symbol are coin tags: an article carrying one can show that coin's price.
export const tags = [
  { slug: 'bitcoin', name: 'Bitcoin', coin: 'BTC' },
  { slug: 'ether', name: 'Ether', coin: 'ETH' },
  { slug: 'solana', name: 'Solana', coin: 'SOL' },
  { slug: 'xrp', name: 'XRP', coin: 'XRP' },
  { slug: 'bnb', name: 'BNB', coin: 'BNB' },
  { slug: 'dogecoin', name: 'Dogecoin', coin: 'DOGE' },
  { slug: 'cardano', name: 'Cardano', coin: 'ADA' },
  { slug: 'stablecoins', name: 'Stablecoins' },
  { slug: 'spot-etfs', name: 'Spot ETFs' },
  { slug: 'defi', name: 'DeFi' },
  { slug: 'layer-2', name: 'Layer 2' },
  { slug: 'staking', name: 'Staking' },
  { slug: 'hashrate', name: 'Hashrate' },
  { slug: 'halving', name: 'Halving' },
  { slug: 'ai', name: 'AI' },
  { slug: 'data-centers', name: 'Data centres' },
  { slug: 'sec', name: 'SEC' },
  { slug: 'mica', name: 'MiCA' },
  { slug: 'macro', name: 'Macro' },
  { slug: 'federal-reserve', name: 'Federal Reserve' },
  { slug: 'derivatives', name: 'Derivatives' },
  { slug: 'liquidations', name: 'Liquidations' },
  { slug: 'tokenization', name: 'Tokenization' },
  { slug: 'custody', name: 'Custody' },
  { slug: 'security', name: 'Security' },
  { slug: 'energy', name: 'Energy' },
] as const;

// Price today, yearly volatility and circulating supply for the seeded hourly history (30 days, ending now).
// providerId is the coin's id at CoinGecko-style market-data APIs.
export const coins = [
  { symbol: 'BTC', name: 'Bitcoin', rank: 1, price: 104_800, volatility: 0.45, supply: 19_950_000, providerId: 'bitcoin' },
  { symbol: 'ETH', name: 'Ethereum', rank: 2, price: 3_550, volatility: 0.65, supply: 120_700_000, providerId: 'ethereum' },
  { symbol: 'XRP', name: 'XRP', rank: 3, price: 2.35, volatility: 0.8, supply: 60_000_000_000, providerId: 'ripple' },
  { symbol: 'BNB', name: 'BNB', rank: 4, price: 960, volatility: 0.55, supply: 139_000_000, providerId: 'binancecoin' },
  { symbol: 'SOL', name: 'Solana', rank: 5, price: 165, volatility: 0.8, supply: 550_000_000, providerId: 'solana' },
  { symbol: 'DOGE', name: 'Dogecoin', rank: 6, price: 0.18, volatility: 0.95, supply: 151_000_000_000, providerId: 'dogecoin' },
  { symbol: 'TRX', name: 'TRON', rank: 7, price: 0.29, volatility: 0.5, supply: 94_600_000_000, providerId: 'tron' },
  { symbol: 'ADA', name: 'Cardano', rank: 8, price: 0.58, volatility: 0.85, supply: 36_500_000_000, providerId: 'cardano' },
  { symbol: 'LINK', name: 'Chainlink', rank: 9, price: 15.8, volatility: 0.85, supply: 680_000_000, providerId: 'chainlink' },
  { symbol: 'AVAX', name: 'Avalanche', rank: 10, price: 18.5, volatility: 0.9, supply: 425_000_000, providerId: 'avalanche-2' },
  { symbol: 'LTC', name: 'Litecoin', rank: 11, price: 92, volatility: 0.75, supply: 76_000_000, providerId: 'litecoin' },
  { symbol: 'DOT', name: 'Polkadot', rank: 12, price: 2.9, volatility: 0.9, supply: 1_620_000_000, providerId: 'polkadot' },
] as const;

export type CategorySlug = (typeof categories)[number]['slug'];
export type AuthorSlug = (typeof authors)[number]['slug'];
export type TagSlug = (typeof tags)[number]['slug'];

export type DemoArticle = {
  slug: string;
  title: string;
  dek: string;
  category: CategorySlug;
  author: AuthorSlug;
  tags: TagSlug[];
  /** Age at seed time in days (fractions allowed); published_at = now - this. */
  publishedDaysAgo: number;
  /** Omitted for published pieces. */
  status?: 'draft';
  keyPoints: string[];
  summary: string;
  /** Markdown; sections start with `## ` headings. */
  body: string;
};
