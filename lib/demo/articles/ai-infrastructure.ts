import type { DemoArticle } from '../catalog';

export const aiInfrastructureArticles: DemoArticle[] = [
  {
    slug: 'rental-prices-for-older-gpus-slide-as-new-capacity-floods-in',
    title: 'Rental prices for older GPUs slide as new capacity floods in, squeezing debt-funded AI clouds',
    dek: 'On-demand H100 hours now clear near $1.45, down about 30% since January, as Blackwell fleets come online and lenders start asking how much older collateral is really worth.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['ai', 'data-centers'],
    publishedDaysAgo: 0.9,
    keyPoints: [
      'The median on-demand price for an H100 SXM hour fell to about $1.45 in November, from $2.08 in January, according to a rental tracker run by Sablewood Research.',
      'A100 80GB hours now average $0.78, a level at which several smaller clouds say they no longer cover power, space and interest on the hardware.',
      'Independent AI clouds that financed 2024-vintage fleets with debt face covenant tests tied to utilisation and collateral value in the first half of 2027.',
      'Newer Blackwell-class parts are holding up better, with B200 hours down roughly 12% since January.',
    ],
    summary: 'Hourly rental prices for previous-generation Nvidia GPUs have dropped sharply through 2026 as large volumes of newer Blackwell capacity come online. The slide is a problem for independent AI clouds that borrowed against H100 and A100 fleets on the assumption that rates would hold, and lenders are starting to revisit collateral values.',
    body: `The price of renting a previous-generation AI accelerator by the hour has fallen for a tenth straight month, as a wave of newer hardware reaches the market and buyers who once took any capacity they could find become choosier. The median on-demand rate for an Nvidia H100 SXM hour was about **$1.45** in the first three weeks of November, according to a rental index maintained by Sablewood Research, down from $2.08 in January and more than $4 at the height of the 2023 shortage.

The decline matters most for a group of independent AI clouds that bought H100 and A100 fleets in 2023 and 2024 with borrowed money. Their loan models typically assumed rental rates would ease gradually over five or six years; instead, a large share of the expected revenue has already been competed away.

## Where prices stand

Sablewood's index draws on listed and transacted prices from 41 providers, ranging from large neoclouds to resellers and marketplace hosts. Contract rates for multi-year commitments sit below the on-demand figures shown here, typically by 15% to 25%.

| GPU class | January 2026 | July 2026 | November 2026 | Change since January |
|---|---|---|---|---|
| B200 | $4.90 | $4.55 | $4.31 | -12% |
| H200 | $3.10 | $2.55 | $2.20 | -29% |
| H100 SXM | $2.08 | $1.72 | $1.45 | -30% |
| A100 80GB | $1.15 | $0.94 | $0.78 | -32% |
| L40S | $0.92 | $0.81 | $0.74 | -20% |

The steepest falls are in the parts that were hardest to obtain two years ago. Training customers have moved to Blackwell systems, which offer more memory and faster interconnects per rack, leaving H100 clusters to compete for inference and fine-tuning work where buyers are far more sensitive to price.

> "The H100 has gone from a scarce asset to a commodity in about eighteen months," said Nadia Ferreira, head of compute research at Sablewood. "Nothing is wrong with the chip. There are simply a lot more of them, and the customers that paid a premium for scarcity have moved up the stack."

## Who is exposed

The pressure falls unevenly. Hyperscalers absorb price swings across much larger businesses, and the biggest neoclouds signed multi-year take-or-pay contracts with model developers before rates turned. The most exposed operators are mid-sized clouds with between 2,000 and 20,000 GPUs that relied on shorter contracts and spot demand.

Sablewood estimates that an H100 bought for about $30,000 in early 2024 and financed at 11% needs to earn roughly $1.60 an hour at 70% utilisation to cover power, colocation and debt service. At current spot rates, that leaves little or no margin. Operators cited in lender presentations reviewed by Tickerwire had pencilled in rates of $2.20 to $2.60 for 2026.

- **Utilisation covenants:** several GPU-backed loans require fleet utilisation above 65% to 75%, measured quarterly.
- **Loan-to-value tests:** some facilities mark collateral to resale prices for used accelerators, which have fallen alongside rental rates.
- **Refinancing walls:** a cluster of 2024-vintage facilities reaches scheduled amortisation step-ups in the first half of 2027.

## The lenders' view

Credit funds that pioneered GPU-backed lending say most loans remain current, and that rental prices are only one input. Many of the larger facilities are secured against contracted cash flows rather than spot revenue, with the hardware serving as secondary collateral.

Still, two private credit managers told Tickerwire they had begun applying sharper haircuts to H100 collateral in new deals, assuming residual values of 10% to 15% of purchase price after four years instead of 25% to 30%. One said a borrower had asked to convert part of its spot capacity into a discounted three-year contract to protect its utilisation ratio, accepting a rate close to $1.30 an hour.

> "The loans were underwritten as if these were aircraft," said Tomas Lindqvist, a partner at Harbourline Credit, which does not lend against GPUs. "Aircraft hold value for twenty years. Accelerators have a product cycle of about two."

## What to watch

The next test is whether inference demand grows fast enough to absorb the older fleets. Usage of open-weight models for customer support, coding assistants and document processing has risen steadily in 2026, and several clouds say H100 utilisation held above 80% in October even as prices fell.

Sablewood expects H100 on-demand rates to settle between $1.20 and $1.35 by mid-2027, when the next generation of accelerators begins shipping in volume. Ferreira said the firm will publish its first index of used-GPU resale prices in January, which lenders are likely to watch as closely as rental rates.`,
  },
  {
    slug: 'grid-capacity-auction-clears-at-record-on-data-centre-demand',
    title: 'Mid-Atlantic grid capacity auction clears at a record as data-centre forecasts swell demand',
    dek: 'PJM’s auction for the 2028/29 delivery year cleared at $412 per megawatt-day, a cost that lands on household bills first and puts new pressure on bitcoin miners and AI campuses in the region.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['data-centers', 'energy', 'ai', 'bitcoin'],
    publishedDaysAgo: 3,
    keyPoints: [
      'PJM Interconnection’s capacity auction for June 2028 to May 2029 cleared at $412 per megawatt-day across most of its footprint, the highest price in the market’s history.',
      'Total procurement costs rose to about $19.6 billion, up from roughly $16 billion in the prior auction, according to estimates by the consultancy Pellham Grid Advisors.',
      'Data centres account for most of the roughly 32 gigawatts of peak-load growth the grid operator forecasts by 2030.',
      'Flexible loads such as bitcoin miners can cut their exposure by curtailing during peak hours, while large AI campuses face pressure to bring their own generation.',
    ],
    summary: 'The largest US grid operator’s capacity auction for 2028/29 cleared at a record $412 per megawatt-day, driven by forecasts of data-centre load growth and a shrinking reserve margin. Most of the cost flows to retail customers through utility bills, while miners and AI developers face rising pressure to curtail, self-supply or pay more for firm power.',
    body: `The capacity auction run by PJM Interconnection, which manages the grid serving about 67 million people from New Jersey to Illinois, cleared at **$412 per megawatt-day** for the delivery year starting June 2028, the highest price the market has produced. The result, published on Monday, follows two earlier auctions that hit the ceiling set under a temporary price collar, which did not apply this time.

The grid operator attributed the result mainly to its forecast of peak demand, which has been revised up repeatedly as utilities report signed and pending data-centre interconnections. It also cited the retirement of older coal and gas units and the slow pace at which new generation is clearing its interconnection queue.

## Why the price jumped

Capacity auctions pay power plants to be available during the grid's tightest hours, several years ahead. When forecast demand rises faster than committed supply, the clearing price climbs along a sloped demand curve until enough megawatts are secured. In this auction, the reserve margin fell further below the operator's target than in the previous round, meaning the grid procured less spare capacity than its planners would like.

PJM's load forecast now calls for roughly 32 gigawatts of additional peak demand by 2030, with data centres accounting for about 30 gigawatts of that. Pellham Grid Advisors, a consultancy that models the market, estimates total auction costs at about **$19.6 billion**, compared with roughly $16 billion a year earlier.

| Delivery year | Clearing price ($/MW-day) | Estimated total cost |
|---|---|---|
| 2025/26 | about $270 | $14.7bn |
| 2026/27 | about $329 (cap) | $16.1bn |
| 2027/28 | about $333 (cap) | $16.4bn |
| 2028/29 | $412 | $19.6bn |

> "The market is pricing in demand that does not yet exist, and some of it never will," said Ruth Okonkwo, a managing director at Pellham. "Forecasts count projects that have signed agreements, but developers often file in several places for the same campus."

## Who pays

Capacity costs are passed through to retail electricity bills, usually with a lag of a year or more. Pellham estimates the result will add between $8 and $15 a month to a typical residential bill in the most affected utility zones from mid-2028, depending on how each state's regulator spreads the cost.

That has sharpened a political argument over whether data centres should carry more of the bill. Several state commissions in the region are considering tariffs that would require large new loads to sign long-term contracts, post collateral or pay minimum demand charges regardless of usage. Consumer advocates have also asked the operator to require new large loads to be curtailable during emergencies.

## What it means for miners and AI sites

For bitcoin miners in the PJM footprint, most of them in Pennsylvania and Ohio, the outcome is mixed. Capacity charges are typically assigned based on a customer's demand during the grid's five peak hours of the year, so operators that switch off during those hours can avoid much of the cost. Miners have long done this, and several also sell demand response back into the same market.

- **Flexible loads** such as mining sites can reduce their capacity obligation by curtailing during peaks, and some may earn revenue by committing to do so.
- **Large AI campuses** generally run around the clock and cannot shed load easily, so they absorb the full capacity charge or must contract for their own supply.
- **Miners converting to AI hosting** lose that flexibility, one reason some are keeping a portion of their sites on mining.

The economics of mining itself are already tight. With bitcoin near $104,800, down from its October record of about $125,300, hashprice has fallen and power costs loom larger in operators' margins. Ashgrove Mining, a mid-sized operator with two Pennsylvania sites, said it expected its all-in power cost to rise by about 0.4 cents per kilowatt-hour from 2028 if it did not curtail, but close to zero if it did.

## What comes next

Developers of AI campuses are likely to accelerate plans for on-site generation and for co-location at existing power plants, both of which face regulatory scrutiny. The grid operator has proposed a fast-track process for generation projects that can be online by 2029, and said it would review how data-centre load forecasts are vetted before the next auction.

Okonkwo said the next auction will show whether the record price draws new supply. "Prices this high are meant to summon investment," she said. "The question is whether turbines, transformers and permits can arrive fast enough for it to matter."`,
  },
  {
    slug: 'decentralised-gpu-networks-report-usage-but-subsidies-do-the-heavy-lifting',
    title: 'Decentralised GPU networks report record usage, but token subsidies still do much of the work',
    dek: 'Three token-incentivised compute networks say paid GPU hours rose sharply this year; an analysis of on-chain payments suggests less than a third of provider revenue comes from customers.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['ai', 'data-centers', 'solana', 'defi'],
    publishedDaysAgo: 9,
    status: 'draft',
    keyPoints: [
      'Three decentralised compute networks, Renderlane, Nodara and Kiln, together reported about 41 million GPU hours served in the third quarter, up from 17 million a year earlier.',
      'Research firm Tessel Labs estimates that customer payments covered only about 29% of what providers earned on the three networks in the quarter, with token emissions making up the rest.',
      'Reported usage includes discounted and free credits, internal testing and, in one case, hours bought by a foundation-funded programme.',
      'Token prices for the three networks have fallen between 35% and 60% from their 2026 highs, shrinking the real value of the subsidies paid to GPU owners.',
    ],
    summary: 'Token-incentivised GPU networks are reporting sharply higher usage, but on-chain data suggest most of what providers earn still comes from newly issued tokens rather than paying customers. The gap matters because falling token prices are eroding the subsidy just as rental prices for older GPUs slide.',
    body: `Decentralised networks that pay GPU owners in tokens to rent out spare compute are reporting the busiest quarter in their short history. Renderlane, Nodara and Kiln, three of the larger token-incentivised compute marketplaces, said they served a combined **41 million GPU hours** in the three months to September, more than double the figure a year earlier.

A closer look at the payments behind those hours tells a more cautious story. An analysis by Tessel Labs, a research firm that tracks on-chain revenue, found that fees paid by customers accounted for about 29% of what providers earned on the three networks during the quarter. The remainder came from token emissions, the newly minted rewards that the networks distribute to attract and retain supply.

## What the networks report

Each of the three networks publishes a dashboard of usage, but they define it differently. Renderlane counts hours for which a job was scheduled, Nodara counts hours billed, and Kiln reports "compute-hours delivered", which includes benchmarking jobs run by the network itself to verify that providers' hardware performs as advertised.

| Network | Q3 GPU hours (reported) | Customer fees, Q3 | Token rewards, Q3 | Fee share of provider income |
|---|---|---|---|---|
| Renderlane | 19.2m | $6.1m | $11.8m | 34% |
| Nodara | 14.5m | $3.4m | $9.9m | 26% |
| Kiln | 7.3m | $1.0m | $4.6m | 18% |

Tessel converted token rewards to dollars at the daily price when they were paid. Because two of the networks run on Solana and the third on an Ethereum layer-2 network, payments can be traced, but Tessel noted it could not always tell whether a paying wallet belonged to an outside customer or an entity connected to the project.

> "Usage is real in the sense that GPUs were busy," said Arjun Mehta, an analyst at Tessel Labs. "The question is who paid for it, at what price, and whether they would have paid without a discount funded by the treasury."

## Where the demand comes from

The networks say most paid work is inference for open-weight models, image generation and batch jobs such as transcription, where customers can tolerate variable performance and prefer low prices. Nodara said average realised prices for H100-class hours on its marketplace were about $1.05 in September, well below the rates charged by centralised clouds.

Tessel found that a meaningful share of the reported hours were not sold at list price:

- **Credits and grants:** about 22% of Renderlane's hours were paid with promotional credits given to start-ups in an accelerator programme.
- **Foundation-funded demand:** Kiln's largest customer in the quarter was a research programme financed by a grant from the Kiln Foundation itself.
- **Verification jobs:** roughly 9% of Kiln's reported hours were network-run benchmarks that generate no fee revenue.

Renderlane said the credits were a standard customer acquisition tool and that more than half of accelerator users had converted to paid accounts. Kiln said its research programme was disclosed in governance forums and that it would separate internal jobs from customer hours in future reports.

## Why the subsidy is shrinking

Token rewards are only as valuable as the token. All three networks' tokens are down sharply from their highs earlier this year, between 35% and 60%, tracking the broader pullback in crypto markets since bitcoin's October record and a heavier fall in smaller tokens. That means providers are receiving fewer dollars for the same hours, even when the number of tokens emitted is unchanged.

At the same time, the rental market for older GPUs has softened as new capacity arrives, pushing down the prices the networks can charge. Providers who joined with gaming cards or A100s bought second-hand now face thinner margins from both directions, and Nodara's count of active providers fell 11% between August and October.

## What to watch

Two of the networks have proposed changes to their incentive programmes. Renderlane plans to tie a growing share of rewards to fees paid by outside customers from January, and Nodara's community is voting on a cut to its emissions schedule. Kiln has not announced changes.

Mehta said the fee share is the figure to watch rather than headline hours. "If customer fees can cover half of provider income without rewards, these networks have a business," he said. "At a quarter, they are still mostly a marketing budget."`,
  },
  {
    slug: 'ai-cloud-quillstone-raises-gpu-backed-debt-facility',
    title: 'AI cloud Quillstone raises $2.4 billion GPU-backed debt facility on tighter terms',
    dek: 'The loan, led by a group of private credit funds, assumes shorter useful lives for Nvidia hardware than the company uses in its accounts and ties pricing to contracted revenue.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['ai', 'data-centers', 'macro'],
    publishedDaysAgo: 15,
    keyPoints: [
      'Quillstone Cloud, a US AI cloud, signed a $2.4 billion delayed-draw term loan secured by about 60,000 Blackwell-class GPUs and the contracts they serve.',
      'The loan is priced at SOFR plus 6.0 percentage points, about 1.5 points below the company’s 2024 facility, according to terms seen by Tickerwire.',
      'Lenders model a four-year useful life for the chips, while Quillstone depreciates them over six years in its financial statements.',
      'About 70% of the facility can only be drawn against signed customer contracts of at least three years with investment-grade or equivalent counterparties.',
    ],
    summary: 'Quillstone Cloud has raised a $2.4 billion debt facility backed by its next batch of Nvidia GPUs, on cheaper pricing than its previous loan but with tighter structural protections. Lenders are assuming a shorter life for the hardware than the company does, reflecting growing caution about how quickly accelerators lose value.',
    body: `Quillstone Cloud, a US provider of rented AI compute, has signed a **$2.4 billion** debt facility secured by its GPUs and customer contracts, the largest such deal this quarter. The loan will fund roughly 60,000 Blackwell-class accelerators to be installed at sites in Texas and Ohio through the end of 2027, the company said on Wednesday.

The terms point to a market that is both more crowded and more cautious than a year ago. Borrowing costs have come down as more private credit funds compete to lend against AI infrastructure, but lenders are imposing shorter assumed lifespans for the hardware and stricter links to contracted revenue.

## The terms

The facility is a delayed-draw term loan led by Brackwater Credit Partners, with four other credit funds and two banks participating, according to a term sheet seen by Tickerwire. It carries a five-year maturity and is priced at the Secured Overnight Financing Rate plus **6.0 percentage points**, compared with a margin of 7.5 points on the $900 million facility Quillstone signed in mid-2024.

- **Drawdown conditions:** about 70% of the loan can be drawn only against signed customer contracts of at least three years with investment-grade counterparties or those posting equivalent collateral.
- **Amortisation:** principal is repaid from year one and fully amortises by maturity, with a cash sweep if contracted revenue falls short of debt service by more than 20%.
- **Collateral:** lenders take security over the GPUs, networking equipment and the customer contracts, with step-in rights at the colocation sites.
- **Loan-to-cost:** the facility covers about 65% of hardware cost, with the balance funded from equity and customer prepayments.

Quillstone said it had already signed contracts covering roughly 60% of the planned capacity, including a four-year agreement with a large AI model developer it did not name.

## The depreciation gap

The most closely watched detail is the assumed life of the chips. Quillstone depreciates its GPUs over six years in its accounts, in line with several larger cloud providers that extended their estimates in 2023 and 2024. Brackwater's underwriting model assumes a four-year useful life and a residual value of 10% of cost, a person familiar with the deal said.

The difference matters for how profitable AI clouds appear. On a fleet of this size, with hardware and networking costing around $3.7 billion, moving from six-year to four-year depreciation would increase annual depreciation expense by roughly $300 million.

| Assumption | Company accounts | Lender model |
|---|---|---|
| Useful life | 6 years | 4 years |
| Residual value | 15% | 10% |
| Annual depreciation (approx.) | $525m | $830m |

> "Lenders are underwriting the contract first and the chip second," said Helena Marsh, a senior credit analyst at Calder Ratings. "They are willing to finance the hardware, but they are not willing to bet that a 2026 accelerator will still earn money in 2031."

## The risks

The shift toward contract-backed lending reflects what has happened to older hardware. On-demand rental rates for H100-class GPUs have fallen about 25% this year as newer systems arrive, and lenders that financed 2023 and 2024 fleets against spot revenue have seen utilisation and collateral values come under pressure.

Quillstone's new facility avoids some of that risk, but not all. Concentration is one concern: if the unnamed model developer accounts for a large share of contracted revenue, the loan's performance depends heavily on one customer's ability to keep paying. Calder also flagged the risk of delays in power connections at the Ohio site, which could leave hardware idle while debt service begins.

Rates are another variable. The loan is floating, so the cost of carry depends on the path of Federal Reserve policy, and Quillstone has hedged about half of its exposure with interest-rate swaps. The Fed is due to set rates again on 9-10 December.

## Market context

Quillstone's deal comes amid a busy period for GPU-backed lending. Tickerwire counts at least $14 billion of such facilities announced by AI clouds and hosting providers since July, including several by former bitcoin miners converting sites to AI hosting.

Marsh said pricing has compressed faster than structures have loosened. "Spreads have come in because there is a lot of capital chasing these deals," she said. "But the documents are getting tighter, not looser, and that tells you where lenders think the risk is."`,
  },
  {
    slug: 'data-centre-developers-turn-to-on-site-gas-turbines-to-skip-grid-queues',
    title: 'Data-centre developers turn to on-site gas turbines to skip years-long grid queues',
    dek: 'Behind-the-meter gas plants promise power in two years instead of five, but air permits, emissions scrutiny and a multi-year backlog for turbines are slowing the rush.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['data-centers', 'energy', 'ai'],
    publishedDaysAgo: 24,
    keyPoints: [
      'At least 14 US data-centre projects totalling about 9 gigawatts have filed for air permits for on-site gas generation this year, according to consultancy Harrow Point Energy.',
      'Delivery slots for new heavy-duty gas turbines are now quoted for 2030 or later, pushing developers toward smaller aeroderivative units and reciprocating engines.',
      'On-site gas power typically costs 8 to 12 cents per kilowatt-hour at current fuel prices, above many grid tariffs but available years sooner.',
      'Large on-site plants require major-source air permits and face growing scrutiny over nitrogen oxide emissions and carbon commitments.',
    ],
    summary: 'Facing grid connection waits of five years or more, US data-centre developers are increasingly building their own gas-fired power plants on site. The approach can cut time to power, but turbine backlogs, air permits and emissions pledges are proving to be constraints of their own.',
    body: `With waits for new grid connections stretching past 2030 in several US markets, a growing number of data-centre developers are building their own power plants. At least **14 projects totalling about 9 gigawatts** have filed for air permits to run gas-fired generation on site this year, according to a tally by Harrow Point Energy, a consultancy that advises on power procurement, up from three in 2025.

The strategy, known as behind-the-meter generation, lets a campus start operating before a utility connection is available, or in some cases without one at all. Developers say it can cut the time to power from five or more years to around two, a gap that matters when the hardware inside can lose a large share of its value in that time.

## Why developers are going off-grid

Interconnection queues in most US regions are crowded with generation and large-load requests, and utilities have warned that new transmission lines and substations for gigawatt-scale campuses will take years to build. Some utilities have also begun requiring long-term contracts and large deposits from new data-centre customers.

On-site generation sidesteps much of that, though not all. Projects still need gas pipeline capacity, which in some regions is as constrained as transmission, and many developers plan to connect to the grid eventually, using their own plants as backup or to sell power back.

> "Speed is the only reason to do this," said Camille Ortega, a principal at Harrow Point. "On a levelised basis, on-site gas is rarely cheaper than grid power. But if the grid cannot deliver until 2031, the comparison is against no power at all."

## The turbine bottleneck

The biggest constraint is equipment. The three manufacturers that dominate the market for large, heavy-duty gas turbines have sold out most of their production slots through the end of the decade, and new orders are being quoted for delivery in 2030 or later. Prices for new combined-cycle plants have roughly doubled since 2022 on a per-kilowatt basis, according to Harrow Point.

Developers have responded by turning to other technologies that can be delivered faster:

- **Aeroderivative turbines**, adapted from jet engines, of 30 to 60 megawatts each, with lead times of around 18 to 30 months.
- **Reciprocating engines**, which can be deployed in banks of 10 to 20 megawatt units and ramped up quickly.
- **Refurbished and leased units**, including turbines moved from retired plants, which some developers are using as a bridge.

These options carry trade-offs. Smaller units are generally less efficient than large combined-cycle plants, burning more gas and emitting more carbon dioxide per megawatt-hour, and running dozens of them on one site adds maintenance complexity.

| Technology | Typical lead time | Approx. cost per kW | Efficiency (heat rate) |
|---|---|---|---|
| Heavy-duty combined cycle | 4-6 years | $2,200-2,600 | High |
| Aeroderivative turbine | 18-30 months | $1,600-2,000 | Medium |
| Reciprocating engines | 12-24 months | $1,400-1,800 | Medium |

## Permits and emissions

Any plant above certain emissions thresholds requires a major-source air permit under the Clean Air Act, a process that can take 12 to 18 months and invites public comment. Several recent applications have drawn opposition from residents concerned about nitrogen oxide emissions and noise, particularly where turbines were installed on a temporary basis before permits were finalised.

Emissions also sit awkwardly with the climate pledges of the large technology companies that lease much of this capacity. Some developers say their plants will be able to blend hydrogen or be fitted with carbon capture later, but Harrow Point said none of the 14 projects it tracks has committed funding for either.

## What it means for the crypto sector

Bitcoin miners have run on stranded or flared gas for years, and some see an opening. Several miners with gas-fired sites have pitched them to AI tenants, while others are offering to sell or lease their generation equipment. Greyfield Digital Infrastructure, a developer that converted two former mining sites, said it had received more inquiries for its installed turbines in the past quarter than for its buildings.

With bitcoin off its late-October record, some miners are weighing whether their power is worth more sold to AI tenants than used to mine. Ortega expects the trend to continue through 2027, but cautioned that gas supply contracts, local opposition and turbine maintenance could prove as difficult as the grid queues developers are trying to avoid.`,
  },
  {
    slug: 'bitcoin-mining-halls-retrofitted-for-liquid-cooled-ai-racks',
    title: 'Bitcoin mining halls are being refitted for liquid-cooled AI racks, and only part of each site carries over',
    dek: 'Grid connections, substations and land transfer almost intact; cooling, backup power and fibre often have to be rebuilt, leaving conversions cheaper and faster than new builds but far from free.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['ai', 'data-centers', 'energy', 'hashrate'],
    publishedDaysAgo: 35,
    keyPoints: [
      'Listed miners have announced plans to convert about 2.6 GW of mining capacity to AI and high-performance computing, according to estimates by the consultancy Olmstead Engineering.',
      'Olmstead puts the cost of a conversion at $7 million to $9 million per megawatt of critical IT load, against $11 million to $13 million for a ground-up AI campus, excluding chips.',
      'Energised grid connections and existing high-voltage substations account for most of the saving, along with 12 to 18 months of schedule.',
      'Cooling, redundancy and fibre rarely transfer: a 100 MW mining site typically yields only 75 MW to 80 MW of usable critical IT load once rebuilt.',
    ],
    summary: 'Bitcoin miners converting sites for AI tenants are finding that their grid connections, substations and land are worth a great deal, while their halls, cooling systems and network links mostly are not. Engineers estimate conversions cost roughly a third less than new builds and can be delivered a year or more sooner, but each megawatt of mining power yields less than a megawatt of AI capacity.',
    body: `When Brightmoor Digital began pulling mining machines out of two halls at its central Texas campus in June, the company expected to reuse most of what it had built over the previous four years. Four months into the work, executives say the substation, the land and the 300-megawatt grid connection have carried over almost untouched. Nearly everything inside the buildings has had to be replaced.

Brightmoor's experience is becoming typical. Listed bitcoin miners have now announced plans to convert about **2.6 GW** of mining capacity to AI and high-performance computing, according to estimates by Olmstead Engineering, a data-centre design consultancy that has worked on several of the projects. The rule of thumb among engineers is that the power is the prize and the building is often a write-off.

## What carries over

The most valuable asset a miner owns is an energised connection to the grid. New large loads in Texas and several other US markets face waits of three to five years for interconnection studies and upgrades, and an AI tenant that can move into an existing 200 MW connection saves most of that time.

High-voltage equipment is the second prize. Large power transformers have lead times of two to four years, and a mining campus with its own 138 kV substation already has them on site. Land zoned for heavy industrial use, local permits and an operations team used to managing megawatt-scale electrical loads also transfer with little change.

| Component | Typical mining build | AI tenant requirement | Reusable? |
|---|---|---|---|
| Grid connection | 100-400 MW, single feed | Same scale, often dual feed | Mostly |
| Substation | 138 kV, N configuration | N+1 transformers | Partly |
| Building shell | Light metal, open air flow | Sealed, reinforced floor | Rarely |
| Cooling | Fans, evaporative pads or immersion | Direct-to-chip liquid | No |
| Backup power | None | UPS and generators | No |
| Fibre | One or two carriers | Diverse long-haul routes | No |

## What does not

Cooling is the largest gap. Mining halls are designed to move hot air out of the building as cheaply as possible, and even sites using immersion tanks run at densities far below those of current AI systems. The latest GPU racks draw **120 kW to 140 kW** each and need direct-to-chip liquid cooling, with coolant distribution units, piping to every row and dry coolers or chillers outside.

Those racks also weigh about 1.4 tonnes apiece, more than many mining-hall floors were poured to carry. Brightmoor said it had to break out and re-lay slabs in part of one hall after structural surveys.

Redundancy is the second problem. Miners run on a single feed without uninterruptible power supplies or generators, and many earn extra revenue by switching off during demand peaks. AI tenants, particularly those serving inference customers, expect N+1 or 2N designs for power and cooling and will not accept curtailment.

> "A mining site is built to fail gracefully and cheaply. An AI hall is built not to fail at all," said Dev Raman, a principal at Olmstead Engineering. "The difference shows up in every line of the budget below the substation."

Fibre is the third. A mining site needs only enough bandwidth to talk to a pool server, while an AI campus wants at least two physically separate long-haul routes to major metro areas. Trenching new fibre across rural land can take a year and cost $1 million or more per mile where rights of way are contested.

## The cost of conversion

Olmstead estimates a conversion costs **$7 million to $9 million per megawatt** of critical IT load, excluding chips and servers, compared with $11 million to $13 million for a new AI campus built from scratch. Most of the saving comes from skipping interconnection and substation work, and a conversion can typically energise its first hall in 12 to 18 months, against 30 to 36 months for a greenfield site.

The catch is yield. Once power is set aside for liquid cooling, redundant equipment and higher efficiency overheads, a 100 MW mining site usually supports only 75 MW to 80 MW of critical IT load. Brightmoor expects the 120 MW it is converting to produce about 90 MW for tenants, at a budget of roughly $740 million.

- **Brightmoor's first hall:** about 30 MW of critical IT, targeted for the second quarter of 2027.
- **Tenant status:** in talks with two AI clouds; no lease signed.
- **Mining retained:** about 180 MW stays on bitcoin, with no plan to convert further before 2028.

## What to watch

Some operators are concluding that retrofits are not worth the trouble and are instead building new AI halls on spare land beside their old ones, keeping the substation but little else. Others are keeping mining running until a lease is signed, since bitcoin trading near $121,000 and hashprice around $47 per petahash per day still make the machines profitable.

The next test is financing. Lenders and tenants want signed leases before committing to the cooling and backup equipment, and most of the announced conversion pipeline has yet to secure either.`,
  },
  {
    slug: 'ai-clouds-sign-power-deals-with-small-modular-reactor-developers',
    title: 'AI cloud operators sign power deals with small modular reactor developers, with first output years away',
    dek: 'Parallax Compute and Obsidian Cloud have agreed to buy power from reactors that have not yet been licensed, betting on carbon-free supply in the early 2030s as critics point to cost and fuel risks.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['ai', 'data-centers', 'energy'],
    publishedDaysAgo: 47,
    keyPoints: [
      'Parallax Compute agreed to buy up to 480 MW from six 80-MW reactor modules planned by Ferrowell Nuclear, with the first unit targeted for 2031.',
      'Obsidian Cloud signed a 20-year agreement for 300 MW from Lodestar Reactor Co., whose gas-cooled design depends on high-assay low-enriched uranium fuel.',
      'Neither developer has filed a construction permit application with the Nuclear Regulatory Commission; both expect to do so in 2027.',
      'Analysts at the Kingsgate Energy Research estimate first-of-a-kind SMR power at $110 to $160 per MWh, roughly double current wholesale prices in most US markets.',
    ],
    summary: 'Two AI cloud operators have signed long-term power agreements with small modular reactor developers whose designs are not yet licensed for construction. The deals give data-centre owners a claim on round-the-clock carbon-free power in the 2030s, but analysts say costs, licensing timelines and fuel supply make delivery dates uncertain.',
    body: `Two AI cloud operators this week signed agreements to buy electricity from small modular reactors that have yet to receive a construction permit, extending a wave of nuclear deals by data-centre owners looking for large amounts of round-the-clock power in the next decade.

Parallax Compute, which runs GPU clusters for model developers in Texas and Ohio, said it would buy up to **480 MW** from six reactor modules planned by Ferrowell Nuclear at a retired coal plant site in the Ohio River valley. Separately, Obsidian Cloud signed a 20-year agreement with Lodestar Reactor Co. for 300 MW from a four-unit plant in the Southeast. Neither company disclosed prices.

## The deals

The two agreements differ in structure, but both commit the buyers to relatively little capital up front while the developers work through licensing.

- **Parallax and Ferrowell:** a 20-year power purchase agreement for up to six 80-MW light-water modules, with Parallax paying about $140 million in milestone payments tied to licensing and site work. The first module is targeted for 2031 and the last for 2034.
- **Obsidian and Lodestar:** a 20-year agreement for 300 MW from a high-temperature gas-cooled design, with first power targeted for 2032. Obsidian will contribute to a fuel procurement fund and holds an option to co-locate a data centre on the site.
- **Exit rights:** both buyers can walk away, forfeiting payments already made, if construction has not started by set dates in 2029 and 2030 respectively.

| Milestone | Ferrowell Nuclear | Lodestar Reactor Co. |
|---|---|---|
| Construction permit application | Mid-2027 | Late 2027 |
| Construction start (target) | 2028 | 2029 |
| First unit online (target) | 2031 | 2032 |
| Full capacity (target) | 2034 | 2033 |

## Why buyers are signing now

AI operators face a shortage of firm power that they expect to last well into the 2030s. Grid interconnection queues in several US regions stretch to five years for large loads, and gas turbine manufacturers are quoting delivery slots in 2029 and later, pushing developers to look for supply they can reserve now.

Nuclear offers carbon-free output that runs around the clock, which matters to cloud customers with emissions targets that wind and solar alone cannot meet without large batteries. SMR developers argue that smaller units can be built in factories and added in steps, matching the way data-centre campuses expand hall by hall.

> "For the buyer, these are options, not commitments," said Miriam Adebayo, a power analyst at Kingsgate Energy Research. "A hundred million dollars or so buys a place near the front of the queue if the technology works. If it doesn't, the data centre runs on gas and grid power like everyone else's."

## The skeptics' case

No small modular reactor is yet producing commercial power in the United States, and the track record of first-of-a-kind nuclear projects is poor. The best-known US SMR effort, a NuScale-designed plant planned by the Utah Associated Municipal Power Systems, was cancelled in 2023 after its estimated power price rose to about $89 per MWh and subscribers pulled out.

Kingsgate estimates that power from the first SMR units built in the US would cost **$110 to $160 per MWh**, roughly double the average wholesale price in most markets, before falling if developers can build fleets of identical units. Neither Ferrowell nor Lodestar has filed a construction permit application with the Nuclear Regulatory Commission, and both expect to do so in 2027.

Fuel is a particular worry for Lodestar. Its design, like several advanced reactors, uses high-assay low-enriched uranium, enriched to between 5% and 20%. Commercial supply of that fuel outside Russia remains limited, and US restrictions on Russian uranium imports have made new Western enrichment capacity a precondition for many advanced designs.

The furthest-advanced Western project, Ontario Power Generation's 300-MW BWRX-300 at its Darlington site, is targeting operation around the end of the decade. Industry analysts regard its cost and schedule as the benchmark against which US SMR deals will be judged.

## What to watch

The NRC's handling of the first construction permit applications will show whether the agency's recent efforts to shorten reviews reach advanced designs. Developers are also watching whether federal loan guarantees and tax credits for new nuclear remain in place through the end of the decade.

For data-centre operators, the near-term question is what powers their campuses until the reactors arrive. Parallax said its Ohio site would run on grid power and on-site gas generation in the meantime, with the nuclear supply replacing part of that mix from 2031.`,
  },
  {
    slug: 'drought-hit-regions-write-water-rules-for-data-centres',
    title: 'Drought-hit regions write new water rules for data centres, pushing closed-loop cooling and public reporting',
    dek: 'An Arizona water authority will cap potable water use at new campuses above 20 MW and require annual disclosure, as developers weigh the extra power that water-free cooling consumes.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['ai', 'data-centers', 'energy'],
    publishedDaysAgo: 60,
    keyPoints: [
      'The Verde Mesa Water Authority voted 5-2 to cap new data centres above 20 MW at a water usage effectiveness of 0.2 litres per kWh of potable water from January 2027.',
      'Eleven data-centre projects totalling about 1.9 GW have requested service in the authority’s area, which could need about 14,000 acre-feet a year if all used evaporative cooling.',
      'Operators must publish annual figures for water withdrawn, consumed and its source, and report quarterly during declared drought stages.',
      'Closed-loop cooling can cut on-site water use by more than 90% but typically raises a site’s power usage effectiveness by 0.05 to 0.15.',
    ],
    summary: 'A water authority west of Phoenix has adopted some of the strictest water rules yet for data centres, capping potable use at new large campuses and requiring public reporting. Similar measures are under discussion in other dry regions, and developers say closed-loop cooling can meet them at the cost of higher electricity use.',
    body: `A water authority serving a fast-growing industrial corridor west of Phoenix has voted to cap how much drinking water new data centres can consume, in one of the most direct local responses yet to the spread of AI campuses into drought-prone regions.

The board of the Verde Mesa Water Authority voted 5-2 on Thursday to require new data centres with more than 20 MW of IT load to design for a water usage effectiveness of no more than **0.2 litres per kWh** of potable water from 1 January 2027. Existing sites are exempt from the cap until 2030 but must begin reporting their use next year.

## What the rules require

The authority said it had received service requests from 11 data-centre projects totalling about **1.9 GW** of planned IT load. If all of them used conventional evaporative cooling, staff estimated they would consume about 14,000 acre-feet of water a year, roughly 9% of what the authority currently delivers to all customers.

- **Potable water cap:** new sites above 20 MW must average 0.2 litres or less of drinking water per kWh of IT energy over a year.
- **Reclaimed water:** treated wastewater does not count toward the cap, up to a separate allocation set for each site.
- **Disclosure:** operators must publish annual figures for water withdrawn and consumed, its source and the resulting efficiency ratio, and report quarterly when a drought stage is declared.
- **Curtailment:** during a stage three drought, evaporative cooling using potable water must fall by 30% from the prior year's level.

Board members who voted against said the cap could push projects to neighbouring jurisdictions without reducing total demand on the shared aquifer. Supporters argued that most of the pending projects had already planned for low-water designs and that the rule mainly fixes that in place.

## The cooling trade-off

Data centres reject heat in two broad ways. Evaporative systems cool water by letting some of it evaporate, which is cheap in electricity but consumes large volumes in hot, dry climates. Closed-loop systems circulate the same fluid and dump heat through dry coolers or chillers, using almost no water on site but more power, especially on the hottest afternoons.

| Cooling approach | Typical WUE (L/kWh) | Typical PUE | Notes |
|---|---|---|---|
| Evaporative or adiabatic | 1.0-1.8 | 1.15-1.25 | Lowest power use, highest water use |
| Hybrid adiabatic | 0.3-0.6 | 1.20-1.30 | Evaporates only on peak days |
| Closed-loop, dry coolers | 0.0-0.1 | 1.25-1.40 | Works best with warm-water liquid cooling |
| Closed-loop, chillers | about 0.05 | 1.30-1.45 | Highest power use |

The shift to direct-to-chip liquid cooling for AI racks has made the closed-loop option easier. Coolant supplied to GPUs can run at 35 to 45 degrees Celsius, warm enough that dry coolers can reject heat without evaporation for most hours of the year even in the Arizona desert.

The extra electricity has its own footprint. Thermoelectric power plants consume water as well, and analysts say a full accounting has to include the water used to generate each additional kWh, which varies widely with the local power mix.

> "The rules move water use off the data-centre site and partly onto the grid," said Joaquín Beltrán, a water-policy analyst at Clearwell Advisory. "In a region with a lot of solar, that is a good trade. Where the marginal plant is gas with wet cooling towers, the saving is smaller than the headline suggests."

## How developers are responding

Saltgrass Data Centers, which has two campuses totalling 400 MW planned in the authority's area, said both were designed around closed-loop cooling and would comply. The company estimated that meeting the cap added 3% to 5% to construction costs and about 0.1 to its expected annual PUE, which translates into several million dollars a year in extra power at full load.

Developers elsewhere are watching. Two other counties in Arizona and Nevada have placed water-reporting proposals on their agendas for later this year, according to Clearwell. In Europe, operators of data centres above 500 kW already report water consumption annually to an EU database under the Energy Efficiency Directive.

Converted bitcoin mining sites, most of which were air-cooled or ran immersion systems with little evaporation, have started to cite low water use as a selling point to AI tenants. Their advantage narrows once they add liquid cooling for GPUs, though most conversions so far have chosen dry coolers.

## What comes next

The Verde Mesa rules take effect on 1 January, and the first annual reports from existing operators are due in the spring of 2028. Authority staff said they would review the cap after two years of data and could tighten it if aquifer levels keep falling.

The larger question is whether local rules like these begin to shape where AI capacity is built. Developers already choose sites based on power availability and price; a patchwork of water caps would add another variable, and could favour cooler regions where evaporative cooling is rarely needed.`,
  },
  {
    slug: 'miners-with-ai-hosting-contracts-outperform-pure-play-peers',
    title: 'Bitcoin miners with AI hosting contracts outperform pure-play peers as investors pay up for leases',
    dek: 'A Crestmark index of miners with signed AI leases is up 61% this year, against a 4% fall for pure-play miners, as investors value contracted rent far above hashprice exposure.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['ai', 'data-centers', 'bitcoin', 'hashrate'],
    publishedDaysAgo: 73,
    keyPoints: [
      'The Crestmark AI-Hosting Miners Index has returned about 61% this year through 11 September, against a 4% loss for its pure-play miners index and an 11% gain for bitcoin.',
      'Miners with AI leases trade at about 24 times forward EBITDA, versus about 8 times for pure-play peers.',
      'On an enterprise-value basis, investors pay about $5.8 million per megawatt of power capacity for AI-hosting miners and about $1.6 million for pure plays.',
      'Analysts say the premium assumes conversions are delivered on time and funded without heavy dilution, two risks that have yet to be tested at scale.',
    ],
    summary: 'Shares of bitcoin miners that have signed AI hosting leases have sharply outperformed those that rely only on mining this year, according to an index comparison by Crestmark Indices. Investors are valuing long-term contracted rent well above mining revenue, though analysts caution that the premium assumes smooth execution and financing.',
    body: `Listed bitcoin miners that have signed leases to host AI computing have left their pure-play peers far behind this year, as investors reward long-term contracted rent over revenue tied to the bitcoin price and network difficulty.

An index of seven miners with at least one signed AI or high-performance computing lease of 50 MW or more has returned about **61%** this year through 11 September, according to Crestmark Indices, which launched both benchmarks in January. A companion index of nine miners without such contracts has lost about 4% over the same period, while bitcoin itself has gained about 11%.

## The numbers

Most of the gap opened in the second quarter, when three constituents of the AI-hosting index announced leases with AI clouds and hyperscale tenants. Pure-play miners rose with bitcoin in that quarter but gave back much of the gain as hashprice slid through the summer.

| Period | AI-Hosting Miners Index | Pure-Play Miners Index | Bitcoin |
|---|---|---|---|
| Q1 2026 | -4% | -18% | -6% |
| Q2 2026 | +41% | +15% | +12% |
| Q3 to 11 Sep | +19% | +2% | +5% |
| Year to date | +61% | -4% | +11% |

Crestmark's indices are weighted by free-float market value and rebalanced quarterly. A miner moves from the pure-play to the AI-hosting index once it signs a qualifying lease, which means the AI-hosting index has partly captured the jump that typically follows an announcement.

> "The index is, to some extent, a record of who signed first," said Hollis Wade, who covers the miners at Penrose Securities. "But the re-rating has held after the announcements, which tells you investors are valuing these businesses differently, not just trading the headline."

## What investors are paying for

The clearest difference shows up in valuation multiples. Crestmark's AI-hosting constituents trade at about **24 times** forward EBITDA, on consensus estimates, against about 8 times for the pure plays. Measured against power capacity, investors are paying about $5.8 million per megawatt for the AI-hosting group and about $1.6 million for the miners.

The premium reflects the cash flows on offer. AI hosting leases signed this year typically run for 10 to 15 years and bring in about $1.6 million to $2.0 million a year per megawatt of critical IT load, much of it from tenants with investment-grade credit or parent guarantees. Mining revenue, by contrast, depends on hashprice, which averaged about $44.80 per petahash per day in the third quarter so far and has fallen as network hashrate climbed.

- **Visibility:** a 15-year lease lets analysts model cash flows with far more confidence than a forecast of bitcoin price and difficulty.
- **Financing:** contracted rent supports project debt at lower rates than mining revenue, reducing reliance on share sales.
- **Optionality:** pure-play miners with large grid connections are also priced in part as future conversion candidates, which props up their valuations.

Galena Hash, the best performer in the AI-hosting index, has more than doubled since signing a 200 MW lease with Parallax Compute in May. Redfern Mining, one of the largest pure plays by hashrate, is down about 11% this year despite growing output, as its cost per coin has risen with difficulty.

## The risks in the premium

Analysts say the current valuations assume that conversions will be delivered on time and funded without heavy dilution, and neither has yet been tested across the sector. Converting a mining site for AI tenants costs several million dollars per megawatt, and most of the leases signed this year require the first halls to be handed over in 2027.

Delays carry penalties. Several leases allow tenants to cut rent or terminate if capacity is late, and supply of transformers, switchgear and cooling equipment remains tight. Miners have so far funded much of their capex with convertible notes, and Wade estimates that the AI-hosting group has issued about $7 billion of convertibles in the past 12 months.

Tenant concentration is another risk. Four of the seven AI-hosting constituents rely on a single tenant for more than 80% of their contracted revenue, and some of those tenants are themselves debt-funded AI clouds rather than hyperscalers.

## What to watch

The next round of announcements is likely to come from pure-play miners with large grid connections, which would move them across to the AI-hosting index and test whether the premium holds as supply of such companies grows. Investors are also watching the Federal Reserve's September meeting, since long-dated lease valuations are sensitive to interest rates.

Bitcoin traded near $112,000 on Friday, and hashprice stood around $45 per petahash per day. For pure-play miners, the outlook depends on whether a price breakout arrives before the next wave of machines lifts difficulty again.`,
  },
  {
    slug: 'new-chip-export-rules-redraw-map-for-overseas-ai-data-centres',
    title: 'New US chip export rules redraw the map for overseas AI data-centre projects',
    dek: 'Licensing tied to vetted operators and per-site chip caps puts billions of dollars of planned capacity in Southeast Asia, the Gulf and India under review, while US sites with spare power stand to gain.',
    category: 'ai-infrastructure',
    author: 'priya-natarajan',
    tags: ['ai', 'data-centers', 'macro'],
    publishedDaysAgo: 82,
    keyPoints: [
      'A Commerce Department rule requires licences for advanced AI accelerators shipped to data centres in dozens of countries unless the operator holds a new authorised-operator status.',
      'Sites without that status face a cap of 50,000 accelerators measured in H100 equivalents before additional review applies.',
      'The Kettering Trade Advisory estimates that about 5,500 MW of the AI data-centre capacity under construction in the regions it tracks now needs new licensing steps.',
      'Developers and lenders expect delays of six to twelve months for affected projects, and some tenants are shifting capacity to US sites with available power.',
    ],
    summary: 'New US export rules for advanced AI chips tie shipments to vetted data-centre operators and cap unvetted sites, putting a large share of overseas AI construction under review. Developers in Southeast Asia, the Gulf and India expect delays, while US sites with available power, including converted bitcoin mines, may pick up displaced demand.',
    body: `New US export controls on advanced AI chips are forcing developers of overseas data centres to rethink where and how they build, with a large share of capacity under construction in Southeast Asia, the Gulf and India now facing licence reviews before the hardware can arrive.

The rule, published by the Commerce Department's Bureau of Industry and Security this week and taking effect in 60 days, requires a licence for shipments of the most powerful AI accelerators to data centres in dozens of countries unless the operator has been approved under a new authorised-operator programme. Sites without that status can receive up to the equivalent of **50,000 H100-class chips** before further review applies.

## What the rule does

The framework shifts the focus of export control from countries to the facilities where chips are installed. Close US allies remain largely exempt, while a middle group of countries, including several of the fastest-growing data-centre markets, can receive chips freely only through vetted operators.

- **Authorised operators:** companies must meet physical and cyber security standards, verify their customers, and bar remote access by entities in countries subject to US arms embargoes.
- **Per-site caps:** unvetted sites face a ceiling measured in H100 equivalents, with larger deployments requiring individual licences.
- **Reporting:** authorised operators must file semi-annual reports on installed chips, major customers and any transfers between sites.

Trade lawyers said the requirements resemble the validated end-user arrangements that the bureau has used for data centres since 2024, but with stricter conditions and a much wider scope. The rule applies to accelerators above set performance thresholds, and lawyers said bitcoin mining chips appear to fall well outside them.

## Where the impact falls

Kettering Trade Advisory estimates that about **5,500 MW** of the roughly 10,700 MW of AI data-centre capacity under construction in the regions it tracks will need new licensing steps, either through authorised-operator approval or individual licences. Nearly all of it sits outside the US and its closest allies.

| Region | AI capacity under construction (MW) | Share needing new licensing steps |
|---|---|---|
| Southeast Asia | 3,100 | about 70% |
| Gulf states | 2,400 | about 85% |
| India | 1,600 | about 60% |
| Latin America | 700 | about 40% |
| Western Europe | 2,900 | under 5% |

Johor, in southern Malaysia, is among the most exposed hubs. Straits Compute, which is building a 300 MW campus there, said about 40% of its planned GPU capacity was for tenants that would now need licences, and that it intended to apply for authorised-operator status within weeks. Malaysia had already introduced its own permit requirement for exports of US AI chips in 2025, which developers say has prepared some operators for the paperwork.

In the Gulf, where state-backed groups have announced some of the largest AI campuses outside the US, the rule's effect depends on how quickly operators can clear security reviews. Dunecrest Digital, a Gulf developer with 600 MW in construction, said it expected to qualify but had told lenders to plan for a delay of up to nine months on its first GPU deliveries.

> "The question has changed from whether a country can get chips to whether a specific building can," said Anjali Sethuraman, a partner at Kettering Trade Advisory. "Operators that can show auditors a clean customer list will be fine. The ones who built on speculative demand from unknown tenants are going to find the financing much harder."

## Knock-on effects for financing and US sites

Project lenders are already rewriting terms. Two banks arranging debt for Southeast Asian campuses told Tickerwire they now require evidence of an authorised-operator application, or individual licences, as a condition before funds are drawn. Both said they expected delays of six to twelve months for projects that had not prepared for the rules.

Some demand is likely to move to the US. AI clouds that planned overseas capacity to serve global customers may instead lease space domestically, where the constraint is power rather than export licences. That could benefit US sites with energised grid connections, including bitcoin mining campuses that are converting to AI hosting.

- **Winners:** US sites with spare power, allied-country markets such as the Nordics, and operators that can clear vetting quickly.
- **Losers:** developers relying on unnamed or offshore tenants, and smaller campuses without the resources to meet audit requirements.

## What to watch

The bureau has opened a 45-day comment period, and industry groups are expected to push for higher per-site caps and faster approvals. The first authorised-operator decisions will show how long vetting actually takes and whether the rule slows construction or mainly adds paperwork.

Chip suppliers will also be watched closely. Any sign that sales to the affected regions are slipping in quarterly results would be the clearest measure of how much compute the rule has redirected, and where it has gone.`,
  },
];
