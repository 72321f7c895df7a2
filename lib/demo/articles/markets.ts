import type { DemoArticle } from '../catalog';

export const marketsArticles: DemoArticle[] = [
  {
    slug: 'crypto-slides-with-tech-stocks-as-traders-brace-for-fed-december-decision',
    title: 'Crypto slides with tech stocks as traders brace for the Fed’s December decision',
    dek: 'Bitcoin trades near $104,800 and ether near $3,550 in thin holiday volumes, with avalanche, polkadot and dogecoin the weakest of the 20 largest tokens.',
    category: 'markets',
    author: 'maya-okafor',
    tags: ['bitcoin', 'ether', 'macro', 'federal-reserve'],
    publishedDaysAgo: 0.1,
    status: 'draft',
    keyPoints: [
      'Bitcoin fell about 2.6% over 24 hours to near $104,800, roughly 16% below its 24 October record of $125,300.',
      'Ether lost 3.9% to about $3,550, while avalanche dropped 7.1% and polkadot 6.4%, the worst moves among the 20 largest tokens.',
      'US spot bitcoin ETFs recorded about $410 million of net outflows on Wednesday, a fifth straight day of redemptions.',
      'Rate futures imply roughly a 55% chance of a quarter-point cut at the Federal Reserve meeting on 9-10 December, down from about 70% a week ago.',
    ],
    summary: "Crypto prices extended their decline on Thursday as a Wednesday sell-off in US technology shares carried into a thin holiday session. Bitcoin hovered near $104,800 and ether near $3,550, with smaller tokens falling further, as traders trimmed bets on a December rate cut and spot ETFs saw a fifth day of outflows.",
    body: `Bitcoin fell for a third straight session on Thursday, trading near **$104,800** in thin holiday volumes after a slide in US technology shares on Wednesday spilled over into digital assets. The largest cryptocurrency was down about 2.6% over 24 hours and sits roughly 16% below the record of $125,300 it set on 24 October.

Ether dropped 3.9% to about $3,550, and higher-beta tokens among the 20 largest by market value fared worse. Total crypto market capitalisation shrank by about $100 billion over the day to roughly $3.5 trillion, according to aggregated exchange data from Pellucid Markets, a crypto data provider.

## Tech sell-off sets the tone

The Nasdaq 100 fell 1.9% on Wednesday, led by chipmakers and large AI-exposed names, before US exchanges shut for Thanksgiving. With cash equities closed, crypto was one of the few liquid risk markets open during US hours, and selling pressure met an unusually thin order book.

Pellucid's 30-day correlation between bitcoin and the Nasdaq 100 has climbed to 0.52, from 0.31 a month ago, a sign that digital assets are again trading as part of the broader growth-stock complex rather than on their own news.

> "With New York shut for the holiday, crypto is absorbing the macro hedging that would normally run through index futures," said Rhea Castellano, head of macro strategy at Fenwick Lane Partners. "Depth on the major books is about a third below a normal Thursday, so modest selling moves prices further than usual."

## The day's moves

All of the 12 largest non-stablecoin tokens traded lower over 24 hours. Tron, which is used heavily for stablecoin transfers, held up best, while avalanche, polkadot and dogecoin led the decline.

| Asset | Price | 24h change |
|---|---|---|
| Bitcoin (BTC) | $104,800 | -2.6% |
| Ether (ETH) | $3,550 | -3.9% |
| XRP | $2.35 | -4.1% |
| BNB | $960 | -1.8% |
| Solana (SOL) | $165 | -5.2% |
| Dogecoin (DOGE) | $0.18 | -6.0% |
| Tron (TRX) | $0.29 | -0.7% |
| Cardano (ADA) | $0.58 | -5.5% |
| Chainlink (LINK) | $15.80 | -4.8% |
| Avalanche (AVAX) | $18.50 | -7.1% |
| Litecoin (LTC) | $92 | -2.2% |
| Polkadot (DOT) | $2.90 | -6.4% |

Bitcoin's share of total crypto market value rose to about 59.6%, its highest in six weeks, as investors rotated out of smaller tokens first. Liquidations of leveraged long positions totalled about **$480 million** over 24 hours, well below the cascade of mid-November but enough to accelerate the move during the European afternoon.

## All eyes on 10 December

Traders have been paring bets on an easing at the Federal Reserve's final meeting of the year, which concludes on 10 December. Pricing in rate futures implies roughly a 55% probability of a quarter-point cut, down from about 70% a week ago, after a run of firmer inflation readings and resilient jobless-claims data.

That repricing has lifted short-dated Treasury yields and the dollar, a combination that has historically weighed on non-yielding assets. Bitcoin has fallen in five of the past seven sessions in which the two-year yield rose by more than five basis points, according to Pellucid.

## Flows and positioning

Demand from regulated funds has softened alongside prices. US spot bitcoin exchange-traded funds recorded about **$410 million** of net outflows on Wednesday, the fifth consecutive day of redemptions, bringing withdrawals since 19 November to roughly $1.7 billion, according to issuer data compiled by Pellucid.

In derivatives, funding rates on bitcoin perpetual futures hovered close to zero, suggesting leverage has already been flushed out of the market. Options traders continue to favour downside protection, with the largest concentration of open interest in the 25 December expiry sitting in $100,000 puts.

## What to watch

- Friday's shortened US equity session, the first test of risk appetite after the holiday.
- The November jobs report, due on 4 December, the last major labour-market reading before the Fed decision.
- The Fed's statement and updated projections on 10 December.
- The 25 December quarterly options expiry, where positioning is skewed towards puts.`,
  },
  {
    slug: 'bitcoin-options-traders-crowd-into-100000-puts-ahead-of-december-expiry',
    title: 'Bitcoin options traders crowd into $100,000 puts ahead of the December expiry',
    dek: 'The $100,000 put is now the largest single strike in the 25 December expiry, skew has swung firmly towards puts and dealers are short gamma just below spot.',
    category: 'markets',
    author: 'samuel-adeyemi',
    tags: ['bitcoin', 'derivatives', 'federal-reserve', 'macro'],
    publishedDaysAgo: 1.1,
    keyPoints: [
      'Open interest in the 25 December expiry on Strikeline stands at about 142,000 BTC, or roughly $15.3 billion in notional value.',
      'The $100,000 put carries about 11,800 contracts, the largest single strike, with another 7,400 at $95,000.',
      'The 25-delta risk reversal for December has fallen to about -5.8 volatility points, from +3.1 in mid-October.',
      'Max pain for the expiry sits near $105,000, while dealers are estimated to be short gamma between $98,000 and $102,000.',
    ],
    summary: "Bitcoin options positioning for the 25 December expiry has tilted sharply towards downside protection, with the $100,000 put now the most crowded strike. Skew has flipped to favour puts, max pain sits near $105,000 and dealer hedging could amplify moves if bitcoin breaks below $102,000 around the Fed's 10 December decision.",
    body: `Bitcoin options traders are paying up for protection against a drop below six figures. On Strikeline, the largest crypto options venue by volume, the **$100,000 put** in the 25 December expiry has become the single most crowded strike, with about 11,800 contracts outstanding, each covering one bitcoin.

The build-up comes as bitcoin trades near $107,500, roughly 14% below its 24 October record of $125,300, and a little over two weeks before the Federal Reserve's 9-10 December meeting. Total open interest in the December expiry stands at about 142,000 BTC, or roughly $15.3 billion in notional terms, making it the largest expiry of the year so far.

## Where the open interest sits

A month ago the December board was dominated by upside bets placed during the October rally. Those calls have not gone away, but they have been overtaken by puts struck at or below $100,000, much of it bought in the past ten days.

| Strike | Type | Open interest (BTC) | Change since 1 November |
|---|---|---|---|
| $100,000 | Put | 11,800 | +6,900 |
| $130,000 | Call | 8,900 | -1,200 |
| $95,000 | Put | 7,400 | +5,100 |
| $120,000 | Call | 6,600 | -2,300 |
| $105,000 | Put | 5,200 | +3,400 |

The put-call open interest ratio for the expiry has risen to 0.78, from 0.52 at the start of November. Block trades have accounted for about 40% of the new put volume, according to Calder Street Trading, a crypto market maker, pointing to funds hedging spot and ETF holdings rather than retail speculation.

## Skew swings to the downside

The price of protection has moved with the positioning. The 25-delta risk reversal for December, which compares the implied volatility of equivalent out-of-the-money puts and calls, has fallen to about **-5.8 volatility points**. In mid-October, with bitcoin approaching its record, the same measure stood at +3.1, meaning traders then paid more for calls than puts.

At-the-money implied volatility for December has risen to 52%, from about 38% in the week before the record. Much of that premium is concentrated around the Fed meeting: the weekly contract expiring on 11 December trades at an implied volatility roughly six points above the neighbouring weeklies.

> "Clients who rode the rally are not selling spot, they are renting insurance instead," said Ines Vidal, head of derivatives at Norwood Vol Partners. "That is a cheaper decision than unwinding, but it leaves a lot of hedges clustered at one round number."

## Max pain and dealer positioning

Max pain, the settlement price at which the greatest value of options would expire worthless, sits near **$105,000** for the December expiry, close to where bitcoin trades today. Analysts caution that the measure has a weak record as a forecast, but it tends to attract attention in the final days before large expiries.

More consequential may be how dealers are positioned. Because customers have mostly bought the new puts, market makers are on the other side and are short gamma at those strikes. Calder Street estimates dealer gamma at about -$38 million per 1% move in the $98,000 to $102,000 range, meaning hedging flows in that zone would involve selling into declines and buying into rallies.

- Above $110,000, dealers are estimated to be long gamma, which tends to dampen volatility.
- Between $102,000 and $110,000 the book is close to neutral.
- Below $98,000, put open interest thins out and the gamma effect fades.

## What could shift the picture

The Fed decision on 10 December falls inside the expiry window, and rate-futures pricing has already swung from near-certainty of a cut to closer to even odds. A hawkish surprise could push spot towards the short-gamma zone, while a cut with dovish guidance could prompt hedgers to monetise puts early, a process that would itself support prices as dealers buy back their hedges.

Christmas Day settlement also means thin liquidity: with many desks operating skeleton staff, traders expect a large share of December positions to be rolled into January contracts in the week before expiry rather than held to settlement.`,
  },
  {
    slug: 'stablecoin-supply-hits-record-310-billion-as-crypto-prices-retreat',
    title: 'Stablecoin supply hits a record $310 billion as crypto prices retreat',
    dek: "Dollar tokens keep growing while bitcoin sits well below its October peak, reviving a debate over whether the cash is waiting to buy or simply parked on-chain.",
    category: 'markets',
    author: 'maya-okafor',
    tags: ['stablecoins', 'defi', 'macro', 'bitcoin'],
    publishedDaysAgo: 3.5,
    keyPoints: [
      'Total stablecoin supply reached about $310.4 billion, up $11.2 billion since bitcoin’s 24 October record, according to Coinfold Analytics.',
      'Stablecoins now account for about 8.6% of total crypto market value, up from 7.1% at the October peak.',
      'Stablecoin balances on centralised exchanges rose by about $6.5 billion to $58 billion over the same period.',
      'Average stablecoin lending rates on major DeFi markets fell to about 5.4% from 9.1%, a sign of weaker demand for leverage.',
    ],
    summary: "The supply of dollar-pegged stablecoins has climbed to a record of about $310 billion even as bitcoin and other tokens have fallen from their October highs. Rising exchange balances support the view that the cash is dry powder, but falling DeFi borrowing rates and growth concentrated in payment-heavy chains suggest much of it is parked rather than poised.",
    body: `The stock of dollar-pegged stablecoins has reached a record of about **$310.4 billion**, according to Coinfold Analytics, extending a climb that has continued even as the rest of the crypto market has pulled back. Supply has grown by $11.2 billion, or 3.7%, since bitcoin set its all-time high of about $125,300 on 24 October.

Over the same period total crypto market value has fallen by roughly 14%, and bitcoin now trades near $107,000. The divergence has pushed stablecoins' share of the overall market to about 8.6%, from 7.1% at the October peak, and has revived a familiar question among traders: is this cash waiting to be deployed, or is it simply sitting still?

## Who issues the supply

Growth remains concentrated in the two largest tokens. Tether's USDT still accounts for roughly three-fifths of all stablecoins in circulation and Circle's USDC for about a quarter, with a long tail of smaller issuers, including bank-backed and synthetic dollar tokens, making up the rest. Coinfold estimates that USDC has grown slightly faster than the market since October, helped by demand from regulated platforms following the US federal stablecoin law enacted in 2025.

The chain mix has shifted more noticeably. Networks used heavily for payments and exchange settlement have taken most of the new supply.

| Chain | Stablecoin supply | Share of total | Change since 24 October |
|---|---|---|---|
| Ethereum | $160.1bn | 51.6% | +$3.2bn |
| Tron | $80.3bn | 25.9% | +$4.6bn |
| Solana | $15.8bn | 5.1% | +$1.4bn |
| BNB Chain | $12.9bn | 4.2% | +$0.9bn |
| Ethereum layer 2s | $17.6bn | 5.7% | +$0.8bn |
| Other | $23.7bn | 7.6% | +$0.3bn |

## The case for dry powder

Those who read the numbers bullishly point to exchange balances. Stablecoins held on centralised exchanges have risen by about $6.5 billion to **$58 billion** since late October, according to Coinfold, the largest four-week increase since early 2025. Cash on exchanges can be converted into bitcoin or ether in seconds, and in past drawdowns a build-up of this kind has preceded periods of renewed buying.

> "Stablecoin supply going up while prices go down is not what a market in full retreat looks like," said Oksana Brill, research director at Coinfold Analytics. "Investors have sold tokens but stayed on-chain. The capital has not left the building."

The stablecoin supply ratio, which compares bitcoin's market value with total stablecoin supply, has fallen to its lowest level since the spring, a reading some analysts treat as a measure of latent buying power relative to the market.

## The case for parking

Others see less urgency in the data. Borrowing demand, which typically rises when traders want leverage to buy, has weakened. Average rates for lending stablecoins on the largest DeFi money markets have fallen to about **5.4%**, from 9.1% in the second half of October, as borrowers repay loans and fewer new positions are opened.

- Much of the growth has come on Tron, where stablecoins are used mainly for transfers and remittances rather than trading.
- Short-dated Treasury yields still offer a steady return with little risk, making yield-bearing dollar products an attractive place to wait.
- Part of the rise in exchange balances reflects traders moving collateral to post margin, not to buy spot.

> "Some of this is dry powder, but a lot of it is people who would rather earn a Treasury-like yield and watch," said Jonah Ferreira, a portfolio manager at Greyfield Digital. "It becomes buying pressure only when the macro picture gives them a reason."

## What to watch

Coinfold says the clearest signal will be whether exchange balances start to fall while stablecoin supply holds steady, which would indicate cash being spent on tokens rather than leaving the ecosystem. Traders are also watching the Federal Reserve's 9-10 December meeting: a rate cut would lower the return on idle dollars and could nudge some of the parked capital back into risk.`,
  },
  {
    slug: 'funding-rates-turn-negative-after-1-6-billion-in-long-liquidations',
    title: 'Funding rates turn negative after $1.6 billion in long liquidations in a day',
    dek: "A Sunday-evening sell-off forced out leveraged bulls across the major perpetual futures venues, flipping funding below zero for the first time since the summer.",
    category: 'markets',
    author: 'samuel-adeyemi',
    tags: ['liquidations', 'derivatives', 'bitcoin', 'ether'],
    publishedDaysAgo: 10,
    keyPoints: [
      'About $1.87 billion of leveraged positions were liquidated in 24 hours, of which roughly $1.6 billion were longs, according to Northlight Data.',
      'Bitcoin fell from about $113,900 to an intraday low of $106,200 in five hours before recovering to around $108,100.',
      'Bitcoin perpetual open interest dropped by about $7.4 billion, or 11%, to roughly $60.6 billion.',
      'Average bitcoin funding across Vexa, Orbitrade and Tessera fell to about -0.012% per eight hours, the first negative reading since July.',
    ],
    summary: "A five-hour sell-off on Sunday evening triggered about $1.6 billion of long liquidations across crypto derivatives venues, pushing bitcoin briefly down to $106,200. Funding rates on perpetual futures turned negative on the largest exchanges for the first time since July, as open interest fell by about $7.4 billion.",
    body: `Funding rates on bitcoin and ether perpetual futures turned negative across the largest derivatives venues on Monday, after a sharp sell-off on Sunday evening forced out about **$1.6 billion** of leveraged long positions in a single day. Total liquidations over the 24 hours reached roughly $1.87 billion, according to Northlight Data, the largest one-day figure since the spring.

Bitcoin fell from about $113,900 to an intraday low of $106,200 in five hours before recovering to around $108,100 by Monday morning in Asia. The largest cryptocurrency is now about 14% below its record of $125,300 set on 24 October. Ether dropped as low as $3,710 and solana as low as $172 before both recovered part of their losses.

## How the cascade unfolded

The decline began in thin weekend liquidity, when order books on the major venues are typically a third shallower than on weekdays. Northlight's reconstruction of the session shows liquidations accelerating as each layer of leveraged longs was cleared.

| Time (UTC) | BTC price | Cumulative long liquidations | What happened |
|---|---|---|---|
| 18:00 | $113,900 | $40m | Quiet trading, funding mildly positive |
| 20:00 | $112,600 | $210m | About 2,000 BTC sold on spot venues within 15 minutes |
| 21:00 | $110,800 | $620m | Price breaks $111,000 support, triggering stops |
| 22:00 | $108,400 | $1.15bn | Largest hourly liquidation on record for Vexa |
| 23:00 | $106,200 | $1.48bn | Session low; bids return as funding flips |
| 00:00 | $107,300 | $1.55bn | Short covering and dip buying from Asia |
| 02:00 | $108,100 | $1.60bn | Liquidations taper off |

The most intense hour ran from 21:00 to 22:00 UTC, when about $530 million of longs were closed out. Northlight estimates that more than 60% of that came from positions using 20 times leverage or more, many of them opened during the October rally.

> "The initial spot selling was not large by itself," said Farah Lindqvist, head of research at Northlight Data. "What turned it into a cascade was how much leverage was stacked between $108,000 and $111,000. Once the first tranche went, the forced selling did the rest."

## Funding flips below zero

Perpetual futures use a funding mechanism to keep their prices aligned with spot: when longs dominate, they pay shorts, and vice versa. Through most of October and early November, bitcoin funding stayed positive, reflecting persistent demand for leveraged upside exposure.

By Monday the average eight-hour bitcoin funding rate across Vexa, Orbitrade and Tessera had fallen to about **-0.012%**, equivalent to roughly -13% on an annualised basis and the first negative reading since July. Ether funding dropped further, to about -0.019%, while solana funding touched -0.03% on Orbitrade during the Asian session.

- Negative funding means short sellers are now paying to hold their positions.
- Historically, deeply negative funding after a liquidation event has often preceded short-term rebounds, though not reliably.
- Funding on smaller tokens remains more volatile and less informative because of thinner open interest.

## Leverage washed out

Aggregate open interest in bitcoin perpetuals fell by about $7.4 billion, or 11%, to roughly **$60.6 billion**, according to Northlight. Ether perpetual open interest dropped by about 14%. The decline suggests that a large share of the leverage built up during the run to October's record has now been removed from the system.

Basis on quarterly futures also compressed. The annualised premium of December bitcoin futures over spot on Tessera narrowed to about 4.2%, from 7.5% a week earlier, reducing the appeal of cash-and-carry trades that had attracted institutional capital earlier in the autumn.

> "A reset like this makes the market healthier in the short run, but it also removes a source of easy buying," said Tobias Reinholt, a derivatives trader at Ashcombe Capital. "The people who bought the breakout with borrowed money are out, and they will not come back quickly."

## What comes next

Traders are watching whether funding stays negative as prices stabilise, which would suggest shorts are crowding in and could set up a squeeze. Spot demand is the other variable: US spot bitcoin ETFs recorded modest outflows last week, and a return to inflows would help absorb any further selling. The Federal Reserve's meeting on 9-10 December remains the main scheduled macro event before the end of the year.`,
  },
  {
    slug: 'solana-exchange-traded-products-draw-steady-inflows-as-staking-yield-passes-through',
    title: 'Solana exchange-traded products draw steady inflows as staking yield passes through',
    dek: "A year after launch, US solana funds have grown without the long outflow spells that marked the first year of spot ether funds, helped by staking rewards paid to holders.",
    category: 'markets',
    author: 'maya-okafor',
    tags: ['solana', 'spot-etfs', 'staking', 'ether'],
    publishedDaysAgo: 19,
    keyPoints: [
      'US-listed spot solana exchange-traded products took in about $94 million in the week to Friday, their tenth straight week of net inflows, according to Sableridge Research.',
      'Cumulative net inflows since the first products launched in late October 2025 stand at about $2.4 billion, with assets of roughly $3.1 billion.',
      'Funds stake between 80% and 90% of their holdings and pass through net yields of about 4.6% to 5.0% a year after fees.',
      'Solana funds hold about 3% of the token’s market value, against roughly 5% of ether supply held by spot ether funds at the same age.',
    ],
    summary: "US solana exchange-traded products recorded a tenth consecutive week of net inflows, taking cumulative inflows to about $2.4 billion a year after the first funds launched. Staking rewards passed through to holders have helped demand, and unlike spot ether funds at the same age, the products have avoided prolonged stretches of outflows, though they remain smaller relative to their underlying asset.",
    body: `US-listed spot solana exchange-traded products took in about **$94 million** in the week to Friday, their tenth straight week of net inflows, according to Sableridge Research. The streak held even as solana fell to about $188, roughly 11% below its late-October high, in a broad pullback that has also taken bitcoin well off its 24 October record of about $125,300.

Cumulative net inflows since the first US spot solana products began trading in late October 2025 now stand at about $2.4 billion, and the group holds roughly $3.1 billion of assets. That makes them the third-largest category of single-asset crypto funds in the US, behind bitcoin and ether.

## Steady rather than spectacular

The solana funds have grown in a notably even pattern. Sableridge counts 41 weeks of net inflows out of 54 since launch, and no outflow week has exceeded $60 million.

| Period | Net inflows | Average weekly flow |
|---|---|---|
| Q4 2025 (from launch) | $410m | $46m |
| Q1 2026 | $380m | $29m |
| Q2 2026 | $520m | $40m |
| Q3 2026 | $690m | $53m |
| Q4 2026 to date | $400m | $80m |

Inflows accelerated in the autumn as bitcoin rallied towards its record, but they did not reverse when prices turned lower. Sableridge attributes that partly to the makeup of the investor base: registered investment advisers and model-portfolio providers account for an estimated 45% of holdings, a group that tends to rebalance on schedule rather than trade momentum.

> "These products are being bought as an allocation, not a trade," said Marguerite Osei, senior ETF analyst at Sableridge Research. "The flow data looks more like a slow accumulation programme than a retail chase."

## The staking difference

A central selling point has been staking. Unlike the first spot ether funds, which launched in July 2024 without the ability to stake and only added it more than a year later, most US solana products were structured to stake from the outset and pass the rewards through to shareholders.

Gross staking yields on the Solana network currently run at about 6.1% a year, reflecting the protocol's declining inflation schedule plus priority fees and tips paid to validators. Funds do not capture all of that:

- They keep 10% to 20% of holdings unstaked to meet redemptions, because unstaking takes about two days.
- Validators and staking providers take a commission on rewards, typically 5% to 8%.
- Sponsor fees of 0.20% to 0.35% a year are deducted from assets.

After those costs, Sableridge estimates that the largest funds pass through net yields of about **4.6% to 5.0%** a year. Arbor Peak's solana fund, which stakes 90% of its holdings, sits at the top of that range, while Westmark's, which keeps a larger liquidity buffer, sits at the bottom.

## How they compare with ether funds

Measured in dollars, the solana funds remain far smaller than spot ether funds were at the same age. Relative to the size of the underlying asset, the gap is narrower: solana products hold about 3% of the token's market value, against roughly 5% of ether supply held by US spot ether funds around their first anniversary, according to Sableridge estimates.

The path was different, too. Ether funds spent long stretches of their first year in net outflows before a surge in the summer of 2025 lifted cumulative flows sharply. Solana funds have had no comparable drawdown in demand, a contrast Sableridge links both to the yield and to the timing of the launch, which came after advisers had already grown used to holding crypto funds.

> "Ether funds had to educate the market; solana funds inherited an audience," said Lucas Barrow, head of digital-asset products at Lumen Harbor Advisors. "The staking income is what keeps that audience in the fund when prices drop."

## Risks to the trend

Analysts note that a yield of around 5% competes less well with cash when short-term interest rates are high, making the Federal Reserve's December decision relevant to flows. Concentration is another consideration: the two largest solana products hold about 70% of the category's assets, so a change in either sponsor's strategy could swing aggregate flows.`,
  },
  {
    slug: 'bitcoin-dominance-nears-60-percent-as-altcoins-lag-record-rally',
    title: 'Bitcoin dominance nears 60% as altcoins lag the record rally',
    dek: "Bitcoin's share of crypto market value rose to 59.6% after Saturday's all-time high, while an index of the 50 largest altcoins gained barely a quarter as much in October.",
    category: 'markets',
    author: 'maya-okafor',
    tags: ['bitcoin', 'ether', 'solana', 'xrp'],
    publishedDaysAgo: 29,
    keyPoints: [
      "Bitcoin's share of total crypto market capitalisation reached 59.6% on Tuesday, up from 56.8% on 1 October.",
      'Bitcoin is up about 6% this month after setting a record near $125,300 on 24 October, while the Fernhill Alt50 index has risen 1.4%.',
      'Only 14 of the 50 index constituents trade above their 50-day moving averages, a sign that the rally has been narrow.',
      'The ether-bitcoin ratio slipped to 0.0336, its lowest level since June, as new fund money concentrated in bitcoin.',
    ],
    summary: "Bitcoin's dominance of the crypto market climbed to 59.6% as the October rally that carried it to a record of about $125,300 left most other tokens behind. Breadth measures show few altcoins participating, with spot ETF inflows and corporate buying concentrated in bitcoin while token unlocks weigh on smaller assets.",
    body: `Bitcoin's share of the total cryptocurrency market rose to **59.6%** on Tuesday, its highest reading in more than four months, as the rally that carried the largest digital asset to a record last weekend left most of the market behind. The figure was 56.8% at the start of October, according to data compiled by index provider Fernhill Index Partners.

Bitcoin touched about $125,300 on Saturday, 24 October, and traded near $121,400 on Wednesday, up roughly 6.0% for the month. Over the same period the Fernhill Alt50, which tracks the 50 largest tokens by market value excluding bitcoin, ether and stablecoins, has gained 1.4% and remains 31% below the high it set in August.

## A narrow advance

Breadth indicators, which measure how many assets are taking part in a move, point to a rally carried by a single name. Only 14 of the Alt50's constituents are trading above their 50-day moving averages, compared with 33 at the end of August. Of the top 100 tokens by market value, 18 have outperformed bitcoin over the past 90 days, well short of the level traders usually associate with a broad rotation into smaller assets.

| Asset | October change | From 2026 high |
|---|---|---|
| Bitcoin | +6.0% | -3.1% |
| Ether | +2.6% | -14.2% |
| Solana | +0.8% | -22.5% |
| XRP | -3.5% | -26.8% |
| Fernhill Alt50 | +1.4% | -31.0% |

Ether, at about $4,080, has risen 2.6% this month, but the ether-bitcoin ratio slipped to 0.0336, its lowest level since June. Solana and XRP, which led the market in parts of the summer, have been flat to lower.

> "Every rally this year has started in bitcoin, but in the earlier ones the money rotated outward within two or three weeks. This time the rotation has not arrived, and the breadth numbers are about as thin as we have recorded." — Rafaela Ostrowski, head of research at Fernhill Index Partners

## Where the money is going

The clearest explanation is the source of new demand. US spot bitcoin exchange-traded funds have taken in about **$4.9 billion** of net inflows in October through Tuesday, according to fund-flow tallies, against roughly $610 million for spot ether products. Listed companies that hold bitcoin on their balance sheets disclosed purchases of about 21,000 BTC over the same period.

Those buyers rarely touch smaller tokens. Much of the capital entering crypto this autumn has arrived through regulated wrappers and corporate treasuries, and bitcoin is the asset those channels were built for. Altcoin demand has depended more heavily on offshore derivatives venues, where open interest in perpetual futures outside bitcoin and ether has fallen about 9% since the start of the month.

Supply is another drag. Scheduled token unlocks across the Alt50 constituents are expected to release about $1.4 billion of new tokens in November, according to Fernhill, adding to selling pressure for projects that already trail the market.

## What traders are watching

Derivatives desks describe a market that is positioned for bitcoin to keep leading. Funding rates on bitcoin perpetual swaps have stayed positive but moderate, while funding on several large altcoin contracts turned negative during Saturday's run to the record.

> "People are willing to be long bitcoin and short the basket against it. That trade has worked for a month, and it is crowded enough now that a sharp reversal in the ratio would not surprise me." — Tobias Wren, derivatives trader at Pennant Trading

Analysts point to a few signals that would suggest the gap is closing:

- a sustained rise in the ether-bitcoin ratio back above 0.036;
- stronger inflows into spot ether and other altcoin funds relative to bitcoin products;
- a recovery in the number of Alt50 members above their 50-day averages toward half the index.

## Historical context

High dominance readings have often marked late stages of bitcoin-led advances rather than their end. In previous cycles, periods in which bitcoin's share rose during a rally were followed by a phase in which gains spread to larger altcoins, though the timing varied by months and did not always happen.

Fernhill's breadth data show participation thinner than at any point since the current cycle began. For now, the October record has been a bitcoin story, and the rest of the market has yet to follow it.`,
  },
  {
    slug: 'centralised-exchange-spot-volume-falls-as-derivatives-and-dex-share-rise',
    title: 'Centralised exchange spot volume falls for a third quarter as derivatives and DEX share climb',
    dek: 'Tessellate Research says spot trading on centralised venues dropped 11.6% in the third quarter, while futures volume rose 7.1% and decentralised exchanges took a record 24.4% of spot activity.',
    category: 'markets',
    author: 'samuel-adeyemi',
    tags: ['derivatives', 'defi', 'bitcoin', 'stablecoins'],
    publishedDaysAgo: 41,
    keyPoints: [
      'Spot volume on centralised exchanges fell to $3.28 trillion in the third quarter, down 11.6% from $3.71 trillion in the second, according to Tessellate Research.',
      'Derivatives volume on centralised venues rose 7.1% to $25.6 trillion, lifting the ratio of derivatives to spot trading to a record 7.8 times.',
      'Decentralised exchanges handled $1.06 trillion of spot trades, or 24.4% of all spot volume, up from 18.1% a year earlier.',
      'The firm links the shift to lower trading fees on-chain, growing use of perpetual futures and a decline in retail activity on large centralised platforms.',
    ],
    summary: 'A quarterly report from Tessellate Research shows spot trading on centralised crypto exchanges fell for a third straight quarter in the three months to September, while derivatives volume and the on-chain share of spot trading both reached records. The firm attributes the shift to cheaper on-chain execution, growth in perpetual futures and weaker retail participation.',
    body: `Spot trading on centralised cryptocurrency exchanges fell for a third consecutive quarter in the three months to September, even as activity in derivatives and on decentralised exchanges reached new highs, according to a quarterly report published on Friday by Tessellate Research.

Centralised venues handled **$3.28 trillion** of spot trades in the third quarter, down 11.6% from $3.71 trillion in the second quarter and 29% below the level of the final quarter of 2025. Over the same period, futures and perpetual swap volume on those venues rose 7.1% to $25.6 trillion, and decentralised exchanges processed $1.06 trillion of spot trades, their busiest quarter on record.

## The numbers by quarter

Tessellate, which aggregates reported and independently verified volume from 38 centralised exchanges and the largest automated market makers and on-chain order books, said the figures exclude venues whose reported activity it could not reconcile with order-book and settlement data.

| Quarter | CEX spot ($tn) | CEX derivatives ($tn) | DEX spot ($tn) | DEX share of spot |
|---|---|---|---|---|
| Q4 2025 | 4.62 | 24.1 | 1.02 | 18.1% |
| Q1 2026 | 3.95 | 22.8 | 0.94 | 19.2% |
| Q2 2026 | 3.71 | 23.9 | 0.98 | 20.9% |
| Q3 2026 | 3.28 | 25.6 | 1.06 | 24.4% |

The ratio of derivatives to spot volume on centralised exchanges climbed to **7.8 times**, from 6.4 times in the second quarter and 5.2 times a year ago. That is the highest ratio in the firm's data, which begins in 2019.

> "The spot order books on the big exchanges are getting thinner while the futures books get deeper. Price discovery is increasingly happening in perpetuals, and spot is catching up to it rather than leading." — Helena Marsh, head of research at Tessellate Research

## Why spot is shrinking

The report identifies three main causes. First, retail activity on the largest centralised platforms has declined: the number of accounts that placed at least one spot trade during the quarter fell about 14%, based on figures disclosed by exchanges that publish them. Second, more buyers now gain exposure through regulated funds, whose trading takes place on stock exchanges and is not counted in crypto venue totals.

Third, professional traders have moved directional bets into perpetual futures, which offer leverage and lower capital requirements. Bitcoin and ether accounted for 71% of derivatives volume in the quarter, with solana, XRP and dogecoin contracts making up most of the rest.

- Average taker fees on the ten largest centralised spot venues were broadly unchanged at about 0.08%.
- Median swap costs on major Ethereum layer-2 networks and Solana fell below $0.01 for most of the quarter.
- Stablecoin pairs made up 83% of decentralised spot volume, up from 76% a year earlier.

## The on-chain share

Decentralised exchanges benefited from both lower transaction costs and the spread of on-chain order books that resemble centralised matching engines. Tessellate said venues built on Solana accounted for 41% of decentralised spot volume in the quarter, with Ethereum and its layer-2 networks at 37% and BNB Chain at 15%.

The firm cautioned that part of the on-chain growth reflects automated trading between pools rather than end-user demand. Adjusting for arbitrage and trades it classifies as likely wash activity, it estimates the underlying decentralised share at about 19% of spot volume, still a record on that basis.

> "Even after you strip out the bots trading with each other, the direction is clear. A fifth of spot crypto now changes hands without a centralised intermediary." — Helena Marsh

## What it means for exchanges

Lower spot volume weighs on the fee income of centralised exchanges, which have traditionally earned wider margins on spot trades than on futures. Several large platforms have responded by expanding derivatives listings, adding tokenized securities and building their own on-chain trading products.

Tessellate expects the derivatives-to-spot ratio to remain elevated in the fourth quarter but said a sharp market move could reverse some of the trend, since volatility tends to bring retail traders back to spot markets. The report's October data, covering the first two weeks of the month, show centralised spot volume running about 6% above its third-quarter daily average.`,
  },
  {
    slug: 'real-yields-weaker-dollar-after-fed-cut-reshape-bitcoin-gold-nasdaq-correlations',
    title: 'How falling real yields and a softer dollar are reshaping bitcoin’s ties to gold and the Nasdaq',
    dek: 'Since the Federal Reserve’s September rate cut, bitcoin has moved less in step with technology stocks and more in line with gold, a shift strategists link to real yields and the dollar.',
    category: 'markets',
    author: 'maya-okafor',
    tags: ['macro', 'federal-reserve', 'bitcoin'],
    publishedDaysAgo: 53,
    keyPoints: [
      'The yield on 10-year inflation-protected Treasuries has fallen to about 1.61% from 1.92% in early August, while the dollar index has dropped 2.6% to near 95.8.',
      'The 30-day correlation between bitcoin and the Nasdaq 100 has fallen to 0.18 from 0.52 at the end of June.',
      "Bitcoin's 30-day correlation with gold has risen to 0.31, one of its highest readings in two years.",
      'Strategists caution that correlations on short windows are unstable and can reverse quickly in a sell-off.',
    ],
    summary: "Real yields and the dollar have both fallen since the Federal Reserve cut rates in September, and bitcoin's relationship with other assets has shifted with them. Its short-term correlation with the Nasdaq 100 has weakened while its link to gold has strengthened, though strategists warn such measures are volatile.",
    body: `The Federal Reserve's quarter-point rate cut in September has been followed by two shifts that matter for crypto markets: real interest rates have fallen and the dollar has weakened. Less noticed is a third change. Bitcoin, which traded for much of the past two years as a high-beta version of technology stocks, has started to move more closely with gold.

This explainer looks at what has happened to real yields and the dollar, how bitcoin's correlations with gold and the Nasdaq 100 have changed, and why strategists are wary of reading too much into the new pattern.

## Real yields and the dollar

Real yields, the return on government bonds after expected inflation, are a common benchmark for assets that pay no income. When they fall, the opportunity cost of holding gold or bitcoin falls too. The yield on 10-year Treasury inflation-protected securities has dropped to about **1.61%**, from 1.92% in early August, as markets priced further easing after the September decision.

The dollar has moved in the same direction. The ICE dollar index, which measures the currency against six major peers, is near 95.8, down 2.6% since the start of August. A weaker dollar tends to loosen global financial conditions and has historically coincided with stronger returns for assets priced in dollars, including commodities and crypto.

> "Real yields and the dollar are the two levers that matter most for non-yielding assets. Both are pointing the same way for the first time this year, and that is what the market is trading." — Corinne Vasquez, chief macro strategist at Harrowgate Macro

## How the correlations have shifted

Correlation measures how closely two assets move together on a scale from minus one to one. On a 30-day window of daily returns, bitcoin's correlation with the Nasdaq 100 has fallen to 0.18, from 0.52 at the end of June. Over the same period its correlation with gold has risen from slightly negative to 0.31.

| Window ending | BTC vs Nasdaq 100 | BTC vs gold | BTC vs dollar index |
|---|---|---|---|
| 30 June 2026 | 0.52 | -0.05 | -0.21 |
| 31 August 2026 | 0.37 | 0.12 | -0.29 |
| 2 October 2026 | 0.18 | 0.31 | -0.38 |

The negative correlation with the dollar index has also deepened, meaning bitcoin has tended to rise on days the dollar falls. Bitcoin trades near $116,000, up about 7% since the Fed's decision, while the Nasdaq 100 has gained about 3% and gold about 6%.

## Why the relationship changed

Strategists offer several explanations. The first is the buyer base: a larger share of bitcoin demand now comes through spot exchange-traded funds and corporate treasuries, and some of those investors treat it as a store-of-value allocation alongside gold rather than as a growth asset.

The second is the mix of macro drivers. Earlier in the year, markets were dominated by news about technology earnings and AI spending, which moved both bitcoin and the Nasdaq. Since September, the dominant theme has been the path of rates and the dollar, which affects gold and bitcoin through the same channel.

- Lower real yields reduce the cost of holding non-yielding assets.
- A softer dollar raises the dollar price of globally traded stores of value.
- Expectations of further cuts have lifted demand for assets seen as hedges against currency debasement.

## The caveats

Thirty-day correlations are noisy. A single large move in either asset can swing the reading sharply, and the relationship between bitcoin and equities has tended to reassert itself during market stress, when investors sell risk assets together.

> "In a liquidity shock, correlations go to one. The gold link is real in a calm, easing market, but I would not rely on it as a hedge if equities fall 10%." — Arjun Mehta, portfolio manager at Pellucid Asset Management

Longer windows show a smaller change. On a 180-day basis, bitcoin's correlation with the Nasdaq 100 is 0.34 and with gold 0.14, suggesting the shift is real but still early. The next tests are the September inflation data and the Fed's following policy meeting, where markets expect another quarter-point cut. A surprise on either could push real yields and the dollar back up and test whether the new pattern holds.`,
  },
  {
    slug: 'tokenized-stocks-and-etfs-top-2-billion-in-monthly-on-chain-volume',
    title: 'Tokenized stocks and ETFs top $2 billion in monthly on-chain trading for the first time',
    dek: 'Blockchain versions of Nvidia, Tesla and the largest index funds drove the milestone, but the tokens carry issuer risk, no voting rights and remain off-limits to US retail buyers.',
    category: 'markets',
    author: 'samuel-adeyemi',
    tags: ['tokenization', 'sec', 'mica', 'solana'],
    publishedDaysAgo: 66,
    keyPoints: [
      'On-chain trading in tokenized equities and ETFs reached $2.14 billion in the 30 days to 20 September, up from $1.31 billion in the prior 30 days, according to Tallyrock Data.',
      'Tokens tracking Nvidia, Tesla, the SPDR S&P 500 ETF and the Invesco QQQ fund made up 59% of the volume.',
      'The market value of tokenized shares and funds outstanding rose to about $1.4 billion, held across roughly 94,000 wallets.',
      'Most products are structured as debt instruments or tracker certificates, are not offered to US persons and give holders no shareholder rights.',
    ],
    summary: "Trading in blockchain-based versions of listed stocks and exchange-traded funds passed $2 billion in a 30-day period for the first time, led by tokens tracking Nvidia, Tesla and the biggest US index funds. Growth is concentrated on Solana and Ethereum venues, but the products remain legally distinct from the shares they track and face regulatory limits.",
    body: `Trading in tokenized versions of US stocks and exchange-traded funds topped **$2 billion** in a 30-day period for the first time, as crypto-native investors used blockchain venues to buy exposure to large technology shares and index funds outside normal market hours.

On-chain volume in tokenized equities and ETFs reached $2.14 billion in the 30 days to 20 September, up 63% from $1.31 billion in the previous 30 days, according to Tallyrock Data, which tracks about 420 tokenized securities across eight blockchains. The market value of tokens outstanding rose to about $1.4 billion, held across roughly 94,000 wallets.

## Which tickers and which venues

Demand is concentrated in a handful of names that already dominate retail trading in conventional markets. Tokens tracking four securities accounted for 59% of volume over the period.

| Underlying | Share of on-chain volume | 30-day volume ($m) |
|---|---|---|
| Nvidia (NVDA) | 18% | 385 |
| Tesla (TSLA) | 16% | 342 |
| SPDR S&P 500 ETF (SPY) | 14% | 300 |
| Invesco QQQ (QQQ) | 11% | 235 |
| Strategy (MSTR) | 8% | 171 |
| All others | 33% | 707 |

Two issuers account for most of the supply. Vantor Issuance, a Jersey-based company that issues tracker certificates on Solana and Ethereum, had about $610 million of tokens outstanding, while Liechtenstein-registered Ostrum Markets, which issues under an approved EU base prospectus, had about $390 million. Solana-based decentralised exchanges handled 52% of secondary trading, Ethereum and its layer-2 networks 31%, and BNB Chain most of the remainder.

> "The growth is coming from people who already hold stablecoins and want Nvidia or the S&P 500 without opening a brokerage account. The weekend is when the venues are busiest relative to their size." — Noor Haddad, head of research at Tallyrock Data

## Why on-chain, and why now

Traders cite three advantages: tokens trade around the clock, settle in seconds and can be used as collateral in decentralised lending protocols. About 18% of tokenized equity supply was deposited in lending or liquidity pools at the end of the period, Ledgerline said, up from 11% in June.

Lower rates have also played a role. Since the Federal Reserve's cut last week, yields on cash-like stablecoin strategies have eased, pushing some on-chain capital toward risk assets. Average daily volume in the five sessions after the decision was 24% higher than the 30-day average.

## The regulatory caveats

The products are not the same as owning shares, and that distinction shapes who can buy them.

- **Legal form.** Most tokens are debt instruments or certificates issued by a special-purpose company that holds the underlying shares with a custodian. Holders have a claim on the issuer, not the listed company, and receive no voting rights.
- **Counterparty risk.** Investors depend on the issuer and custodian remaining solvent and honouring redemptions. Redemption is typically limited to verified institutional holders.
- **Access.** Issuers generally exclude US persons. The SEC has stated that a security placed on a blockchain remains a security, so offering these tokens to US retail investors would require registration or an exemption.
- **Pricing gaps.** Outside US trading hours, token prices are set by on-chain supply and demand rather than by the underlying market. Ledgerline measured median weekend deviations of 0.6% for large tokens and more than 3% for smaller ones.

In the European Union, tokenized shares fall outside MiCA, which excludes financial instruments, and are covered instead by MiFID II and prospectus rules. European securities regulators have warned that some products marketed as stock tokens may leave retail investors unclear about what they own.

> "The structure is sound when the custodian is good and the issuer is transparent. The risk is that investors treat the token as the share and stop reading the prospectus." — Marius Lindqvist, partner at law firm Aldgate Lindqvist

## What comes next

At $2 billion a month, tokenized equity trading remains tiny compared with conventional US stock markets, where that amount changes hands in minutes. But growth has been steady: Ledgerline's 30-day volume figure has risen in eight of the past nine months. The firm expects further growth if more centralised exchanges list tokenized shares alongside crypto pairs and if US regulators set out a path for registered on-chain trading.`,
  },
  {
    slug: 'xrp-rallies-after-keelstone-xrp-fund-draws-486-million-in-first-week',
    title: 'XRP rallies 12% after Keelstone fund draws $486 million in its first week',
    dek: "The token climbed to about $3.08 as the new fund's purchases tightened supply on exchanges and order-book depth near the market price rose by two fifths.",
    category: 'markets',
    author: 'maya-okafor',
    tags: ['xrp', 'spot-etfs', 'derivatives'],
    publishedDaysAgo: 79,
    keyPoints: [
      'The Keelstone XRP Fund recorded $486 million of net inflows in its first five trading days and now holds about 168 million XRP.',
      'XRP has risen about 12.4% since the fund began trading on 31 August, to near $3.08, outperforming bitcoin, which gained about 2%.',
      'Aggregate order-book depth within 2% of the market price rose to $74 million from $52 million at the start of August, according to Kittering Data.',
      'Open interest in XRP futures climbed 18% over the week to about $6.9 billion, with funding rates turning firmly positive.',
    ],
    summary: 'XRP gained about 12% in just over a week after the Keelstone XRP Fund, a new US-listed spot product, attracted $486 million of net inflows in its first five trading days. The fund’s purchases coincided with deeper order books and rising futures open interest, though analysts note that early inflows to new funds often slow after launch.',
    body: `XRP has climbed about **12.4%** since 31 August to trade near $3.08 on Tuesday, after a newly launched spot fund from Keelstone Asset Management drew $486 million of net inflows in its first five trading days, the strongest debut for any XRP investment product to date.

The Keelstone XRP Fund, which began trading on a US exchange on 31 August, held about 168 million XRP at Friday's close, the last session before the US Labor Day holiday, according to its daily holdings file. Bitcoin gained about 2% over the same period and ether about 3%, making XRP the best performer among the ten largest cryptocurrencies by market value.

## How the inflows unfolded

The fund took in $131 million on its first day and recorded net creations in each of the following four sessions. Keelstone said authorised participants sourced most of the tokens through over-the-counter desks rather than public order books, which limited the immediate price impact but drew down inventories held by trading firms.

| Session | Net inflow ($m) | XRP close ($) |
|---|---|---|
| 31 August | 131 | 2.78 |
| 1 September | 104 | 2.84 |
| 2 September | 88 | 2.91 |
| 3 September | 79 | 2.96 |
| 4 September | 84 | 3.02 |

> "The first week tells you there was pent-up demand from advisers who could not hold the token directly. What matters now is whether the daily creations stay positive once the launch buying is done." — Graham Oduya, head of digital assets at Keelstone Asset Management

## Order-book depth and liquidity

Liquidity has improved alongside the price. Aggregate order-book depth within 2% of the market price across the ten largest XRP trading venues rose to **$74 million**, from $52 million at the start of August, according to market-data firm Kittering Data. Bid-side depth grew faster than ask-side depth, a pattern that typically indicates market makers expect further buying.

The average bid-ask spread on XRP-dollar and XRP-stablecoin pairs narrowed to 1.9 basis points from 2.6 basis points a month earlier. Korean won pairs accounted for about 22% of spot volume over the week, in line with their share for most of the year.

- Exchange balances of XRP tracked by Kittering fell by about 240 million tokens over the week.
- The share of volume from orders larger than $1 million rose to 17%, from 11% in August.
- Depth on the ask side thinned most above $3.10, a level that has capped rallies since July.

## Derivatives are adding fuel

Futures markets have amplified the move. Open interest in XRP futures and perpetual swaps rose 18% over the week to about $6.9 billion, and funding rates on the main perpetual contracts turned firmly positive, meaning traders with long positions are paying to hold them.

> "Spot buying from the fund started this, but leverage has done a lot of the work since Thursday. Positive funding and rising open interest together make the market vulnerable to a quick flush if the inflows slow." — Leah Brandt, derivatives analyst at Kittering Data

About $38 million of short positions were liquidated on Friday as XRP crossed $3, the largest daily short liquidation for the token in two months.

## What could slow the rally

Analysts point to two risks. New funds often see inflows fall sharply after the first fortnight, once seed investors and early allocators have bought, and a slowdown would remove the steadiest source of demand. Separately, supply from Ripple's monthly escrow releases and from large holders taking profit above $3 could meet the thinner ask-side liquidity.

The regulatory backdrop has been less of a factor this year than in the past, following the end of the SEC's long-running case against Ripple in 2025. For now, the market's attention is on the fund's daily flow reports, which Keelstone publishes each evening.`,
  },
];
