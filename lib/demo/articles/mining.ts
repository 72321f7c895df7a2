import type { DemoArticle } from '../catalog';

export const miningArticles: DemoArticle[] = [
  {
    slug: 'ironvale-digital-to-convert-two-bitcoin-mines-into-ai-data-centres-under-4-6-billion-lease',
    title: 'Ironvale Digital to convert two bitcoin mines into AI data centres under $4.6 billion lease',
    dek: 'The Nasdaq-listed miner will hand 225 MW of IT capacity to Stratacore Cloud over 15 years, trimming its own hashrate as hashprice sits near record lows.',
    category: 'mining',
    author: 'priya-natarajan',
    tags: ['ai', 'data-centers', 'bitcoin', 'energy'],
    publishedDaysAgo: 0.8,
    keyPoints: [
      'Ironvale Digital signed a 15-year lease with GPU cloud provider Stratacore Cloud worth about $4.6 billion in base rent, with two five-year extension options.',
      'Its Pecan Flats, Texas, and Ridgeway, North Dakota, sites will be rebuilt to deliver 225 MW of critical IT load, with the first 75 MW due in the fourth quarter of 2027.',
      'The company puts construction costs at about $2.1 billion, funded by a $1.35 billion bank loan, $450 million of convertible notes and a $300 million tenant prepayment.',
      'Shares closed up 16% at $14.22 on Wednesday; self-mining hashrate is set to fall from 41 EH/s to about 34 EH/s by the end of 2027.',
    ],
    summary: 'Ironvale Digital will convert two of its bitcoin mining sites into liquid-cooled AI data centres under a 15-year, $4.6 billion lease with Stratacore Cloud. The deal, financed largely with debt and a tenant prepayment, shifts about a third of the miner\'s power capacity to contracted rent as bitcoin trades 16% below its October record and hashprice hovers near all-time lows.',
    body: `Ironvale Digital, a Nasdaq-listed bitcoin miner, said on Wednesday it will convert two of its mining sites into data centres for artificial intelligence workloads under a 15-year lease with GPU cloud provider Stratacore Cloud. The agreement carries about **$4.6 billion** in base rent over its initial term, with two optional five-year extensions.

The announcement lands at a difficult moment for the sector. Bitcoin traded near $104,800 on Wednesday, roughly 16% below the record of about $125,300 it set on 24 October, while hashprice, the expected daily revenue from one petahash per second of computing power, stood at about $42, within a few dollars of the lowest level on record.

## What Ironvale is building

The lease covers the company's 180 MW site at Pecan Flats, Texas, and its 100 MW site near Ridgeway, North Dakota. Together the two campuses have 280 MW of grid interconnection, which Ironvale expects to translate into 225 MW of critical IT load once cooling and electrical losses are accounted for.

Stratacore will deploy its own GPUs and networking equipment; Ironvale is responsible for the buildings, power distribution and a direct-to-chip liquid cooling system designed for racks drawing more than 130 kW each. The timeline, as set out in the company's investor presentation, runs as follows:

- Construction starts in the first quarter of 2027.
- The first 75 MW is handed over in the fourth quarter of 2027.
- The remaining 150 MW is delivered in two phases by the end of the third quarter of 2028.

At full capacity the lease would generate roughly **$307 million** a year in rent, with a 2.5% annual escalator. Ironvale said it expects a net operating margin of about 85% on the contract, well above the 30% to 40% gross margins its mining business has reported this year.

## Financing the build

Ironvale put the capital cost of the conversion at about $2.1 billion, or about $9.3 million per megawatt of IT load. It plans to fund the work with a $1.35 billion delayed-draw construction loan arranged by a group of banks, $450 million of convertible senior notes due 2032, and a $300 million prepayment from Stratacore that will be credited against rent in the early years of the lease.

The company said it had about $380 million of cash and 2,950 bitcoin on its balance sheet at the end of September. It does not plan to sell its bitcoin to fund the project, though it left open the option of borrowing against the holdings.

| Item | Amount |
|---|---|
| Base contract value (15 years) | $4.6 billion |
| Critical IT load | 225 MW |
| Estimated capex | $2.1 billion |
| Bank construction loan | $1.35 billion |
| Convertible notes | $450 million |
| Tenant prepayment | $300 million |

## What stays in mining

Switching off the two sites removes about 13 EH/s of Ironvale's fleet. The company plans to move about 6 EH/s of its newest machines to its remaining sites in Wyoming and West Texas, which have a combined 420 MW of capacity, and to sell or retire older units. It expects self-mining hashrate to fall from 41 EH/s today to about 34 EH/s by the end of 2027.

Ironvale said it has no plans to exit bitcoin mining, describing its remaining sites as better suited to flexible load because of their power contracts and participation in grid demand-response programmes.

## Market reaction and analyst views

Ironvale shares rose as much as 21% in early trading and closed up 16% at $14.22, giving the company a market value of about $3.9 billion. Broader mining stocks were little changed.

Analysts said the deal gives Ironvale a predictable revenue stream at a time when mining income has been squeezed, but flagged execution risk.

> "The market is paying for contracted cash flow, and this is a lot of it," said Renata Solis, an analyst at Kestrel Point Securities. "The risks are the build schedule and the tenant. Stratacore is growing quickly, but it is not an investment-grade counterparty, and the prepayment only covers part of that exposure."

Marcus Ebright of Orrin Capital Research said the economics compared favourably with mining at current prices. By his estimate, the same 280 MW running the company's current fleet would generate about $115 million a year in gross profit at a $42 hashprice, less than half of the roughly $260 million the lease is expected to earn after operating costs.

He added that the trade-off is upside: if bitcoin recovers towards its October high, mining income would rise while the lease stays fixed. Ironvale is the latest of several listed miners to shift capacity to AI tenants, a trend that has accelerated as hashprice has fallen through the autumn.`,
  },
  {
    slug: 'bitcoin-hashprice-falls-to-record-low-below-40-per-petahash',
    title: 'Bitcoin hashprice falls to record low below $40 per petahash',
    dek: 'A drop in the bitcoin price and a network running near 1.12 ZH/s have pushed miner revenue to an all-time low, leaving older machines on expensive power unprofitable.',
    category: 'mining',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'hashrate', 'energy'],
    publishedDaysAgo: 4.2,
    keyPoints: [
      'Hashprice fell to about $39.80 per petahash per day, below the previous low of roughly $41 recorded in April 2025, according to Cinderhash Analytics.',
      'Bitcoin briefly traded near $98,500, about 21% below its 24 October record, while the seven-day average hashrate held near 1.12 ZH/s.',
      'At 5 cents per kWh, machines rated at 34 J/TH or worse now cost more to power than they earn; at 7 cents, the cut-off moves to roughly 24 J/TH.',
      'Transaction fees made up less than 1% of block rewards over the past week, giving miners no cushion against the lower price.',
    ],
    summary: 'Bitcoin hashprice slipped below $40 per petahash per day for the first time, as the bitcoin price fell about 21% from its October record while network hashrate stayed near all-time highs. Machines older than about four years are now loss-making for miners paying more than 5 cents per kilowatt-hour, and hosted customers on higher rates are feeling the squeeze first.',
    body: `The daily revenue a bitcoin miner can expect from one petahash per second of computing power has fallen to a record low. Hashprice dropped to about **$39.80** per petahash per day, according to an index maintained by Cinderhash Analytics, below the previous trough of roughly $41 recorded in April 2025.

The decline is the product of two forces working in the same direction. Bitcoin briefly traded near $98,500, about 21% below the record of around $125,300 it reached on 24 October, while the network's seven-day average hashrate held close to 1.12 zettahashes per second, near its highest level ever.

## Why revenue keeps falling

Since the April 2024 halving, each block has paid a subsidy of 3.125 BTC, or about 450 BTC a day across the network. Transaction fees, which cushioned miners during earlier fee spikes, have added less than 1% on top of that over the past week, Cinderhash data show.

That fixed pool of coins is being shared among a growing amount of hardware. Hashrate has risen roughly 7% since the start of October, while the dollar value of the daily reward has dropped by about 17%. The next difficulty adjustment, expected in about six days, is currently projected at a further increase of about 1.8%, which would push hashprice lower unless the price recovers.

> "Hashprice has been drifting down for most of the autumn, but the price drop turned a slow squeeze into a hard one," said Callum Reddy, head of research at Cinderhash Analytics. "The machines that were marginal in October are now underwater for a lot of operators."

## Where the breakeven lines sit

Whether a machine is profitable depends largely on two numbers: its efficiency, measured in joules per terahash, and the price the operator pays for electricity. The table below shows the power price at which each class of machine stops covering its own electricity bill at a $39.80 hashprice, along with its cash margin at 5 cents per kWh. It excludes pool fees, hosting overhead, labour and depreciation.

| Efficiency (J/TH) | Typical generation | Breakeven power price | Margin at $0.05/kWh |
|---|---|---|---|
| 9.5 | Next-generation hydro, 2027 | 17.5 cents | 71% |
| 13.5 | Current flagship | 12.3 cents | 59% |
| 16 | 2024 models | 10.4 cents | 52% |
| 21.5 | 2022-2023 models | 7.7 cents | 35% |
| 26 | 2021 models | 6.4 cents | 22% |
| 30 | 2020-2021 models | 5.5 cents | 10% |
| 34 | 2020 and older | 4.9 cents | -3% |

At 5 cents, only the oldest machines in circulation are losing money on a power-only basis. But the picture changes quickly for operators paying more. At 7 cents per kWh, a common all-in rate for hosted customers, anything less efficient than about 24 J/TH runs at a loss.

## Who is under water

Cinderhash estimates that machines rated at 28 J/TH or worse still account for about 15% of network hashrate, much of it in regions with cheap stranded or subsidised power. Those operators can keep running, but they are the first candidates to switch off if hashprice falls further.

The more exposed group is smaller miners who rent space at third-party hosting sites. Many pay between 6.5 and 8 cents per kWh including hosting fees, which means mid-generation machines that were comfortably profitable in October are now close to breakeven.

Listed miners are generally better placed. Most report fleet efficiencies between 17 and 22 J/TH and power costs of 3 to 4.5 cents per kWh, according to their latest quarterly filings. Even so, once overhead and depreciation are included, several are near the point where each newly mined coin costs more to produce than it sells for.

- Operators have three main options: switch off the least efficient machines, sell more of their bitcoin holdings to cover costs, or move capacity to other uses such as AI hosting.
- Curtailment during high power prices, already common in Texas, becomes more attractive when mining margins are thin.
- Prices for used machines have fallen sharply, making it harder to raise money by selling older equipment.

Tariq Hollins, a mining analyst at Westbrook Lane Capital, said the squeeze could slow hashrate growth over the next quarter but was unlikely to reverse it. Orders placed during the summer rally are still being delivered, he noted, and those machines are efficient enough to keep running at current prices.`,
  },
  {
    slug: 'bitcoin-hashrate-tops-1-1-zettahash-as-difficulty-sets-record',
    title: 'Bitcoin hashrate tops 1.1 zettahash as difficulty sets record despite falling revenue',
    dek: 'Mining difficulty rose 3.4% to about 152.6 trillion as machines ordered during the summer rally came online, even as hashprice fell to its lowest level in more than a year.',
    category: 'mining',
    author: 'daniel-reyes',
    tags: ['hashrate', 'bitcoin', 'energy'],
    publishedDaysAgo: 11,
    status: 'draft',
    keyPoints: [
      'The seven-day average of bitcoin network hashrate rose above 1.1 zettahashes per second for the first time, according to Tessellate Research estimates.',
      'The latest difficulty adjustment lifted difficulty 3.4% to a record of about 152.6 trillion, the largest increase in more than two months.',
      'Hashprice has fallen to about $42.50 per petahash per day, down from almost $52 in mid-October, as bitcoin trades near $103,000.',
      'New capacity is coming mainly from delayed hardware deliveries, fleet upgrades by listed US miners and new sites in the Middle East, East Africa and South America.',
    ],
    summary: 'Bitcoin\'s network hashrate has climbed above 1.1 zettahashes per second and difficulty has hit a record, even though miner revenue per unit of computing power has fallen about 18% in a month. Analysts say the growth reflects machines ordered months ago, upgrades that add hashrate without new power, and expansion in lower-cost regions.',
    body: `Bitcoin's network hashrate has climbed above 1.1 zettahashes per second on a seven-day average basis for the first time, and mining difficulty has set a new record, even as the revenue miners earn for each unit of computing power keeps falling.

The latest difficulty adjustment raised the measure by **3.4%** to about 152.6 trillion, the largest single increase since early September, according to estimates compiled by Tessellate Research. The rise came as bitcoin traded near $103,000, down roughly 18% from its record of about $125,300 on 24 October.

## Revenue and difficulty pulling apart

Difficulty adjusts every 2,016 blocks, roughly every two weeks, to keep the average time between blocks close to 10 minutes. When more machines join the network, blocks arrive faster and difficulty rises, which means each machine earns a smaller share of the fixed daily issuance of about 450 BTC.

The combination of a higher difficulty and a lower bitcoin price has pushed hashprice down to about $42.50 per petahash per day, from almost $52 in mid-October. That is the lowest level in more than a year and close to the April 2025 trough of roughly $41.

| Adjustment date | Change | Difficulty (trillion) | Hashprice near date |
|---|---|---|---|
| 20 September | +1.8% | 141.2 | $49.60 |
| 4 October | +2.6% | 144.9 | $50.80 |
| 17 October | +1.0% | 146.3 | $51.70 |
| 31 October | +0.9% | 147.6 | $47.80 |
| 14 November | +3.4% | 152.6 | $42.50 |

Hashrate figures are estimates derived from the rate at which blocks are found, and they can swing by several percent from day to day. Difficulty, which is set by the protocol, gives a firmer read on the trend.

## Where the new machines are coming from

Analysts point to several sources of new capacity, most of them decided well before the recent price drop.

- **Delayed deliveries.** Miners placed large hardware orders during the summer rally, and manufacturers typically ship three to six months after payment. Those machines are now arriving and being switched on regardless of spot prices.
- **Fleet upgrades.** Several listed US miners are replacing machines rated near 25 to 30 J/TH with units in the 13 to 16 J/TH range. Swapping hardware at the same site roughly doubles hashrate without any extra power.
- **New regions.** Large sites in Oman, the United Arab Emirates and Ethiopia, along with hydro-powered capacity in Paraguay, have added meaningful hashrate this year, according to pool data.
- **Expansions in Texas and Oklahoma.** Projects energised this autumn are adding capacity, though some developers have redirected power to AI tenants instead.

> "Hashrate responds to prices with a lag of two or three quarters," said Ingrid Valdemar, a senior analyst at Tessellate Research. "What we are seeing now is the summer's optimism being installed. The decisions being made this month will show up in the data next spring."

## How much further it can run

Not every miner is growing. Operators paying 7 cents per kWh or more are beginning to switch off older machines, and Tessellate estimates that about 25 EH/s of hardware rated at 30 J/TH or worse is now close to breakeven on power costs alone.

Ruben Achterberg, a partner at mining advisory firm Brightwater Mining Partners, said the retirements were unlikely to offset new installations before the end of the year. He expects the seven-day average to reach between 1.15 and 1.2 ZH/s by the end of the first quarter if current delivery schedules hold.

The risk, he said, is that a further decline in bitcoin's price forces a sharper shakeout. Miners with high debt loads or expensive hosting contracts would be the first to cut back, which would slow the rise in difficulty and ease pressure on the rest of the network.

For now, the data point to a sector still expanding into a weaker market. The next difficulty adjustment, due in about two weeks, is currently tracking another increase of between 1% and 2%.`,
  },
  {
    slug: 'arcline-silicon-unveils-9-5-joule-hydro-cooled-bitcoin-miner',
    title: 'Arcline Silicon unveils 9.5-joule hydro-cooled bitcoin miner for 2027 delivery',
    dek: 'The Singapore-based chip designer is pricing its H9 Hydro at $17.80 per terahash and promising volume shipments from the second quarter, challenging incumbents on efficiency.',
    category: 'mining',
    author: 'daniel-reyes',
    tags: ['hashrate', 'energy', 'bitcoin'],
    publishedDaysAgo: 18,
    keyPoints: [
      'Arcline Silicon\'s H9 Hydro is rated at 620 TH/s and 5,890 W, an efficiency of about 9.5 joules per terahash.',
      'List price is $17.80 per terahash, or about $11,040 per unit, falling to $15.90 per terahash for orders above 500 PH/s.',
      'Pilot units ship in February 2027, with volume deliveries planned from the second quarter and a target of 8 EH/s shipped by the end of 2027.',
      'At a $45 hashprice and 5 cents per kWh, a single unit would earn about $20.90 a day after power, implying a payback of roughly 17 months before difficulty increases.',
    ],
    summary: 'Arcline Silicon has launched the H9 Hydro, a water-cooled bitcoin mining machine rated at about 9.5 joules per terahash, with volume deliveries from the second quarter of 2027. The pricing undercuts what analysts expect from larger rivals\' next-generation units, but buyers face the cost of building hydro infrastructure and a hashprice that has fallen sharply since October.',
    body: `Arcline Silicon, a Singapore-based designer of bitcoin mining chips, has unveiled a hydro-cooled machine rated at about **9.5 joules per terahash**, an efficiency level that would put it among the most efficient mining hardware announced to date.

The H9 Hydro is rated at 620 terahashes per second while drawing 5,890 watts. Arcline said it has taken orders for about 2.4 EH/s from three customers, which it did not name, and is targeting 8 EH/s of total shipments by the end of 2027.

## Pricing and delivery

The machine carries a list price of $17.80 per terahash, or roughly $11,040 per unit. Customers ordering more than 500 PH/s of capacity will pay $15.90 per terahash, and Arcline is asking for a 30% deposit at order, with the balance due before shipment.

The delivery schedule is set out in three stages:

- Pilot units for about 40 customer sites ship in February 2027.
- Volume deliveries begin in the second quarter of 2027.
- Arcline expects to reach a run rate of about 1 EH/s a month by the third quarter.

The company said its chips are built on a 3-nanometre-class process at a Taiwanese foundry, with final assembly in Malaysia. It declined to say how many wafers it has secured, a figure that analysts consider the main constraint on any new entrant's ability to deliver on time.

## The economics for buyers

Efficiency matters more as revenue falls. Bitcoin has slipped to about $108,000, roughly 14% below its 24 October record, and hashprice stands at about $45 per petahash per day, down from above $51 in mid-October.

| Metric | H9 Hydro |
|---|---|
| Hashrate | 620 TH/s |
| Power draw | 5,890 W |
| Efficiency | 9.5 J/TH |
| List price | $17.80/TH (about $11,040) |
| Daily revenue at $45 hashprice | $27.90 |
| Daily power cost at $0.05/kWh | $7.07 |
| Payback before difficulty growth | about 17 months |

The payback figure assumes hashprice stays flat, which recent history does not support. If difficulty rises by around 2% a month and the bitcoin price is unchanged, the payback period stretches to more than two years.

Hydro cooling also adds costs that air-cooled machines avoid. Operators need water loops, pumps and dry coolers or cooling towers, which typically cost between $250,000 and $350,000 per megawatt to install. In return, hydro units can run at higher density and in hot climates with less throttling, and some operators sell the waste heat.

> "The headline efficiency is strong, but the buyer is underwriting two things: that Arcline ships on time and that the machine hits its rated numbers in the field," said Noor Habib, a hardware analyst at Gresham Vale Partners. "New entrants have a mixed record on both."

## The competitive field

The market for bitcoin mining hardware remains dominated by a small number of Chinese manufacturers, whose current hydro flagships are rated at roughly 12 to 13 J/TH and sell for between $18 and $22 per terahash, according to Gresham Vale. The largest incumbents have signalled that machines near or below 10 J/TH will follow in 2027, but have not published firm delivery dates.

That gives Arcline a window of perhaps two quarters in which its efficiency lead is clear, Habib said. Its pitch to US buyers also rests on supply-chain diversification, as miners look for alternatives amid uncertainty over tariffs on equipment made in China.

Other challengers have struggled to hold onto early gains. Several smaller chip designers have announced competitive machines in recent years only to miss delivery windows, leaving customers with deposits tied up while hashprice fell.

Arcline's chief executive, Wei Lin Tan, said the company had built buffer capacity into its supply agreements. "We have priced this for a market where revenue per terahash is lower than it was a year ago," she said. "The point of 9.5 joules is that it still works when hashprice is under $40."

Buyers appear to be taking her at her word, at least in part. Jonah Pryce, chief operating officer at Texas-based miner Caprock Hash, which is testing pilot units, said the company would decide on a larger order after three months of field data.`,
  },
  {
    slug: 'texas-bitcoin-miners-earn-record-demand-response-credits-during-ercot-grid-emergency',
    title: 'Texas bitcoin miners earn record demand-response credits during ERCOT grid emergency',
    dek: 'Miners cut an estimated 3.4 GW of load as a late-season heatwave and plant maintenance pushed the grid into emergency, reviving the debate over who pays for flexible demand.',
    category: 'mining',
    author: 'daniel-reyes',
    tags: ['energy', 'bitcoin', 'hashrate'],
    publishedDaysAgo: 27,
    keyPoints: [
      'ERCOT declared an Energy Emergency Alert Level 1 on the evening of 27 October, when real-time prices hit the $5,000 per MWh offer cap for about three hours.',
      'Bitcoin miners curtailed an estimated 3.4 GW at the peak, roughly 5% of demand at the time, according to Caprock Grid Analytics.',
      'Pecos Ridge Digital said it earned a record $27.6 million in October power and demand-response credits, against about $1.9 million of bitcoin it would have mined in the same hours.',
      'Consumer advocates argue the payments shift costs to households, while grid analysts say the flexibility helped avoid rotating outages.',
    ],
    summary: 'Bitcoin miners in Texas earned record demand-response and power-resale credits after ERCOT entered an emergency during an unseasonal October heatwave. Miners shut off an estimated 3.4 GW at the peak. Supporters say the curtailment helped keep the lights on; critics say ratepayers are paying miners to stop doing something they chose to start.',
    body: `Bitcoin miners in Texas collected record payments for switching off this week after the state's main grid operator, ERCOT, declared an emergency during an unseasonal late-October heatwave. Mining sites cut an estimated **3.4 gigawatts** of load at the peak, roughly 5% of demand at the time, according to Caprock Grid Analytics, which tracks large flexible loads.

ERCOT issued an Energy Emergency Alert Level 1 on the evening of 27 October as temperatures in Dallas and Houston reached the mid-90s Fahrenheit. The heat coincided with more than 20 GW of generation offline for scheduled autumn maintenance and a sharp fall in wind output around sunset. Real-time prices hit the $5,000 per megawatt-hour offer cap for about three hours before easing after 9 p.m.

## How miners get paid to switch off

Mining companies in Texas earn money from curtailment through several channels, which can be combined:

- **Power resale.** Miners with fixed-price supply contracts can sell electricity back into the market when prices spike, capturing the difference between their contract price and the real-time price.
- **Ancillary services.** Sites registered as controllable load resources can be paid to stand ready in ERCOT's Responsive Reserve Service and ERCOT Contingency Reserve Service, and must cut load within minutes when called.
- **Emergency Response Service.** A separate programme procured by ERCOT pays participants to reduce demand during declared emergencies.
- **Peak avoidance.** In summer months, miners also switch off to avoid the four coincident peak intervals that set transmission charges for the following year.

The economics this week were lopsided. A miner with a power contract near $35 per MWh could resell at close to $5,000 per MWh, while the bitcoin it gave up by switching off was worth a small fraction of that, even with bitcoin trading near $118,000, just 6% below its 24 October record.

## Record credits

Pecos Ridge Digital, a Nasdaq-listed miner with about 700 MW of capacity in West Texas, said it earned **$27.6 million** in power and demand-response credits in October, its highest monthly total. The company estimated that the bitcoin it would have mined during the curtailed hours was worth about $1.9 million.

| Pecos Ridge credits | Amount |
|---|---|
| October 2026 | $27.6 million |
| August 2026 | $14.2 million |
| July 2026 | $9.8 million |
| October 2025 | $3.1 million |

Smaller operators also benefited. Caprock Hash, which runs about 180 MW near Lubbock, said it expected around $5 million in credits for the month, more than its mining gross profit over the same period.

> "This is what flexible load is supposed to look like," said Elena Marsh, head of power markets at Caprock Grid Analytics. "Several gigawatts came off the system inside ten minutes. Without that, the grid operator would have been much closer to ordering rotating outages."

## Critics question who pays

Not everyone sees the payments as a public good. The Texas Ratepayer Watch, a consumer advocacy group, said households ultimately fund ancillary service costs and argued that miners are rewarded for removing demand they added to the grid in the first place.

"The grid was tight partly because of the load these sites put on it," the group said in a statement. "Paying them to step aside at the worst moment is a cost that lands on everyone else's bill."

Some economists also question whether resale profits, which come from fixed-price contracts rather than any service to the grid, should be counted as demand response at all. Those gains are private trades between miners and their suppliers, not payments from ERCOT, though they show up in the same headline figures.

## What changes next

Texas lawmakers have already tightened the rules. A 2025 state law, Senate Bill 6, requires new large loads of 75 MW or more to register with ERCOT and allows the grid operator to curtail them during emergencies, while the Public Utility Commission is still drafting how those provisions apply to existing sites.

Grid analysts expect more events like this one as data-centre demand rises faster than new generation. Marsh said miners' flexibility is likely to become more valuable, and more closely regulated, as AI facilities that cannot easily switch off take a larger share of the grid.`,
  },
  {
    slug: 'listed-miners-produce-fewer-bitcoin-in-third-quarter-as-hosting-and-hpc-revenue-climbs',
    title: 'Listed miners produce fewer bitcoin in third quarter as hosting and HPC revenue climbs',
    dek: 'Four mid-sized public miners produced 10% less bitcoin than in the second quarter, but contract revenue from hosting and high-performance computing rose by more than half.',
    category: 'mining',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'hashrate', 'halving', 'data-centers', 'ai'],
    publishedDaysAgo: 39,
    keyPoints: [
      'Cobalt Ridge Mining, Northspur Digital, Ardent Hashworks and Kestrel Bay Mining together mined 2,757 BTC in the third quarter, down 10.3% from 3,073 BTC in the second.',
      'Network hashrate averaged about 1,130 EH/s in the quarter, roughly 8% above the second-quarter average, diluting each miner’s share of the 3.125 BTC block subsidy.',
      'Combined hosting and HPC revenue at the four companies reached $115.2 million, up 57% from $73.4 million three months earlier.',
      'Hashprice averaged about $44.80 per petahash per day, supported by a bitcoin price that averaged roughly $111,400 over the quarter.',
    ],
    summary: 'Preliminary third-quarter figures from four listed bitcoin miners show production falling as network hashrate keeps rising more than two years after the April 2024 halving. A higher bitcoin price cushioned mining revenue, while hosting and high-performance computing contracts grew fast enough to account for more than a quarter of the group’s top line.',
    body: `Four mid-sized listed bitcoin miners mined **2,757 BTC** between July and September, 10.3% less than in the second quarter, according to preliminary results and production updates published over the past two weeks. The decline came even though each company added machines, because the rest of the network added them faster.

The same filings show where the growth is coming from. Revenue from hosting third-party machines and leasing capacity for high-performance computing (HPC) rose 57% quarter on quarter to $115.2 million across the four companies, against $307.1 million from self-mining.

## Production keeps shrinking per exahash

More than two years after the April 2024 halving cut the block subsidy to 3.125 BTC, the network issues roughly 450 new bitcoin a day, plus fees that have averaged only about 4 BTC a day this year. Network hashrate averaged about 1,130 exahashes per second (EH/s) in the third quarter, up roughly 8% from the second, so a miner that stood still would have mined about 7% fewer coins.

None of the four stood still, but none kept pace either. The table below uses company-reported figures; revenue is in millions of US dollars and hashrate is the quarterly average each company actually realised, not installed capacity.

| Company | BTC mined, Q3 | Change vs Q2 | Mining revenue | Hosting/HPC revenue | Avg. hashrate (EH/s) |
|---|---|---|---|---|---|
| Cobalt Ridge Mining | 1,105 | -10.9% | 123.1 | 38.4 | 30.0 |
| Northspur Digital | 776 | -11.0% | 86.4 | 52.7 | 21.0 |
| Ardent Hashworks | 536 | -9.2% | 59.7 | 17.9 | 14.5 |
| Kestrel Bay Mining | 340 | -8.4% | 37.9 | 6.2 | 9.2 |

Kestrel Bay posted the smallest decline after energising 1.1 EH/s of new machines at its site in western Texas in August. Northspur, which has been moving power capacity away from mining, lost the most.

## Price did the heavy lifting

Bitcoin averaged roughly $111,400 over the quarter, about 7% above the second-quarter average of around $104,000, which largely offset the lower coin count. Combined self-mining revenue slipped only about 4%, and hashprice, the industry's measure of expected revenue per unit of computing power, averaged about **$44.80 per petahash per day**.

That cushion depends on a market that has been rising into the fourth quarter. Bitcoin traded near $119,000 this week, within sight of its previous peak, which has improved sentiment but does nothing for the structural squeeze on coins mined per machine.

> "The price has been carrying the mining line for three quarters now," said Helena Vasquez, a mining equity analyst at Ironbark Research. "Strip it out and production per exahash is down in a straight line. The companies know it, which is why the capital is going somewhere else."

## Hosting and HPC become a real business line

Northspur is the clearest example. HPC leasing and hosting brought in $52.7 million, or 38% of its revenue, after the first 60 megawatts of a converted site in Ohio went live under a multi-year lease with an unnamed cloud provider. The company said in its update that a further 90 megawatts would be handed over in stages through mid-2027.

Cobalt Ridge's $38.4 million came mostly from hosting machines for institutional clients, a lower-margin but steadier business than self-mining. Ardent and Kestrel Bay are smaller in this area and still rely on mining for more than 75% of revenue.

- Hosting contracts typically price power at a fixed rate plus a margin, shifting bitcoin price risk to the client.
- HPC leases run for five to ten years and require liquid cooling, higher redundancy and network capacity that most mining sites lack.
- Converting a mining hall for HPC costs several million dollars per megawatt, according to company disclosures, compared with well under $1 million for mining infrastructure.

## What to watch in the full reports

Final quarterly reports, due in the first half of November, will show whether the revenue shift has reached the margin line. Investors will look at cost per bitcoin mined, which the four companies put between $52,000 and $68,000 on a cash basis in the second quarter, and at how much of each month's production was sold rather than held.

Hashrate remains the main variable. Machine deliveries ordered in the first half of the year are still arriving, and Ironbark estimates the network could average 1,200 EH/s in the fourth quarter, which would mean another step down in coins per exahash unless the price keeps climbing.`,
  },
  {
    slug: 'miners-sell-larger-share-of-monthly-bitcoin-output-to-fund-expansion',
    title: 'Miners sell a larger share of monthly bitcoin output to fund expansion',
    dek: 'September production updates show listed miners selling close to 90% of what they mined, as treasuries plateau and convertible notes fill the rest of the funding gap.',
    category: 'mining',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'hashrate', 'data-centers'],
    publishedDaysAgo: 51,
    keyPoints: [
      'Six listed miners sold 3,020 BTC in September, about 88% of the 3,430 BTC they produced, compared with roughly 45% a year earlier.',
      'Their combined treasury holdings were flat at about 61,400 BTC, the first quarter without growth since early 2024.',
      'Listed miners have issued about $4.6 billion of convertible notes so far in 2026, much of it to pay for power infrastructure and HPC conversions.',
      'Miner selling of around 100 BTC a day is small next to spot ETF flows, but it has become a steadier source of supply.',
    ],
    summary: 'Public bitcoin miners are selling nearly all of their monthly production again, reversing the hold-everything strategy many adopted after the 2024 halving. The proceeds, together with a wave of convertible debt, are funding new power capacity and data-centre conversions, while treasury balances have stopped growing.',
    body: `Listed bitcoin miners are selling almost everything they mine. Six companies that publish monthly production updates sold **3,020 BTC** in September, about 88% of the 3,430 BTC they produced, according to figures compiled by Tickerwire from their filings. A year earlier the same group sold roughly 45% and added the rest to their balance sheets.

The shift reflects a change in priorities rather than distress. With bitcoin trading around $117,000 and hashprice near $46 per petahash per day, most miners are comfortably profitable on a cash basis, but their spending on power, transformers and data-centre conversions has outrun what mining alone can fund.

## From holding to selling

During 2024 and much of 2025, several miners adopted what they described as a full-hold strategy, keeping all newly mined coins and funding operations with equity sales. The approach lifted their reported bitcoin holdings and tied their share prices closely to the coin.

That model has faded as share issuance became more expensive. Equity raised by listed miners fell by about a third in the first nine months of 2026 compared with the same period last year, according to data from Fathom Hash Partners, a mining-focused advisory firm.

| Month | BTC produced | BTC sold | Share sold |
|---|---|---|---|
| June 2026 | 3,560 | 2,140 | 60% |
| July 2026 | 3,510 | 2,610 | 74% |
| August 2026 | 3,470 | 2,900 | 84% |
| September 2026 | 3,430 | 3,020 | 88% |

Production has been falling slightly month to month as network hashrate climbs, so the absolute number of coins sold has risen less sharply than the percentage.

## Treasuries stop growing

The six companies held a combined 61,400 BTC at the end of September, little changed from the end of June. That is the first quarter without net growth since early 2024. At current prices the holdings are worth about $7.2 billion, and several companies have pledged part of them as collateral for loans or lent coins out to generate yield.

> "A bitcoin treasury used to be the story investors paid for. Now it is collateral," said Rohan Mehta, a managing director at Fathom Hash Partners. "The companies that are building data centres need cash every month, and selling production is the cheapest cash they have."

Some miners continue to hold. Kestrel Bay Mining kept 60% of its September output, and said in its update that it would keep holding as long as its debt covenants allow. Northspur Digital, by contrast, sold all 262 BTC it produced and a further 150 BTC from its treasury.

## Convertible notes fill the gap

Selling coins covers operating costs and part of capital spending. The rest is coming from debt. Listed miners have issued about **$4.6 billion** of convertible notes so far this year, according to Fathom, with coupons mostly between 0% and 3% and conversion premiums of 25% to 40% over the share price at issue.

- Convertibles let companies borrow cheaply because buyers receive an option on the equity.
- Hedge funds that buy the notes often short the shares to hedge, which can weigh on the stock around issuance.
- Most notes issued this year mature in 2030 or 2031, leaving miners with repayment obligations if their shares do not rise enough to trigger conversion.

Cobalt Ridge Mining priced a $750 million issue in September, its second this year, and said proceeds would go toward a 200-megawatt site in Oklahoma designed to host both mining machines and HPC tenants.

## What it means for supply

The network produces roughly 13,500 BTC a month. The six companies in the sample control about a quarter of hashrate, so their selling now adds roughly 3,000 BTC a month to the market, or about 100 BTC a day. Private miners, which publish no figures, are generally assumed to sell most of their output.

That is modest next to US spot bitcoin ETFs, which have regularly absorbed more than 1,000 BTC on strong days this year. But miner selling is steady and predictable, and analysts say it matters more in weak markets, when ETF demand fades and miners keep selling to meet their obligations regardless of price.`,
  },
  {
    slug: 'paraguay-and-ethiopia-tighten-rules-for-hydro-powered-bitcoin-miners',
    title: 'Paraguay and Ethiopia tighten rules for hydro-powered bitcoin miners',
    dek: 'The two countries host an estimated 6.7% of global hashrate on cheap hydropower, but higher tariffs, capped allocations and new licensing rules are slowing fresh deployments.',
    category: 'mining',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'hashrate', 'energy'],
    publishedDaysAgo: 64,
    keyPoints: [
      'Paraguay and Ethiopia together host about 75 EH/s, or roughly 6.7% of network hashrate, according to estimates from Solano Grid Advisory.',
      'Paraguay’s state utility ANDE has proposed a new tariff band for large data loads that would lift mining power costs by about 12% from January 2027.',
      'Ethiopia has capped total power allocated to mining at around 600 megawatts and will award new capacity through dollar-denominated auctions.',
      'All-in power costs for miners in both countries remain in the range of $35 to $50 per megawatt-hour, below most US sites.',
    ],
    summary: 'Cheap hydropower has made Paraguay and Ethiopia two of the fastest-growing bitcoin mining hubs outside North America. Both governments are now tightening terms, with Paraguay proposing higher tariffs for large data loads and Ethiopia capping mining allocations and moving to auctions, which could slow new hashrate in both countries next year.',
    body: `Paraguay and Ethiopia, two countries that built bitcoin mining industries on surplus hydropower, are changing the terms on which miners can plug in. Paraguay's state utility has proposed a higher tariff band for large data loads, and Ethiopia has capped the power it will sell to miners and moved to auctions for any new allocation.

Together the two countries host about **75 EH/s** of mining capacity, or roughly 6.7% of network hashrate, according to estimates published this month by Solano Grid Advisory, an energy consultancy that tracks mining loads through grid data and import records.

## How much hashrate the two countries host

Solano estimates Paraguay hosts about 46 EH/s, drawing roughly 900 megawatts, and Ethiopia about 29 EH/s on around 620 megawatts. Ethiopia's fleet is older on average, which is why it uses more power per unit of hashrate.

| Country | Est. hashrate (EH/s) | Share of network | Est. mining load (MW) | Typical all-in power cost ($/MWh) |
|---|---|---|---|---|
| Paraguay | 46 | 4.1% | 900 | 42-50 |
| Ethiopia | 29 | 2.6% | 620 | 35-45 |

The estimates come with wide error bars. Neither government publishes hashrate figures, and Solano said its Paraguay number includes an allowance for unlicensed sites connected to distribution lines, which authorities have spent two years trying to shut down.

## Paraguay: surplus power, rising prices

Paraguay's position rests on the Itaipu dam, which it shares with Brazil, and the smaller Yacyreta plant shared with Argentina. The country uses only part of its entitlement and has historically sold the rest to its neighbours at low prices, which made selling it to miners at a premium attractive for the utility, ANDE.

ANDE raised tariffs for mining loads by about 15% in 2024. Its new proposal, published for consultation this month, would create a separate band for data loads above 10 megawatts, lifting the effective rate for most large miners by about 12% from January 2027. The proposal also requires new connections to fund their own substation upgrades.

> "Paraguay still has some of the cheapest clean power in the hemisphere, but the easy part is over," said Camila Ortega, a principal at Solano Grid Advisory. "Every new megawatt now comes with grid works, a longer approval queue and a tariff that can move at the next review."

Miners operating in the country say the changes are manageable at current hashprice, which stands near $45 per petahash per day. Guarani Hash, one of the larger local hosting operators, said its clients would absorb the increase but that it had paused plans for a further 80 megawatts until the final tariff is published.

## Ethiopia: a cap and an auction

Ethiopia opened its grid to miners in 2022, and deployments accelerated as the Grand Ethiopian Renaissance Dam added capacity, reaching its full design of about 5.15 gigawatts last year. Ethiopian Electric Power, the state generator, signed contracts with dozens of mostly foreign operators at rates well below global averages.

The government stopped signing new mining contracts in 2024 while it reviewed demand from domestic industry and households, many of which still lack reliable supply. The new framework, announced in August, sets several conditions:

- Total power allocated to mining is capped at around 600 megawatts, close to the current level.
- Any capacity released by expiring or cancelled contracts will be offered through auctions priced in US dollars.
- Miners must agree to curtail during dry-season shortages, with no compensation for lost hours.
- Licensed operators must report monthly consumption and hashrate to the energy regulator.

The dollar pricing matters because the government is short of foreign currency, and mining payments have become one of the state utility's more reliable sources of hard currency.

## What it means for the network

Neither country is likely to lose existing hashrate quickly, since the machines already installed remain profitable at current prices. The bigger effect is on growth. Solano had expected the two countries to add around 20 EH/s in 2027; it now forecasts half that, with more of the new capacity going to Latin American neighbours and to stranded gas sites in North America.

For the network as a whole the shift is small, at well under 1% of hashrate. For the operators that moved machines to Asuncion and Addis Ababa expecting cheap power for years, it is a reminder that tariffs set by a state utility can be revised as quickly as they were offered.`,
  },
  {
    slug: 'two-mining-pools-now-find-more-than-half-of-bitcoin-blocks',
    title: 'Two mining pools now find more than half of bitcoin blocks',
    dek: 'Granite Pool and Vireo Pool mined 51.9% of blocks over the past 30 days, renewing calls for miners to build their own block templates through Stratum V2.',
    category: 'mining',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'hashrate', 'security'],
    publishedDaysAgo: 77,
    keyPoints: [
      'Granite Pool found 1,374 of 4,320 blocks in the 30 days to 9 September, a 31.8% share, and Vireo Pool found 868, or 20.1%.',
      'The top four pools together produced about 74% of blocks, up from roughly 66% a year earlier.',
      'Vireo Pool said it will let miners submit their own transaction templates via Stratum V2 Job Declaration from the first quarter of 2027.',
      'Pool concentration does not give operators control of miners’ hardware, but it does concentrate decisions about which transactions enter blocks.',
    ],
    summary: 'Two bitcoin mining pools together found more than half of all blocks over the past month, the highest combined share in several years. The data has revived debate about who chooses transactions for blocks and added momentum to Stratum V2, a protocol that lets individual miners build their own block templates while still sharing pool rewards.',
    body: `Two bitcoin mining pools found more than half of all blocks over the past 30 days, the largest combined share for any pair of pools in several years. Granite Pool produced **31.8%** of blocks and Vireo Pool 20.1%, according to block attribution data compiled by Lattice Watch, a non-profit that monitors mining centralisation.

The figures do not mean two companies control half the world's mining machines. Pools coordinate work from thousands of independent miners, who can switch pools within minutes. But pool operators do decide which transactions go into each block, and that decision is now concentrated in fewer hands than at any point since the early 2020s.

## The numbers

Lattice Watch counted 4,320 blocks in the 30 days to 9 September, close to the target of 144 a day. Its attribution relies on the identifying tags pools place in the coinbase transaction and on payout addresses, which it cross-checks against pool announcements.

| Pool | Blocks found | Share |
|---|---|---|
| Granite Pool | 1,374 | 31.8% |
| Vireo Pool | 868 | 20.1% |
| Tessera Pool | 536 | 12.4% |
| Orchard Hash | 415 | 9.6% |
| All others | 1,127 | 26.1% |

Granite's share has grown steadily as large North American listed miners have pointed their fleets at it, attracted by its payout terms and its US domicile. Vireo has gained from hashrate in Latin America and Africa.

The picture may be more concentrated than the table suggests. Lattice Watch said at least three smaller pools appear to receive block templates from one of the two leaders, a practice sometimes called proxy pooling, which would lift the effective share of the top two to about 56%.

## Why concentration matters

A pool that builds most blocks could, in principle, delay or exclude particular transactions, either on its own initiative or under pressure from a government. A pool or pair of pools with a majority of hashrate could also attempt to reorganise recent blocks, though doing so would be visible immediately and would likely drive miners away.

> "The risk is less a dramatic attack than quiet filtering," said Jonas Albrecht, a research lead at Lattice Watch. "If two template builders are told to drop a category of transactions, half the blocks stop including them, and confirmation times for those users double. Nobody has to break a rule for that to happen."

There is no evidence that either pool has filtered transactions. Both publish their template policies, and Lattice Watch found that their blocks closely match what a default Bitcoin Core node would have selected from the public mempool.

## The Stratum V2 push

The main technical response is Stratum V2, a replacement for the mining protocol that pools have used for more than a decade. Beyond encrypting traffic between miners and pools, its Job Declaration feature lets a miner choose the transactions in its own blocks while the pool continues to handle payouts and pooling of variance.

Adoption has been slow. Running a template requires a full node and extra software, and most hardware firmware only recently added support. Bitcoin Core developers have been working on an interface that lets external template software read block templates directly from a node, which supporters say will lower the barrier.

- Vireo Pool said this week it will accept miner-declared templates from the first quarter of 2027, initially for accounts above 1 EH/s.
- Granite Pool supports Stratum V2 connections but has not committed to a date for Job Declaration.
- Tessera Pool says about 8% of its hashrate already connects over Stratum V2, though mostly with pool-built templates.

## What comes next

Large miners hold the most leverage. A handful of listed companies control enough hashrate to shift the distribution by moving between pools or by insisting on building their own templates, and several have said they are testing Job Declaration.

Whether they do will depend on cost. Running template infrastructure adds engineering work for little direct revenue, and fee income, the part of rewards that template choice affects, has averaged only about 1% of miner revenue this year. Lattice Watch plans to publish monthly figures on how many blocks are built by miners rather than pools, starting in October.`,
  },
  {
    slug: 'us-tariffs-lift-bitcoin-mining-rig-prices-as-forgeline-opens-texas-assembly-line',
    title: 'US tariffs lift bitcoin mining rig prices as Forgeline opens Texas assembly line',
    dek: 'Imported machines now cost US buyers about 27% more than buyers abroad, pushing miners toward used hardware, overseas sites and the first domestic assembly capacity.',
    category: 'mining',
    author: 'daniel-reyes',
    tags: ['bitcoin', 'hashrate', 'macro'],
    publishedDaysAgo: 89,
    keyPoints: [
      'Latest-generation air-cooled rigs delivered in the US cost about $17.60 per terahash in August, against $13.90 for the same machines delivered outside the country.',
      'Import duties that took effect on 1 August brought the combined rate on rigs from the main Southeast Asian assembly hubs to about 36%.',
      'Forgeline Systems opened a 140,000-square-foot assembly line in Denton County, Texas, targeting 8,000 machines a month by the first quarter of 2027.',
      'Prices for used previous-generation machines in the US have risen about 18% since June as buyers look for tariff-free hardware already in the country.',
    ],
    summary: 'New US import duties have opened a gap of roughly a quarter between what American and foreign miners pay for the same bitcoin mining machines. The gap is reshaping purchasing, lifting prices for used rigs in the US and prompting Forgeline Systems to open a domestic assembly line, though chips and most components will still be imported.',
    body: `US bitcoin miners are paying about a quarter more than their foreign competitors for the same machines after new import duties took effect this month. Latest-generation air-cooled rigs delivered to US sites cost about **$17.60 per terahash** in August, compared with $13.90 for identical units delivered to Canada, Latin America or the Middle East, according to quotes collected by Tallis Hardware Research.

The gap has prompted the first sizeable attempt at domestic rig assembly. Forgeline Systems, a hardware maker that has sold machines built in Malaysia since 2023, opened a production line in Denton County, Texas, this week and said it aims to assemble 8,000 machines a month by the first quarter of 2027.

## What changed on 1 August

Almost all bitcoin mining hardware is designed by a few manufacturers, most of them based in China, and assembled in China or Southeast Asia using chips made by Taiwanese foundries. Over the past two years, producers shifted final assembly to Malaysia, Indonesia and Thailand to limit exposure to duties on Chinese goods.

The latest round of US duties, effective 1 August, narrowed that route. Combined rates on mining rigs shipped from the three main Southeast Asian hubs now stand at about 36%, according to Tallis, up from roughly 24% in the first half of the year. Machines shipped directly from China face higher rates still. The price gap is narrower than the headline rate because duty is charged on declared factory value rather than delivered price, and some manufacturers have absorbed part of the cost to hold on to US customers.

> "For a 10,000-machine order, the duty alone is now worth more than a year of power at many Texas sites," said Marcus Feld, an analyst at Tallis Hardware Research. "Buyers are either paying it, finding a way around it, or putting the machines somewhere else."

## Forgeline's Texas line

Forgeline's plant occupies a 140,000-square-foot former logistics building and employs about 220 people, a figure the company expects to reach 500 at full output. The line will assemble hashboards, control boards, power supplies and fans into finished machines, and run burn-in testing on site.

The chips themselves will still be imported, as will most of the boards and power-supply components. The company says its approach qualifies the finished machines as US-assembled, but duties on imported components still apply, and it estimated its landed cost would be about 10% below that of a fully imported unit.

- Initial output is expected at about 2,500 machines a month from October.
- Forgeline said it has signed orders covering the first six months of production with three listed miners, without naming them.
- The company is also adding a repair and refurbishment service at the site, aimed at US fleets that want to keep older machines running longer.

## Knock-on effects across the supply chain

The duties have made hardware already inside the US more valuable. Prices for used previous-generation machines, which run at around 20 to 25 joules per terahash, have risen about 18% since June, according to Tallis, reversing a decline that usually accelerates as newer models arrive.

Buyers are also changing where they deploy. Several US-listed companies have redirected deliveries to hosting sites in Canada, Paraguay and the Gulf, where the same machines arrive without the US duty. Others pulled orders forward ahead of the August deadline, which Tallis estimates brought roughly 9 EH/s of machines into US warehouses in June and July.

For the network, the near-term effect is a modest slowdown in US hashrate growth rather than a fall. Bitcoin trades near $109,000 and hashprice sits around $44 per petahash per day, enough to keep newly bought machines profitable at most US sites even with the duty included.

## What to watch

The economics are sensitive to bitcoin's price. A sustained fall in hashprice would widen the payback period for duty-paying US buyers relative to overseas competitors, and could leave domestic sites relying mainly on older machines.

Forgeline's plans also depend on policy stability. Its business case rests on the current duty structure, and the company said any exemption for data-centre equipment, which some industry groups have lobbied for, would reduce the advantage of assembling in Texas.`,
  },
];
