import type { DemoArticle } from '../catalog';

export const bitcoinArticles: DemoArticle[] = [
  {
    slug: 'long-term-holders-sell-into-decline-as-accumulation-wallets-absorb-bitcoin',
    title: 'Long-term holders sell into the decline as accumulation wallets absorb bitcoin near $105,000',
    dek: 'Coins held for more than 155 days fell by roughly 390,000 BTC in a month, but wallets with no history of selling took in most of that supply, on-chain data show.',
    category: 'bitcoin',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'macro', 'spot-etfs'],
    publishedDaysAgo: 0.2,
    status: 'draft',
    keyPoints: [
      'Supply held by long-term holders fell by about 390,000 BTC over 30 days to roughly 14.1 million BTC, the steepest monthly drawdown since March 2024.',
      'Accumulation addresses, which have received coins at least twice and never spent, added about 274,000 BTC over the same period.',
      'Bitcoin is trading near $105,000, below the estimated short-term holder cost basis of about $111,400.',
      'Analysts expect thin Thanksgiving liquidity and the Federal Reserve decision on 9-10 December to shape the next move.',
    ],
    summary: 'Long-term bitcoin holders have distributed about 390,000 BTC since the 24 October record of $125,300, according to on-chain data, while accumulation wallets have absorbed around 70% of that supply. The handover has kept bitcoin near $105,000 even as ETF outflows continue, though the price remains below the average cost of recent buyers.',
    body: `Investors who have held bitcoin the longest are selling into the month-long decline from October's record, but a cohort of wallets that have never sold is taking most of those coins, according to on-chain data published on Thursday. The transfer has helped bitcoin hold a range around **$105,000** after a 16% slide from its all-time high of about $125,300 on 24 October.

Supply held by so-called long-term holders, addresses that have kept coins for more than 155 days, fell by roughly 390,000 BTC over the past 30 days to about 14.1 million BTC, data from on-chain analytics firm Palisade Onchain show. That is the largest 30-day decline in the cohort since March 2024, when bitcoin first broke above its previous cycle peak.

## Who is selling

The distribution is concentrated among coins that were last moved between 2022 and early 2024, Palisade said, a group that bought at prices far below current levels. Their realised profits over the past month total an estimated **$14.8 billion**, the firm calculated, with daily profit-taking peaking at $1.2 billion on 27 October, three days after the record.

Selling by older holders into a rising market is typical late in a rally, and it has tended to continue into pullbacks. What is different this time, analysts say, is that the coins are not piling up on exchanges. Bitcoin balances on centralised exchanges tracked by Palisade fell by about 41,000 BTC over the month to 2.29 million BTC, suggesting many transfers are going to custodians and over-the-counter desks rather than order books.

> "Long-term holders are doing what they usually do near a cycle high, which is sell into demand," said Ines Varga, head of research at Palisade Onchain. "The question is whether the buyers on the other side are patient money or momentum money, and so far the data point towards patient."

## Accumulation wallets step in

Addresses Palisade classifies as accumulation wallets, those that have received bitcoin at least twice, hold more than 10 BTC and have never made an outgoing transaction, added about **274,000 BTC** over the same 30 days. That equals roughly 70% of the long-term holder drawdown and is the cohort's fastest intake since the first quarter of 2025.

The weekly pattern shows the handover accelerating as prices fell:

| Week ending | Long-term holder change | Accumulation wallet change | BTC close |
|---|---|---|---|
| 1 Nov | -112,000 BTC | +58,000 BTC | $117,900 |
| 8 Nov | -104,000 BTC | +66,000 BTC | $112,300 |
| 15 Nov | -93,000 BTC | +71,000 BTC | $108,600 |
| 22 Nov | -81,000 BTC | +79,000 BTC | $105,400 |

Some of the intake is structural. Custodians serving spot exchange-traded funds and corporate treasuries often consolidate coins into fresh cold-storage addresses, which appear as new accumulation wallets even when no new buyer is involved. Palisade said it strips out addresses it can link to known ETF custodians, but acknowledged the classification is imperfect.

## Recent buyers under water

The weak spot in the picture is the short-term holder cohort, which bought within the last 155 days. Its average on-chain cost basis is about **$111,400**, Palisade estimates, leaving the group with unrealised losses of around 6% at current prices. In past cycles, extended periods below that level have coincided with capitulation selling by newer entrants.

Daniel Osei, a digital-asset strategist at Stonebridge Digital Research, said the $100,000 area is the level traders are watching. "There is a large cluster of coins that last changed hands between $98,000 and $102,000," he said. "If that holds, the market has absorbed the long-term supply without breaking. If it gives way, the short-term cohort is likely to sell."

Key levels cited by analysts include:

- **$111,400**, the short-term holder cost basis, which now acts as overhead resistance
- **$100,000**, a psychological level with heavy on-chain volume
- **$93,500**, the average purchase price of coins bought since January

## What comes next

Flows from US spot bitcoin ETFs have been negative for three consecutive weeks, removing a source of demand that helped fuel the October rally. Trading volumes are also expected to be light through the Thanksgiving holiday, with US equity markets closed on Thursday and open for a half-session on Friday.

Beyond the holiday, attention turns to the Federal Reserve's policy decision on 9-10 December. Futures markets are pricing a roughly even chance of a further quarter-point cut, and analysts said a hawkish outcome could test whether accumulation wallets keep buying at the current pace.`,
  },
  {
    slug: 'us-spot-bitcoin-etfs-log-third-straight-week-of-net-outflows',
    title: 'US spot bitcoin ETFs log a third straight week of net outflows as price sits 16% below record',
    dek: 'The funds shed $930 million in the week to 20 November and a further $410 million on Monday and Tuesday, taking three-week withdrawals to about $3.7 billion.',
    category: 'bitcoin',
    author: 'maya-okafor',
    tags: ['bitcoin', 'spot-etfs', 'derivatives', 'federal-reserve'],
    publishedDaysAgo: 1.4,
    keyPoints: [
      'US spot bitcoin ETFs recorded net outflows of about $930 million in the week ended 20 November, the third negative week in a row.',
      'Withdrawals over the three weeks total roughly $3.69 billion, reversing most of the $4.28 billion that arrived in the two weeks before the 24 October record.',
      'The largest fund, the Harborline Bitcoin Trust, accounted for $412 million of last week\'s outflows.',
      'A narrowing CME futures basis, now about 5.1% annualised, suggests part of the selling reflects hedge funds unwinding cash-and-carry trades.',
    ],
    summary: 'US spot bitcoin exchange-traded funds posted a third straight week of net outflows, losing about $930 million in the week to 20 November and $3.69 billion across three weeks. Bitcoin trades near $105,000, about 16% below its October record, and analysts point to basis-trade unwinds and caution ahead of the Fed\'s December meeting.',
    body: `US spot bitcoin exchange-traded funds recorded a third consecutive week of net outflows, extending a retreat by institutional buyers that has coincided with bitcoin's slide from its October record. The funds lost a combined **$930 million** in the week ended 20 November, according to issuer data compiled by Tidewater Asset Research, after outflows of $1.12 billion and $1.64 billion in the two preceding weeks.

Withdrawals continued into the holiday-shortened week, with a further $410 million leaving on Monday and Tuesday. Bitcoin traded around $105,200 on Wednesday, roughly 16% below the all-time high of about $125,300 it reached on 24 October.

## Three weeks of redemptions

Across the three full weeks, net outflows total about **$3.69 billion**, unwinding most of the $4.28 billion the funds gathered in the fortnight that ended with the record. Cumulative net inflows since the products launched in January 2024 stand at roughly $58.2 billion, down from a peak of $61.9 billion at the end of October.

| Week ending | Net flow | BTC weekly close |
|---|---|---|
| 16 Oct | +$2.41bn | $118,700 |
| 23 Oct | +$1.87bn | $124,100 |
| 30 Oct | +$0.36bn | $119,800 |
| 6 Nov | -$1.12bn | $113,400 |
| 13 Nov | -$1.64bn | $109,200 |
| 20 Nov | -$0.93bn | $106,100 |
| 23-24 Nov | -$0.41bn | n/a (partial week) |

Total assets held by the funds have fallen to about $131.6 billion from more than $160 billion at the peak, reflecting both the price decline and the redemptions. Their combined holdings are near 1.25 million BTC, down about 33,000 BTC from late October.

## Flows by fund

Outflows were concentrated in the largest and most liquid products, which are typically used by hedge funds and other tactical traders. Figures for the week ended 20 November:

- **Harborline Bitcoin Trust (HRBT):** -$412 million
- **Cobalt Peak Spot Bitcoin ETF (CPBT):** -$286 million
- **Northvale Bitcoin Fund (NVBF):** -$171 million
- **Lantern Street Bitcoin ETF (LSBT):** +$38 million
- All other funds combined: -$99 million

Lantern Street, the lowest-cost product in the group with a 0.12% annual fee, was the only fund to take in new money for the week. Its issuer said adviser platforms that added the fund to model portfolios in the third quarter have continued to make scheduled allocations.

## Basis trade unwinds

Part of the selling appears to reflect hedge funds closing positions in which they hold ETF shares and short bitcoin futures to capture the price gap between the two. The annualised premium on one-month CME bitcoin futures has narrowed to about **5.1%**, from roughly 9% in mid-October, reducing the appeal of the trade. Open interest in CME bitcoin futures has fallen by about 14% over the same period.

> "When the basis compresses this far, it no longer covers funding costs for a lot of desks, so they close both legs at once," said Rhea Castellano, head of ETF research at Tidewater. "That shows up as outflows even though it says little about directional conviction."

Castellano estimated that between a third and a half of the recent redemptions could be linked to basis positions, based on changes in CME open interest and the holdings of large funds reported in quarterly filings.

## Macro backdrop

Other investors appear to be reducing risk ahead of the Federal Reserve's decision on 9-10 December. Fed funds futures are pricing a little under a 50% chance of a quarter-point cut, down from near certainty a month ago, after firmer-than-expected inflation data in early November.

Marcus Lindqvist, a cross-asset strategist at Quillfeather Capital, said the funds' flows have tracked moves in real yields more closely than crypto-specific news this autumn. "Allocators who treat bitcoin as a liquidity asset are waiting for the Fed," he said. "Until the rate path is clearer, we would not expect a sustained return of inflows."

US markets are closed on Thursday for Thanksgiving and trade a shortened session on Friday, which is likely to keep volumes thin into the weekend.`,
  },
  {
    slug: 'corvane-holdings-pauses-bitcoin-purchases-as-mnav-falls-below-one',
    title: 'Corvane Holdings pauses bitcoin purchases as its stock slips below the value of its coins',
    dek: 'The Nasdaq-listed treasury company now trades at 0.84 times its 41,250 BTC, closing off the share-issuance route that funded its buying and testing the model across the sector.',
    category: 'bitcoin',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'macro', 'custody'],
    publishedDaysAgo: 6,
    keyPoints: [
      'Corvane Holdings said it has suspended bitcoin purchases after its market value fell to about 0.84 times the value of its 41,250 BTC.',
      'The company authorised a $250 million share buyback and said it would not sell bitcoin to fund it.',
      'Corvane carries $1.15 billion of convertible notes and $800 million of preferred stock, with fixed annual payments of about $89 million.',
      'Ledgerline Research estimates that 61% of the 142 listed companies it tracks with bitcoin on their balance sheets now trade below an mNAV of 1.0.',
    ],
    summary: 'Corvane Holdings, one of the larger listed bitcoin treasury companies, has paused bitcoin purchases after its shares fell below the value of its holdings. The mNAV ratio of 0.84 means new share sales would dilute holders per coin, removing the main engine behind the treasury-company model as bitcoin trades about 15% below its October record.',
    body: `Corvane Holdings, a Nasdaq-listed company that has turned itself into a bitcoin holding vehicle over the past two years, said on Friday it has suspended purchases of the cryptocurrency after its shares fell below the value of the coins it owns. The company holds **41,250 BTC**, worth about $4.37 billion at a bitcoin price near $106,000, while its market capitalisation stood at about $3.67 billion at Thursday's close.

That puts Corvane's multiple of net asset value, or mNAV, at roughly **0.84**, down from 1.85 at the end of June. The company also authorised a buyback of up to $250 million of its common stock, and said it would fund repurchases from cash and not from sales of bitcoin.

## Why the premium mattered

Corvane's strategy, like that of dozens of imitators, relied on its shares trading at a premium to its bitcoin. When the stock is valued at more than the coins behind it, the company can sell new shares through an at-the-market programme and use the proceeds to buy bitcoin, increasing the amount of bitcoin attributable to each share. Below 1.0, the arithmetic reverses: every new share sold dilutes existing holders' claim on the coins.

The company's holdings and valuation over the past year show how quickly the premium has faded:

| Date | BTC held | Average cost | mNAV |
|---|---|---|---|
| 31 Dec 2025 | 18,600 | $88,900 | 1.41 |
| 31 Mar 2026 | 24,900 | $90,700 | 1.62 |
| 30 Jun 2026 | 33,800 | $93,800 | 1.85 |
| 30 Sep 2026 | 40,100 | $96,000 | 1.31 |
| 19 Nov 2026 | 41,250 | $96,400 | 0.84 |

Corvane's shares have fallen 58% from their July peak, a steeper decline than the roughly 15% drop in bitcoin from its record of about $125,300 on 24 October. The company's average purchase price of $96,400 leaves its bitcoin still about 10% in profit.

## Fixed costs and the balance sheet

The pause raises questions about how Corvane will service the securities it issued while the premium lasted. The company has **$1.15 billion** of convertible notes maturing in 2030 and 2031 and $800 million of perpetual preferred stock carrying a 9% dividend. Together they require about $89 million a year in interest and dividends.

Corvane said it holds $140 million in cash, enough to cover roughly 19 months of those payments, and that its software subsidiary generates modest operating cash flow. The convertible notes are not secured by the bitcoin and carry no margin-call provisions, a point the company emphasised in its statement.

> "The balance sheet is not under pressure today, but the growth engine has stalled," said Hannah Brightwell, an equity analyst covering digital-asset companies at Arclight Securities. "A treasury company below 1.0 has three options: buy back stock, wait for the premium to return, or sell coins. Only the first two protect shareholders per bitcoin."

## A sector-wide test

Corvane is not alone. Ledgerline Research, which tracks 142 listed companies that hold bitcoin as a treasury asset, estimates that **61%** now trade below an mNAV of 1.0, compared with 18% at the end of the second quarter. The median mNAV across the group has fallen to 0.93 from 1.46 in June.

Analysts point to several pressures on the model:

- Investors can now own bitcoin directly through spot ETFs charging fees of 0.25% or less, reducing the scarcity value of equity proxies.
- Large volumes of new treasury-company shares issued in 2025 and 2026 have increased supply relative to demand.
- Index providers have tightened rules on including companies whose assets are mostly digital, limiting passive buying.

Some smaller holders have already sold bitcoin to fund buybacks or repay loans, and Ledgerline counts 11 companies that reduced their holdings in October and November. Those sales have been small relative to daily trading volumes, but analysts said a broader wave of forced selling would weigh on sentiment.

## What to watch

Corvane said it would resume purchases only if its mNAV returned above 1.2 for a sustained period, or if it could raise capital on terms it described as accretive per share. The company did not rule out issuing additional preferred stock, which does not dilute common holders directly but adds to fixed obligations.

Shares rose 6% in Friday morning trading after the buyback announcement. Investors will also be watching the Federal Reserve's policy decision on 9-10 December, since lower rates tend to support demand for both bitcoin and the high-yield preferred securities that treasury companies have used to raise money.`,
  },
  {
    slug: 'sendero-pay-reports-record-lightning-volume-from-latin-american-and-african-merchants',
    title: 'Sendero Pay reports record Lightning volume as Latin American and African merchants drive growth',
    dek: 'The payments processor handled $186 million across 5.9 million Lightning payments in October, up 31% from September, as public network capacity edged to a new high.',
    category: 'bitcoin',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'layer-2', 'stablecoins'],
    publishedDaysAgo: 13,
    keyPoints: [
      'Sendero Pay processed about $186 million in Lightning payments in October, a monthly record and 31% more than in September.',
      'Merchants in Latin America accounted for 58% of volume and those in Africa for 34%, with a median payment of $14.',
      'First-attempt routing success reached 97.6%, and the median routing fee paid was about 0.03% of the payment value.',
      'Public Lightning capacity rose to roughly 5,260 BTC across about 47,800 channels, according to Glasswing Chain Analytics.',
    ],
    summary: 'Sendero Pay, a processor serving merchants in Latin America and Africa, said it handled a record $186 million in Lightning Network payments in October, up 31% from September. Routing reliability improved and public network capacity reached a new high, though analysts caution that merchant adoption remains concentrated in a handful of markets.',
    body: `Sendero Pay, a payments processor that lets merchants accept bitcoin over the Lightning Network, said on Friday it handled a record **$186 million** in payments in October, up 31% from September and about 2.4 times the volume of a year earlier. The number of individual payments rose 28% month on month to 5.9 million.

The Bogotá-based company, which also operates in Lagos and Nairobi, said most of the growth came from small merchants settling everyday purchases rather than from traders moving funds between exchanges. The median payment was **$14**, roughly unchanged from earlier in the year.

## Where the payments come from

Latin America accounted for 58% of October volume and Africa for 34%, with the remainder spread across Southeast Asia and Europe. Argentina, Brazil and El Salvador were the largest Latin American markets, while Nigeria and Kenya led in Africa. Sendero said it added about 9,400 merchants in October, bringing its active base to roughly 71,000.

Monthly figures released by the company show steady growth through the second half of the year:

| Month | Payments | Volume | Median payment |
|---|---|---|---|
| July 2026 | 3.9 million | $118 million | $13 |
| August 2026 | 4.2 million | $129 million | $13 |
| September 2026 | 4.6 million | $142 million | $14 |
| October 2026 | 5.9 million | $186 million | $14 |

Sendero attributed part of October's jump to bitcoin's rally to an all-time high of about $125,300 on 24 October, which it said encouraged customers who hold bitcoin to spend some of it. Volume in the first 12 days of November has run about 6% below October's daily average as the price retreated.

## Stablecoins over Lightning

A growing share of payments does not involve bitcoin price exposure for either side. About **11%** of Sendero's October volume consisted of dollar-denominated stablecoins transferred over Lightning channels using the Taproot Assets protocol, up from 4% in July. The company said merchants in high-inflation economies often prefer to receive dollars while customers pay from bitcoin or stablecoin balances.

> "The merchant doesn't care what rail the money moves on, only that it arrives in seconds and costs less than a card," said Valentina Ruiz, Sendero's chief operating officer. "Lightning gives us that, and stablecoins on top of it remove the volatility question for a shop owner."

Card networks typically charge merchants in the markets Sendero serves between 2.5% and 4% per transaction. Sendero charges a flat 1% fee, and the company said its own routing costs averaged well under a tenth of that.

## Routing and network capacity

Reliability, long a criticism of Lightning, has improved as large routing nodes have added liquidity and wallets have adopted better pathfinding. Sendero reported a first-attempt success rate of **97.6%** in October, rising to 99.5% after automatic retries. The median routing fee paid was about 0.03% of payment value, and median settlement time was 1.8 seconds.

Across the wider network, data from Glasswing Chain Analytics show:

- Public channel capacity of about 5,260 BTC, a record, worth roughly $575 million at current prices
- Around 13,400 public nodes, broadly flat over the year
- About 47,800 public channels, down 3% from January as smaller channels are consolidated
- An average channel size of 0.11 BTC, up from 0.09 BTC a year earlier

Glasswing cautioned that public figures understate activity, since many large exchanges and custodial wallets operate private channels that do not appear in the public graph.

## Limits to adoption

Analysts said the growth, while real, remains concentrated. Fatima Bello, a payments analyst at Kestrel Frontier Research, estimated that the five largest Lightning processors together handle less than $1 billion a month in merchant payments, a small fraction of card or mobile-money volumes in the same regions.

"The fastest growth is in places where local payment options are expensive or unreliable," Bello said. "That is a meaningful niche, but it is not yet evidence that Lightning competes with mobile money in Kenya or instant payment systems like Pix in Brazil."

Regulatory treatment also varies. Several of Sendero's markets require processors to register as virtual asset service providers and apply travel-rule checks to larger transfers, which the company said adds onboarding costs but has not slowed merchant sign-ups.`,
  },
  {
    slug: 'op-return-debate-one-year-after-bitcoin-core-v30-relaxed-data-limits',
    title: 'A year after Bitcoin Core v30 lifted the OP_RETURN cap, the data debate has cooled but not ended',
    dek: 'Alternative node software still runs on about 22% of reachable nodes, while larger OP_RETURN payloads take roughly 5% of block weight and have had little effect on fees.',
    category: 'bitcoin',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'security', 'hashrate'],
    publishedDaysAgo: 21,
    keyPoints: [
      'Nodes running Bitcoin Knots and related software make up about 22.4% of reachable nodes, down from a peak of 26.8% in April, according to Cairnstone Node Census.',
      'Transactions carrying OP_RETURN payloads above the old 83-byte default limit accounted for about 0.6% of transactions and 5% of block weight in October.',
      'The median fee rate in October was about 3.2 satoshis per virtual byte, and fees made up roughly 1.4% of miner revenue.',
      'Use of fake-output data embedding, which bloats the UTXO set, has fallen by about 60% since the policy change.',
    ],
    summary: 'One year after Bitcoin Core v30 relaxed its default limit on OP_RETURN data, alternative node software still accounts for more than a fifth of reachable nodes. Larger data payloads have grown modestly to about 5% of block weight, fees remain low, and a proposed soft fork to restrict data has not gained miner support.',
    body: `A year after Bitcoin Core version 30 removed the long-standing default cap on data carried in OP_RETURN outputs, the change that split Bitcoin's developer and node-operator communities has had a smaller effect on blocks and fees than either side predicted. But the dispute has left a lasting mark on the network: more than one in five reachable nodes now runs software other than Bitcoin Core.

Bitcoin Core v30, released in October 2025, raised the default policy limit for OP_RETURN data from 83 bytes to 100,000 bytes, in effect removing it, and allowed transactions to carry more than one such output. The change affected only which transactions nodes relay and include in block templates by default, not the consensus rules that decide which blocks are valid.

## The node split

Opponents argued the change would encourage non-financial data on the chain and shifted to alternative implementations, chiefly Bitcoin Knots, which keeps stricter filters. Data from Cairnstone Node Census show Knots and related software on about **22.4%** of roughly 23,900 reachable nodes as of this week, down from a peak of 26.8% in April but far above the low single digits seen before the debate.

| Date | Knots-family share | Core v30 or later | Older Core versions |
|---|---|---|---|
| Oct 2025 | 17.9% | 3.2% | 78.9% |
| Jan 2026 | 21.3% | 30.6% | 48.1% |
| Apr 2026 | 26.8% | 39.4% | 33.8% |
| Jul 2026 | 24.1% | 47.2% | 28.7% |
| Oct 2026 | 22.4% | 53.9% | 23.7% |

Node counts measure operator sentiment more than network control. A transaction needs only a small fraction of relaying nodes, or a direct submission to a mining pool, to reach a block, so relay filters on a minority of nodes have limited practical effect on what gets mined.

## How much data is on chain

Transactions carrying OP_RETURN payloads above the old 83-byte default made up about **0.6%** of all transactions in October, according to Cairnstone's analysis, and about 5% of total block weight. The largest single payload so far was just under 96 kilobytes, embedded in a transaction mined in March.

Much of that data appears to have shifted from other methods rather than being new demand. Supporters of the change had argued that strict relay limits pushed projects to hide data in fake public keys inside spendable-looking outputs, which permanently enlarge the set of unspent outputs every full node must keep. Cairnstone estimates that such fake-output embedding has fallen by about **60%** since v30 was widely adopted.

Witness-based inscriptions, the method used by Ordinals and which v30 did not affect, still account for more data than OP_RETURN, taking roughly 11% of block weight in October compared with about 14% a year earlier.

## Fee effects

Concerns that the change would crowd out payments have not materialised in fee data. The median fee rate in October was about **3.2 satoshis per virtual byte**, and transaction fees accounted for roughly 1.4% of total miner revenue, with the remainder coming from the 3.125 BTC block subsidy.

Fees briefly rose to 2.6% of revenue in the week of bitcoin's record high of about $125,300 on 24 October, driven by exchange withdrawals and consolidations rather than data transactions. Bitcoin now trades near $114,000.

> "The fee market has been so quiet that large data payloads are simply filling otherwise empty space," said Tobias Nwachukwu, a research analyst at Tarnwell Block Research. "The real test will come in a sustained period of high demand, when data and payments compete for the same blocks."

## What remains unresolved

A proposal circulated in late 2025 for a temporary soft fork that would cap data-carrying fields at the consensus level has not progressed. No major mining pool has signalled support, and pools producing more than 90% of blocks are running Core-based templates that accept larger OP_RETURN outputs.

The argument has nonetheless changed how some operators view software choices. Points still in dispute include:

- Whether node operators should be able to filter content they consider spam, or whether policy should simply mirror what miners accept
- The legal risk, raised by some operators, of storing objectionable data embedded in blocks
- How much influence a single implementation should have over default network policy

Several smaller implementations have also gained users over the past year, and developers on both sides say the episode has made governance questions more visible than any technical change since the block-size disputes of 2017.`,
  },
  {
    slug: 'bitcoin-sets-record-near-125300-as-etf-inflows-and-short-squeeze-drive-breakout',
    title: 'Bitcoin sets record near $125,300 as ETF inflows and a short squeeze drive the breakout',
    dek: 'Spot funds took in nearly $3.9 billion in five sessions and about $710 million of short positions were wiped out as the price cleared its previous peak.',
    category: 'bitcoin',
    author: 'maya-okafor',
    tags: ['bitcoin', 'spot-etfs', 'liquidations', 'derivatives'],
    publishedDaysAgo: 33,
    keyPoints: [
      'Bitcoin touched an all-time high of about $125,300 during US hours, taking its market value to roughly $2.5 trillion.',
      'US spot bitcoin ETFs recorded net inflows of about $3.86 billion over the five sessions to 23 October, equal to roughly 14 times the new coins mined in that period.',
      'Around $710 million of short positions were liquidated across major derivatives venues in 24 hours, out of $860 million in total liquidations.',
      'Traders are watching $120,000 as first support, along with funding rates, December call open interest and the Federal Reserve meeting at the end of the month.',
    ],
    summary: 'Bitcoin reached a record of about $125,300, up roughly 16% from its September low, as US spot ETFs drew close to $3.9 billion in a week and a cluster of short liquidations sped up the final leg. Desks say the next test is whether spot demand holds once leverage resets.',
    body: `Bitcoin climbed to an all-time high of about **$125,300** during US hours on 24 October, extending a rally that began near $108,000 in September. Heavy buying through US exchange-traded funds and a burst of forced short covering in derivatives markets carried the price through its previous peak. It was last around $124,100, up about 3.8% over 24 hours, according to composite exchange data compiled by Tickerwire.

At the peak, bitcoin's market value reached roughly $2.5 trillion. Spot trading volume on major exchanges ran about 40% above its 30-day average, which several desks cited as a sign that the breakout was not driven by leverage alone.

## ETF demand did the heavy lifting

US spot bitcoin ETFs reported net inflows of about **$3.86 billion** over the five sessions to 23 October, their strongest five-day stretch in several months. Inflows rose almost every day, and the final session alone brought in more than $1.1 billion.

| Date | Net flow, US spot bitcoin ETFs |
|---|---|
| 19 October | +$612 million |
| 20 October | +$488 million |
| 21 October | +$735 million |
| 22 October | +$904 million |
| 23 October | +$1,120 million |
| **Five-session total** | **+$3,859 million** |

At an average price near $118,000, those flows equate to about 32,700 BTC. Since the 2024 halving, miners produce about 450 BTC a day, or roughly 2,250 BTC over five days. That means the funds absorbed around 14 times the new supply over the period.

> "The marginal buyer this month has been the wrapper, not the perpetual swap," said Ines Halloran, head of research at Kestrel Point Research. "When fund demand runs at a multiple of miner issuance for a full week, sellers have to come from existing holders, and they have been asking for higher prices."

## Shorts forced out above the old high

Derivatives added fuel once the price moved past the prior record. About **$710 million** of short positions were liquidated across major venues in the 24 hours to the peak, out of roughly $860 million in total liquidations, according to aggregated exchange data. Most of the forced buying clustered between $121,000 and $123,500, where traders had piled into bets that the old high would hold as resistance.

Open interest in bitcoin futures rose to about $86 billion, close to its highest level of the year. Perpetual funding rates climbed to around 0.02% per eight hours, or about 22% annualised, which is elevated but below the extremes that came before sharp reversals earlier in the cycle.

Basis trades also widened. The annualised premium on three-month futures on regulated US venues rose to about 11%, making the cash-and-carry trade more attractive to funds that hedge ETF holdings with short futures.

## What traders are watching next

Desks say the next few sessions will show whether spot demand can hold up once the short squeeze has run its course. The main markers they are tracking:

- **$120,000 support:** the round number near the previous peak, where much of this week's breakout volume traded.
- **Funding rates:** readings held above 0.03% per eight hours have tended to precede leverage flushes of 5% to 10%.
- **December options:** open interest is concentrated in $130,000 and $140,000 calls, which could draw the price higher if dealers have to hedge.
- **Macro calendar:** the Federal Reserve's late-October meeting and the path of Treasury yields, which weighed on risk assets earlier in the year.
- **ETF flow persistence:** a return to net outflows would suggest the rally has relied on a short burst of allocation rather than steady demand.

> "Record highs built on a squeeze usually get retested," said Tobias Grunwald, a derivatives trader at Larkspur Trading. "What matters is whether the retest finds cash buyers. If ETFs keep printing inflows on red days, the structure looks healthier than it did at the last peak."

Not everyone is convinced. Some desks pointed out that retail activity, measured by small-wallet transfers and app-store rankings for exchange apps, has stayed muted, and a thin retail bid can leave the market exposed if institutional flows slow down. For now, the price is holding within about 1% of the record.`,
  },
  {
    slug: 'bitcoin-developers-split-over-timeline-for-quantum-resistant-outputs',
    title: 'Bitcoin developers split over timeline for quantum-resistant outputs as exposed-key tally tops 6 million BTC',
    dek: 'A revived debate over a BIP-360-style output type pits those who want a soft fork ready within years against those who see no credible quantum threat this decade.',
    category: 'bitcoin',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'security'],
    publishedDaysAgo: 45,
    keyPoints: [
      'About 6.4 million BTC, or roughly 32% of supply, sits in outputs whose public keys are already visible on-chain, according to an estimate by Sableridge Research.',
      'Around 1.72 million BTC is held in early pay-to-public-key outputs, many of them mined in 2009 and 2010 and widely assumed to be lost.',
      'NIST-standardised post-quantum signatures are far larger than Bitcoin\'s 64-byte Schnorr signatures: 2,420 bytes for ML-DSA-44 and 7,856 bytes for SLH-DSA-128s.',
      'Supporters of early action point to the years SegWit and Taproot took to activate; sceptics argue that today\'s machines are nowhere near the scale needed to break 256-bit elliptic-curve keys.',
    ],
    summary: 'Bitcoin developers are again debating a new quantum-resistant output type modelled on the ideas in BIP-360. With an estimated 6.4 million BTC already exposed through revealed public keys, the argument centres on how fast to act, how to handle much larger signatures and what to do about coins whose owners never move them.',
    body: `A long-running debate over protecting Bitcoin from future quantum computers has picked up again on developer mailing lists and forums. The discussion centres on adding an output type that commits to post-quantum signature schemes, an approach first set out in BIP-360, a draft proposal that has been revised several times since 2024.

No activation proposal is on the table, and Bitcoin Core maintainers have not endorsed a specific design. But the volume of discussion has grown after new estimates of how much bitcoin would be at risk if a capable machine appeared, and after standards bodies set firmer dates for retiring classical cryptography.

## How much bitcoin is exposed

Bitcoin's signatures rely on elliptic-curve cryptography over the secp256k1 curve. A large enough quantum computer running Shor's algorithm could, in principle, derive a private key from a public key. Coins are most exposed when the public key is already on the blockchain, which is the case for early pay-to-public-key outputs, for addresses that have been reused after a spend, and for Taproot outputs, which embed a tweaked public key directly.

Sableridge Research, which tracks on-chain holdings, puts the exposed total at about **6.4 million BTC**.

| Output category | BTC (millions) | Share of supply |
|---|---|---|
| Pay-to-public-key (early outputs) | 1.72 | 8.6% |
| Reused P2PKH and P2WPKH addresses | 4.36 | 21.9% |
| Taproot (P2TR) outputs | 0.21 | 1.1% |
| Other scripts with revealed keys | 0.11 | 0.6% |
| **Total** | **6.40** | **32.1%** |

> "The reused-address bucket is the one people underestimate," said Rafael Østby, research lead at Sableridge. "A lot of it belongs to exchanges and custodians that could move to fresh addresses in an afternoon. The early coins are different, because nobody may be able to move them at all."

## The cost of bigger signatures

The draft designs under discussion would let users lock coins to a script that can be spent with a post-quantum signature, while keeping existing signature types available. The main engineering problem is size. NIST finalised its first post-quantum signature standards in August 2024, and none of them is close to the compact size of Bitcoin's current signatures.

- **Schnorr (current Taproot):** 64-byte signature, 32-byte public key.
- **ML-DSA-44 (FIPS 204):** 2,420-byte signature, 1,312-byte public key.
- **SLH-DSA-128s (FIPS 205):** 7,856-byte signature, 32-byte public key.
- **FN-DSA (Falcon-512), still being standardised:** about 666-byte signature, 897-byte public key.

Even with the witness discount, a single-input transaction using ML-DSA would weigh several times more than its Taproot equivalent. That would cut throughput per block and push up fees for anyone who moves to the new outputs.

> "There is no free option here," said Odile Marchetti, a cryptographer at Quillon Labs who has reviewed several of the drafts. "Hash-based schemes are conservative but huge. Lattice schemes are smaller but newer. Any choice Bitcoin makes will be tied to its block space budget for a very long time."

## Arguing over the clock

The split is mostly about timing. One group argues that a cryptographically relevant quantum computer is at least a decade away. Academic estimates from 2017 put the requirement for breaking 256-bit elliptic-curve keys at roughly 2,300 logical qubits, which would take far more physical qubits than any machine has demonstrated. On that view, a rushed soft fork risks locking in a scheme that later proves weak or inefficient.

The other group points to history. SegWit was proposed in 2015 and activated in August 2017, and Taproot took from its first public description in 2018 to activation in November 2021. A 2025 paper from Google Quantum AI also cut the estimated resources needed to break RSA-2048 to under a million noisy qubits, and NIST has proposed deprecating quantum-vulnerable algorithms from 2030 and disallowing them by 2035.

The most contentious question is what happens to coins whose owners never migrate. Some participants have floated a phased sunset that would eventually make legacy signatures invalid for exposed outputs. Others call that an unacceptable confiscation of coins, however old.

> "Adding a new output type is the easy part of this conversation," said Kwame Ansah, a wallet engineer at Threadline Wallets. "Deciding whether the network should ever refuse a valid old signature is a question about what Bitcoin promises its users, and that will take longer than the code."`,
  },
  {
    slug: 'new-hampshire-makes-first-bitcoin-reserve-purchase-under-2025-law',
    title: 'New Hampshire makes first bitcoin reserve purchase, buying about $14.5 million under 2025 law',
    dek: 'The state treasury split the position between direct cold storage at a chartered trust company and shares of US spot ETFs, drawing criticism from budget watchdogs.',
    category: 'bitcoin',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'custody', 'spot-etfs'],
    publishedDaysAgo: 58,
    keyPoints: [
      'New Hampshire\'s treasury bought the equivalent of about 128 BTC for roughly $14.5 million, its first purchase under a law signed in May 2025.',
      'About 96 BTC is held directly in segregated cold storage at a New Hampshire-chartered trust company; the rest, about $3.6 million, is held in shares of US spot bitcoin ETFs.',
      'The 2025 law caps digital assets and precious metals at 5% of eligible state funds and only admits assets averaging more than $500 billion in market value, a test only bitcoin currently meets.',
      'Critics argue that a rainy-day fund should not hold an asset whose price has swung by more than 20% within single quarters.',
    ],
    summary: 'New Hampshire has made its first bitcoin purchase under the reserve law it passed in 2025, buying about $14.5 million worth at an average near $113,500. Most of the coins sit in direct cold storage with a state-chartered trust company, while the rest is held through ETFs. Supporters call it diversification; critics call it speculation with public money.',
    body: `New Hampshire's state treasury has made its first purchase of bitcoin under a law passed in 2025, buying the equivalent of about **128 BTC** for roughly $14.5 million, according to a disclosure filed with the state's Executive Council and reviewed by Tickerwire. The purchase was carried out over eight trading days in September at an average price near $113,500.

The amount is small next to the state's total investments, but it is the first time the treasury has used the authority lawmakers granted more than a year ago. Officials described the position as a starting allocation, not a target, and said any further purchases would be disclosed quarterly.

## What the law allows

New Hampshire's HB 302, signed in May 2025, lets the state treasurer invest up to 5% of the general fund, the revenue stabilisation reserve and certain other funds in precious metals and qualifying digital assets. A digital asset only qualifies if its average market capitalisation over the previous calendar year was above $500 billion. No asset other than bitcoin currently meets that test.

The law also sets out how the holdings must be kept. The treasurer can hold the assets directly, use a qualified custodian, or buy exchange-traded products registered under federal securities law. The September purchase used two of those three routes.

New Hampshire is one of several states to legislate on the idea. Texas created a state bitcoin reserve in June 2025, and Arizona passed a narrower law the same year that sets up a reserve funded from unclaimed digital assets. At federal level, a March 2025 executive order set up a Strategic Bitcoin Reserve funded with coins forfeited in criminal and civil cases.

## Custody split between vault and ETFs

According to the disclosure, the treasury bought about 96 BTC, worth roughly $10.9 million at the time, for direct holding. Those coins sit in segregated cold storage at Granite Harbor Trust, a New Hampshire-chartered trust company. Withdrawals need three of five keys, two of which are held by treasury staff, and the custodian must provide monthly proof-of-reserve attestations.

The remaining $3.6 million or so went into shares of two US spot bitcoin ETFs, which the treasury said gives it faster liquidity if it needs to meet cash demands.

| Component | Approx. BTC | Approx. value at purchase |
|---|---|---|
| Direct cold storage, Granite Harbor Trust | 96 | $10.9 million |
| US spot bitcoin ETF shares | 32 (equivalent) | $3.6 million |
| **Total** | **128** | **$14.5 million** |

Execution went through two over-the-counter desks using time-weighted orders to limit market impact. Trading costs, including custody set-up fees, came to about 0.18% of the amount invested, according to the filing.

> "The direct-custody piece is the part other treasurers will study," said Helena Voss, director of public-finance research at Whitestone Digital Policy Center, which has advised several states on reserve legislation. "Holding keys under a multi-party arrangement with a chartered trust is harder to set up than buying an ETF, but it removes a layer of intermediaries."

## Critics question the fit for reserve money

Budget watchdogs said the purchase put volatile assets into funds meant to cover shortfalls in a downturn. Bitcoin has moved by more than 20% within single quarters several times in the past two years, and its worst drawdowns have historically come when broader markets were under stress, which is exactly when reserve funds are most likely to be drawn down.

> "A rainy-day fund exists to be boring," said Martin Keefe, a senior fellow at the Concord Fiscal Policy Institute. "The amount is modest today, but the law allows far more, and the public has not been told what loss the treasury is prepared to accept before it sells."

Some legislators also raised concerns about concentration, since the $500 billion threshold effectively limits the digital portion to a single asset. Others asked how the treasury would value the holdings in its annual financial report and whether unrealised losses would affect budget projections.

Treasury officials said the holdings would be marked to market each quarter and reported alongside the state's other investments. They added that no further purchases were planned before the next quarterly review, and that any change to the allocation would be disclosed through the same filing process.`,
  },
  {
    slug: 'bitcoin-realised-volatility-falls-to-multi-year-low-near-30-percent',
    title: 'Bitcoin realised volatility falls to multi-year low near 30% as price holds $108,000-$116,000 range',
    dek: 'Options still price more movement than the spot market is delivering, with at-the-money implied volatility about six points above realised and call skew firm into December.',
    category: 'bitcoin',
    author: 'samuel-adeyemi',
    tags: ['bitcoin', 'derivatives', 'macro', 'federal-reserve'],
    publishedDaysAgo: 71,
    keyPoints: [
      'Bitcoin\'s 30-day realised volatility fell to 29.8%, its lowest reading since 2023, after seven weeks between about $108,000 and $116,000.',
      '30-day at-the-money implied volatility stands near 35.5%, implying a one-standard-deviation move of about 10%, or roughly $11,400, over the next month.',
      'December 25-delta risk reversals are about 2.1 volatility points in favour of calls, showing traders still pay up for upside exposure.',
      'Roughly $12 billion in notional bitcoin options expires on 25 September, with the largest open interest at the $120,000 call and $100,000 put strikes.',
    ],
    summary: 'Bitcoin\'s 30-day realised volatility has dropped to about 29.8%, the lowest since 2023, as the price has stayed between $108,000 and $116,000 for seven weeks. Options markets still price more movement, with implied volatility near 35.5% and a mild premium for calls, ahead of this week\'s Fed decision and a large quarterly expiry.',
    body: `Bitcoin's price has rarely been this calm. The cryptocurrency's 30-day realised volatility, a measure of how much the price has actually moved, fell to **29.8%** on an annualised basis this week, its lowest reading since 2023 by Tickerwire's calculation. The decline follows about seven weeks in which bitcoin has traded between roughly $108,000 and $116,000.

A 30% annualised figure works out to average daily moves of about 1.6%, which is quiet for an asset that regularly saw daily swings of 4% or more in earlier cycles. Bitcoin was last near $112,300, almost exactly in the middle of its range.

## Options still price more movement

Derivatives traders are not fully buying into the calm. Thirty-day at-the-money implied volatility on the largest crypto options venue stands near **35.5%**, about six points above realised. That gap, known as the volatility risk premium, is wider than its one-year average of about four points.

| Measure | Reading |
|---|---|
| 7-day realised volatility | 24.6% |
| 30-day realised volatility | 29.8% |
| 90-day realised volatility | 38.4% |
| 30-day implied volatility (at the money) | 35.5% |
| 90-day implied volatility (at the money) | 41.2% |
| December 25-delta risk reversal | +2.1 vol points (calls) |

At 35.5%, the options market implies a one-standard-deviation move of about 10.2% over 30 days, or roughly $11,400 either way from the current price. That translates to a range of about $100,900 to $123,700, wide enough to include both a break below the summer lows and a new record.

> "Realised has collapsed but the curve is still upward sloping, and that is a market saying it expects the quiet to end, not that it has priced in a permanently lower regime," said Anjali Mehra, head of derivatives research at Falconer Research. "Sellers of short-dated volatility have been paid well for two months. The question is how much of that premium they give back when the range breaks."

## Why the market has gone quiet

Several factors have held the price in a narrow band. Flows into US spot bitcoin ETFs have been positive but modest, averaging about $150 million a day over the past month. That has been enough to soak up selling from long-term holders and miners without pushing the price through resistance.

Positioning in the options market has also played a part. Market makers are estimated to hold net long gamma between about $110,000 and $115,000, which means their hedging tends to sell into rallies and buy into dips. That dampening effect has been strongest in the days before large expiries.

- **Open interest:** about $12 billion in notional bitcoin options expires on 25 September, the quarterly expiry.
- **Key strikes:** the largest concentrations are the $120,000 call and the $100,000 put.
- **Put-call ratio:** about 0.62 by open interest, showing a tilt toward calls.
- **Funding rates:** perpetual funding has stayed close to 0.01% per eight hours, the baseline rate, suggesting little leverage on either side.

## What could break the range

The nearest catalyst is this week's Federal Reserve decision. Bond markets are pricing a quarter-point cut, and a surprise in either direction, or a change in the Fed's projections for next year, could reach crypto through the dollar and Treasury yields. Beyond that, the late-September expiry will remove a large share of the gamma that has been pinning the price.

History offers a loose guide. Bitcoin's previous long stretches of sub-30% realised volatility, including several in 2023, tended to end with a move of 15% or more within two months, though the direction varied.

> "Compression is not a signal on its own, it is a loaded spring," said Jonah Whitfield, a trader at Brightwater Liquidity. "We are running smaller positions in the middle of the range and paying for out-of-the-money options at both ends, because the cost of being wrong on direction is lower than the cost of being short volatility when it comes back."

For now, the market is paying for protection it has not needed in weeks. Whether that premium proves justified will probably depend less on crypto-specific news than on the Fed and the dollar.`,
  },
  {
    slug: 'keystead-launches-collaborative-multisig-with-inheritance-as-physical-attacks-rise',
    title: 'Keystead launches collaborative multisig with inheritance features as physical attacks on holders rise',
    dek: 'The custody start-up\'s new service pairs a 2-of-3 key setup with time-locked recovery for heirs, as security specialists report more kidnappings and home invasions aimed at crypto owners.',
    category: 'bitcoin',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'custody', 'security'],
    publishedDaysAgo: 84,
    keyPoints: [
      'Keystead\'s new service uses a 2-of-3 multisig in which clients hold two keys and the firm holds one, so the company cannot move funds on its own.',
      'An inheritance path lets a named beneficiary key become usable after about one year without activity, enforced on-chain by a relative timelock of 52,560 blocks.',
      'Ironwick Security counted 58 physical attacks on crypto holders worldwide in the first eight months of 2026, up from 41 in the same period of 2025.',
      'Pricing starts at $990 a year, with the inheritance tier at $2,400 a year and an optional delay of up to 72 hours on large withdrawals.',
    ],
    summary: 'Custody start-up Keystead has launched a collaborative multisig service for bitcoin holders that adds time-locked inheritance and withdrawal delays meant to blunt coercion. The launch comes as a security firm reports a rise in so-called wrench attacks, and specialists say the most effective protection is still keeping holdings private.',
    body: `Keystead, a bitcoin custody start-up, has launched a collaborative multisig service that lets holders keep control of their own keys while adding an inheritance route and time delays meant to make physical coercion less rewarding. The launch comes as security specialists report a rise in so-called wrench attacks, in which criminals use threats or violence to force owners to hand over their coins.

The service, called Keystead Vault, uses a 2-of-3 multisignature setup. Clients hold two keys, usually on separate hardware wallets kept in different places, and Keystead holds the third, so the firm can help recover funds but cannot spend them on its own.

## How the inheritance path works

The main new feature is a recovery path for heirs that does not rely on the client sharing seed phrases before death. Vaults are built as Miniscript descriptors with an extra spending branch. A beneficiary's key, together with Keystead's key, can move the funds only once the coins have been untouched for a set period.

The default delay is **52,560 blocks**, or about one year at Bitcoin's ten-minute average block interval, enforced by a relative timelock in the script itself. Any routine transaction by the owner, including a self-transfer, resets the clock. Keystead said it would remind clients by email and post about three months before a timelock expires.

> "The hard part of inheritance is not cryptography, it is people," said Clara Lindqvist, Keystead's co-founder and chief executive. "We wanted a design where the rules are enforced by the script, so heirs do not need to trust that we are still in business or that a lawyer kept the right envelope."

Pricing starts at $990 a year for the basic collaborative vault. The inheritance tier costs $2,400 a year and includes a session with estate lawyers from partner firms to draft instructions for beneficiaries.

## Delays aimed at coercion

Keystead's co-signing policy also lets clients set a withdrawal delay of up to 72 hours on amounts above a chosen threshold. During that window the firm will not co-sign, and the client can cancel the transfer from a second device. The idea is that an attacker holding someone at home cannot get a large transfer through quickly.

Those features reflect a change in the threat picture. Ironwick Security, which tracks physical incidents involving crypto owners, counted **58 attacks** worldwide in the first eight months of 2026, up from 41 in the same period a year earlier. The incidents included kidnappings, home invasions and street robberies in which victims were forced to unlock phones.

| Period | Recorded physical attacks |
|---|---|
| January to August 2024 | 27 |
| January to August 2025 | 41 |
| January to August 2026 | 58 |

Ironwick said a growing share of cases involved attackers who found targets through leaked customer data, public social-media posts or conference attendance, not random street crime.

## What specialists advise

Security consultants said multisig and timelocks can help, but only as part of a broader approach. Their most common recommendations:

- **Keep holdings private.** Avoid discussing balances publicly and separate online identities from real names and addresses where possible.
- **Spread keys geographically.** Storing every key needed to sign in one home defeats the purpose of multisig.
- **Use spending delays on large balances.** A transfer that cannot settle for days is a less attractive target.
- **Consider a small decoy wallet.** Some holders keep a modest, easily accessible balance they can hand over under duress.
- **Review data exposure.** Customer-data leaks at several crypto firms in recent years have given criminals home addresses to work with.

> "Attackers are making an economic calculation," said Marcus Delaney, a principal at Ironwick. "If they learn that a victim physically cannot move more than a small amount for three days, most will not take the risk. The worst setup is a single seed phrase in a drawer and a public post about your portfolio."

Some specialists cautioned that delays have limits. An attacker willing to hold a victim for days, or to come back, is not stopped by a timelock, and clients who set thresholds too low may find the delays frustrating in daily use. Keystead said clients can change the settings, but any loosening also needs a co-signed transaction and goes through the same waiting period.`,
  },
];
