import type { DemoArticle } from '../catalog';

export const ethereumArticles: DemoArticle[] = [
  {
    slug: 'ethereum-smart-accounts-eip-7702-delegations-pass-30-million',
    title: 'Ethereum smart-account delegations pass 30 million as wallets lean on EIP-7702',
    dek: 'Wallet makers are quietly converting ordinary addresses into programmable accounts, but a run of phishing drains shows the feature cuts both ways.',
    category: 'ethereum',
    author: 'tomasz-wojcik',
    tags: ['ether', 'layer-2', 'security'],
    publishedDaysAgo: 0.5,
    status: 'draft',
    keyPoints: [
      'Addresses carrying an EIP-7702 delegation on Ethereum mainnet and the largest rollups passed 30 million this month, according to Blockpane Analytics.',
      'Roughly 62% of delegations point to contracts published by just five wallet providers, concentrating the audit burden on a handful of codebases.',
      'Sponsored transactions, in which an app or paymaster covers gas, made up about 18% of smart-account activity on rollups in October.',
      'Blockpane counted 2,140 malicious delegations in the past 90 days, tied to losses of roughly $21 million.',
    ],
    summary:
      'More than 30 million Ethereum addresses now delegate to smart-account code under EIP-7702, the feature introduced by the Pectra upgrade in May 2025. Gas sponsorship and batched transactions are driving uptake, while phishing kits that trick users into signing malicious delegations remain the main risk.',
    body: `Ordinary Ethereum addresses are becoming programmable at a pace few wallet developers predicted when the feature went live. More than **30 million** addresses on mainnet and the largest layer-2 networks now carry an EIP-7702 delegation, according to a dashboard maintained by research firm Blockpane Analytics, up from about 11 million at the start of the year.

EIP-7702, which shipped with the Pectra upgrade in May 2025, lets an externally owned account point to a piece of smart-contract code and run it as if it were a smart wallet, without moving funds to a new address. Wallet makers have used it to add batched transactions, gas paid in stablecoins and spending limits to accounts that users already hold.

## Where the growth is coming from

Most of the new delegations were created by default rather than by choice. Several large consumer wallets began prompting users to "upgrade" their accounts during routine transactions in the spring, and Blockpane estimates that about 62% of all delegations now point to contracts published by five providers.

The heaviest use is on rollups, where fees are low enough for apps to pay gas on users' behalf. Sponsored transactions accounted for roughly 18% of smart-account activity on layer-2 networks in October, Blockpane said, compared with under 4% on mainnet.

Common uses observed by the firm include:

- Approving and swapping a token in a single signed action instead of two.
- Paying network fees in dollar stablecoins through a paymaster.
- Session keys that let a game or trading app sign small transactions for a limited time.
- Recovery rules that let a second device or a trusted contact restore access.

## The phishing problem

The same mechanism that makes accounts more flexible also gives attackers a new lever. A malicious delegation can hand control of every asset in an address to a contract written by a thief, and a single signature is enough to set one.

Blockpane counted 2,140 delegations to contracts it classifies as malicious over the past 90 days, linked to losses of about **$21 million**. Most victims signed what looked like a routine login or airdrop claim. Security researchers say the losses are smaller than those from classic token-approval scams but are growing faster.

> "The signature prompt is the whole battle. If a wallet shows a delegation request the same way it shows a harmless message, users will sign it," said a security engineer at a mid-sized wallet company, who asked not to be named because the firm has not published its own figures.

Several wallets now refuse to sign delegations to contracts that are not on an allowlist, a trade-off that limits choice but has cut reported incidents, according to two developers familiar with the data.

## Audits and concentration

With most delegations pointing at a small set of contracts, a bug in any one of them could affect millions of accounts at once. Two of the five largest providers have published independent audits this year; the others have shared reports privately with partners, according to people familiar with the matter.

*Editor's note: this section is awaiting comment from the wallet providers named in the Blockpane data and figures from a second analytics source.*

## What to watch

Developers are discussing standard interfaces that would let a user switch delegation targets without losing recovery settings, a change that would reduce lock-in to a single wallet vendor. Wallet teams also expect the Glamsterdam upgrade, now being scheduled for public testnets, to lower the cost of batched calls further.

The next test for adoption is whether large exchanges begin supporting withdrawals to delegated accounts with sponsored gas, which would remove one of the last reasons new users still need to hold ether before they can transact.`,
  },
  {
    slug: 'ethereum-developers-set-january-testnet-forks-for-glamsterdam-upgrade',
    title: 'Ethereum developers pencil in January testnet forks for Glamsterdam upgrade',
    dek: 'The proposed timeline would put the upgrade, which reworks how blocks are built and validated, on mainnet no earlier than March if testing goes cleanly.',
    category: 'ethereum',
    author: 'tomasz-wojcik',
    tags: ['ether', 'staking', 'layer-2'],
    publishedDaysAgo: 2.8,
    keyPoints: [
      'Core developers on Thursday tentatively scheduled the Hoodi testnet fork for the second week of January and Sepolia for about two weeks later.',
      'A mainnet date will only be set after both testnets run for at least 30 days without a consensus failure.',
      'The upgrade bundles enshrined proposer-builder separation with block-level access lists, two changes aimed at faster and more predictable block validation.',
    ],
    summary:
      'Ethereum core developers have tentatively scheduled public testnet forks for the Glamsterdam upgrade in January, with Hoodi first and Sepolia second. A mainnet date depends on clean testnet runs, putting activation in March at the earliest.',
    body: `Ethereum's next network upgrade moved a step closer on Thursday, when core developers agreed on a tentative schedule to activate Glamsterdam on the network's two public test networks in January.

Under the plan discussed on the weekly all-core-developers call, the Hoodi testnet would fork in the second week of January, followed by Sepolia roughly two weeks later. Developers stressed that the dates depend on client teams shipping release candidates before the holiday break, and that a mainnet date will not be discussed until both testnets have run cleanly for at least a month.

## What is in the upgrade

Glamsterdam is the first major fork since Fusaka, which went live in December 2025 and introduced peer data-availability sampling to expand blob capacity for rollups. The new upgrade focuses on the execution and consensus layers themselves rather than on data for layer-2 networks.

Its two headline changes are:

- **Enshrined proposer-builder separation**, which moves the relationship between validators and specialised block builders into the protocol itself instead of relying on third-party relays.
- **Block-level access lists**, which require a block to declare in advance which accounts and storage slots it touches, allowing clients to validate transactions in parallel.

Developers have said the two features together should make room for further gas-limit increases in 2027, because validators would have more time to check each block and could do so using more processor cores.

## The proposed timeline

The schedule outlined on the call, which remains subject to change, runs as follows:

1. Client teams publish testnet release candidates by December 18.
2. A final shadow fork of mainnet runs over the holiday period to catch performance regressions.
3. Hoodi forks in the second week of January.
4. Sepolia forks about two weeks after Hoodi.
5. Developers review at least 30 days of testnet data before proposing a mainnet slot.

If every step goes to plan, mainnet activation would land in March at the earliest. Recent upgrades have typically slipped by four to eight weeks between the first testnet date and the final mainnet date.

## Concerns from client teams

Not every team is comfortable with the pace. Enshrined proposer-builder separation changes the timing of when blocks and their payloads are revealed, which has caused several devnets to fall out of sync during testing this autumn.

> "We can hit January, but only if nobody adds anything else. Every extra proposal at this point costs us weeks," said a lead engineer at one of the consensus client teams, who spoke on condition of anonymity because the team has not finalised its position.

Developers also spent part of Thursday's call debating whether to carry over two smaller gas-pricing proposals that were left out of the scope in October. The consensus was to defer them to the following upgrade.

## What it means for stakers and rollups

For solo stakers and large staking providers, the practical change is in how they receive blocks from builders. Node operators will need to upgrade both execution and consensus clients before each fork, and staking services have said they expect to publish migration guides in December.

Rollup teams are watching block-level access lists most closely. Faster block validation makes room for higher gas limits, which in turn lowers the cost of settling rollup batches on mainnet.

## What to watch

The next checkpoint is the December 18 release-candidate deadline. Developers said they would confirm or revise the Hoodi date on the first call of January, and a formal announcement with block numbers is expected about two weeks before each testnet fork. Ether traded near $4,050 on Sunday, little changed after the call.`,
  },
  {
    slug: 'us-spot-ether-etfs-draw-1-1-billion-in-a-week-as-staking-funds-lead',
    title: 'US spot ether ETFs draw $1.1 billion in a week as staking-enabled funds lead',
    dek: 'Funds that pass staking rewards to shareholders took nearly three-quarters of the new money, widening the gap with plain-vanilla products.',
    category: 'ethereum',
    author: 'maya-okafor',
    tags: ['ether', 'spot-etfs', 'staking'],
    publishedDaysAgo: 8,
    keyPoints: [
      'US spot ether ETFs took in a net $1.1 billion in the five trading days to Friday, the largest weekly total since August.',
      'Staking-enabled funds captured about $810 million, or 74%, of the week\'s net inflows.',
      'Combined assets across the group rose to roughly $31 billion, equal to about 6.3% of ether\'s market capitalisation.',
      'One older fund without staking saw $95 million of outflows as investors switched products.',
    ],
    summary:
      'US spot ether exchange-traded funds recorded $1.1 billion of net inflows last week, led by products that stake part of their holdings and pass the rewards to investors. The shift is reshaping competition among issuers more than two years after the funds first launched in July 2024.',
    body: `Investors put a net **$1.1 billion** into US spot ether exchange-traded funds in the five trading days to Friday, the biggest weekly haul since August, with most of the money going to funds that stake part of their ether and pay out the rewards.

The inflows came as ether climbed about 7% over the week to trade near $4,200, recovering from a sell-off in early November that had pushed the token briefly below $3,800.

## Staking funds pull ahead

Products that stake a portion of their holdings took in about $810 million, or roughly 74% of the week's total, according to fund filings compiled by Tickerwire. The five largest funds accounted for all of the week's net flows. Funds without staking drew the remainder, and one of the older products recorded net outflows as holders moved to higher-yielding alternatives.

| Fund | Staking | Weekly net flow | Total assets |
| --- | --- | --- | --- |
| Northgate Ether Staking Trust | Yes | +$412m | $7.9bn |
| Halvard Ethereum Yield ETF | Yes | +$276m | $5.2bn |
| Carrow Staked ETH Fund | Yes | +$122m | $1.8bn |
| Lindqvist Ethereum Trust | No | +$385m | $9.6bn |
| Pemberton Ether ETF | No | -$95m | $3.1bn |

Staking funds typically keep between 60% and 80% of their ether with validators and hold the rest as a liquidity buffer for redemptions. After fees, they currently pass through an annualised yield of about 2.2% to 2.5%, according to the issuers' latest disclosures.

## Why the yield matters

When US spot ether funds first launched in July 2024, they were not permitted to stake, leaving investors with a product that earned less than holding ether directly. That gap closed for the first funds to add staking in late 2025, and the difference has since become a key selling point.

> "For allocators comparing ether with bitcoin, a yield of two-and-a-bit per cent changes the conversation. It is not huge, but it is not nothing," said a portfolio manager at a US multi-asset firm, who asked not to be identified because the firm does not comment publicly on specific holdings.

Analysts note that the yield also brings new risks, including exposure to slashing penalties and the delays that come with Ethereum's validator exit queue when a fund needs to meet large redemptions.

## Size relative to the market

Combined assets across the US spot ether funds stood at roughly $31 billion at the end of the week, equal to about 6.3% of ether's market value. By comparison, US spot bitcoin funds, which launched in January 2024, hold a little over 6% of the bitcoin supply.

Flows have been uneven this year. The funds saw net outflows in three of the five weeks to mid-October, as a broader pullback in crypto prices coincided with rotation toward bitcoin products.

## What to watch

Market participants are watching whether the inflows persist into December, when year-end rebalancing and the Federal Reserve's final meeting of the year can shift risk appetite. A second test is redemption behaviour: staking funds have not yet faced a sustained run of large outflows, and issuers' ability to meet them without long delays will be closely followed.

Issuers of non-staking funds have also filed amendments that would let them add staking in the first quarter, which would narrow the yield gap and could slow the switching seen last week.`,
  },
  {
    slug: 'layer-2-fees-fall-to-record-lows-as-blob-capacity-outpaces-demand',
    title: 'Layer-2 fees fall to record lows as blob capacity outpaces rollup demand',
    dek: 'Rollups used about 58% of available blob space in October, keeping the price of posting data to Ethereum near its floor for a third straight month.',
    category: 'ethereum',
    author: 'tomasz-wojcik',
    tags: ['ether', 'layer-2'],
    publishedDaysAgo: 16,
    keyPoints: [
      'The median cost of a token swap on the ten largest rollups fell to about $0.004 in October, down from $0.011 a year earlier.',
      'Rollups filled roughly 58% of available blob capacity last month, keeping blob fees close to their minimum price.',
      'Blob fees paid to Ethereum totalled only about 310 ether in October, a fraction of the revenue rollups earned from users.',
    ],
    summary:
      'Transaction fees on Ethereum layer-2 networks dropped to new lows in October as blob capacity, expanded by successive upgrades since 2024, continued to outpace demand. The glut has kept data costs near zero for rollups and revived debate over how much value layer-2 activity returns to ether holders.',
    body: `The cost of using Ethereum's layer-2 networks fell to record lows in October, as rollups again used little more than half of the data space the main chain now offers them.

The median fee for a token swap across the ten largest rollups by activity was about **$0.004** last month, according to data compiled by analytics firm Chainfold Research, compared with roughly $0.011 in October 2025. Simple transfers cost less than a tenth of a cent on most networks.

## Supply has outrun demand

Rollups post their transaction data to Ethereum in "blobs", a dedicated data format introduced by the Dencun upgrade in March 2024. Blob space has been expanded several times since: Pectra raised the per-block target in May 2025, and Fusaka in December 2025 added peer data-availability sampling, which allowed further increases through follow-up parameter changes.

Usage has grown too, but more slowly. Chainfold estimates that rollups filled about 58% of available blob capacity in October, up from 51% in July. Because blob prices only rise when usage exceeds the target, fees have stayed near the protocol's minimum for most of the past three months.

| Rollup | Median swap fee, Oct | Median swap fee, Oct 2025 | Blobs posted, Oct |
| --- | --- | --- | --- |
| Lumen Chain | $0.003 | $0.009 | 412,000 |
| Parcel Network | $0.004 | $0.012 | 298,000 |
| Vireo | $0.005 | $0.014 | 187,000 |
| Stratum L2 | $0.006 | $0.010 | 96,000 |

The largest rollups now account for a smaller share of blob usage than a year ago, as dozens of application-specific chains have launched and post their own data.

## The revenue question

Low data costs are good news for users and rollup operators but less so for ether holders who had hoped that layer-2 growth would translate into fee burn on mainnet. Blob fees paid to Ethereum totalled only about *310 ether* in October, Chainfold said, while the rollups it tracks collected an estimated 4,900 ether in fees from their own users.

Some researchers argue the imbalance is temporary and intended: cheap blob space was designed to let rollups scale first and pay more later as demand catches up. Others have pushed for a higher minimum blob price, a change that was partly addressed when developers adjusted the blob fee floor in the Fusaka upgrade.

## Where the blobs are going

Activity on rollups remains dominated by a few categories. Chainfold's breakdown of October transactions showed:

- Decentralised exchange trades at about 34% of rollup transactions.
- Stablecoin transfers and payments at about 27%.
- Gaming and social apps at about 19%.
- Automated bot activity, including arbitrage, making up much of the rest.

Stablecoin payments were the fastest-growing category, up 41% from the previous quarter, as several payment apps moved settlement onto rollups to take advantage of sub-cent fees.

## What to watch

The Glamsterdam upgrade, now being scheduled for public testnets in January, does not directly change blob capacity, but developers have said further blob parameter increases could follow in 2027 if network bandwidth allows. Analysts will be watching whether demand rises to the target first; if it does, blob prices could climb quickly from near zero, and rollup fees would follow.

For now, the surplus means rollup teams face little pressure to compress data or batch less often, and fee competition between networks has shifted almost entirely to execution costs and sequencer margins.`,
  },
  {
    slug: 'meridian-lend-dao-votes-to-cut-borrowing-limits-on-restaked-ether',
    title: 'Meridian Lend DAO votes to cut borrowing limits on restaked ether after depeg scare',
    dek: 'Token holders backed a 7-point reduction in loan-to-value for kETH collateral, a move that could push some leveraged positions toward liquidation.',
    category: 'ethereum',
    author: 'tomasz-wojcik',
    tags: ['ether', 'defi', 'liquidations', 'staking'],
    publishedDaysAgo: 25,
    keyPoints: [
      'The proposal passed with 87% of votes cast, cutting the maximum loan-to-value on kETH collateral from 80% to 73% over four weeks.',
      'About $1.3 billion of kETH is posted as collateral on Meridian Lend, making it the protocol\'s second-largest collateral asset.',
      'Risk advisers estimate that positions worth about $140 million would face liquidation if borrowers do not add collateral or repay debt.',
    ],
    summary:
      'Governance token holders of Meridian Lend, an Ethereum lending protocol, approved a phased cut to borrowing limits on the liquid restaking token kETH after it briefly traded 3.4% below ether this month. The change is meant to reduce the risk of bad debt but may force some looped positions to unwind.',
    body: `Governance token holders of Meridian Lend, one of the larger lending markets on Ethereum, approved a proposal on Friday to lower how much users can borrow against kETH, a liquid restaking token, following a brief price dislocation earlier this month.

The vote passed with **87%** of ballots in favour and a turnout of about 41 million governance tokens, according to the protocol's governance portal. The change will be phased in over four weeks starting next Tuesday.

## What changes

The proposal, drafted by the protocol's external risk adviser, Tessellate Risk Labs, adjusts several parameters for kETH collateral:

- Maximum loan-to-value falls from 80% to 73%, in weekly steps of just under two percentage points.
- The liquidation threshold falls from 83% to 77%.
- The liquidation bonus paid to liquidators rises from 5% to 7%.
- A supply cap of 330,000 kETH is introduced, just above the current total of about 310,000 kETH, leaving limited room for growth.

kETH is issued by Kestrel Restaking, a protocol that stakes ether, restakes it to secure additional services and issues a token that represents the position. About $1.3 billion of kETH is posted as collateral on Meridian Lend, making it the second-largest collateral asset after wrapped ether.

## Why the vote happened

On October 14, kETH traded as much as 3.4% below ether on decentralised exchanges for about six hours, after a large holder sold roughly 22,000 tokens into thin liquidity. The price recovered once arbitrage traders stepped in, but the episode showed how quickly the gap could widen.

Tessellate said in its proposal that kETH's on-chain liquidity had fallen about 35% since the summer, while borrowing against it had grown. Much of that borrowing comes from *looping*, a strategy in which users deposit kETH, borrow ether, buy more kETH and deposit it again to multiply their restaking yield.

> "The asset has not failed. The problem is that the exit door has shrunk while the crowd in the room has grown," Tessellate wrote in the proposal.

## Who could be affected

Tessellate estimated that positions worth about $140 million would become eligible for liquidation by the end of the four-week phase-in if borrowers take no action. Most of those belong to about 60 addresses running highly leveraged loops.

The risk adviser said the phased approach is meant to give those borrowers time to repay debt or add collateral rather than face forced sales that could themselves push kETH's price lower. A faster, one-step cut was considered and rejected for that reason.

Kestrel Restaking said in a forum post that it respected the outcome and was working with market makers to deepen liquidity for kETH on major exchanges.

## A wider pattern

Meridian is not alone. At least three other lending protocols on Ethereum and its layer-2 networks have tightened parameters for liquid restaking tokens since September, reflecting concern that these tokens carry risks beyond those of plain staked ether, including exposure to penalties on restaked services and longer withdrawal times.

Restaking tokens remain popular as collateral because they earn a yield while posted, letting borrowers offset some or all of their interest costs.

## What to watch

The first reduction takes effect on Tuesday. Traders will be watching kETH's discount to ether and borrowing rates for ether on Meridian, which could fall if looped positions are unwound. Tessellate said it would publish a review after the final step and could propose a partial reversal if on-chain liquidity recovers.`,
  },
  {
    slug: 'tollgate-bridge-post-mortem-blames-upgrade-bug-for-41-million-exploit',
    title: 'Tollgate Bridge post-mortem blames upgrade bug for $41.7 million exploit',
    dek: 'A signature check removed during a routine contract upgrade let an attacker forge withdrawal messages from a layer-2 network for about 90 minutes.',
    category: 'ethereum',
    author: 'tomasz-wojcik',
    tags: ['ether', 'security', 'layer-2', 'stablecoins'],
    publishedDaysAgo: 37,
    keyPoints: [
      'The attacker withdrew about $41.7 million in ether and stablecoins from Tollgate Bridge\'s Ethereum vault on October 12.',
      'The post-mortem traced the flaw to a signature-verification check dropped during a contract upgrade deployed nine days earlier.',
      'Stablecoin issuers froze about $6.2 million of the stolen funds, and the bridge has offered a 10% bounty for the rest.',
    ],
    summary:
      'Tollgate Bridge, a cross-chain bridge linking Ethereum to several rollups, published a post-mortem on a $41.7 million exploit, attributing it to a verification check accidentally removed during an upgrade. The team plans to reimburse users from its treasury and has overhauled its upgrade process.',
    body: `Tollgate Bridge, a cross-chain bridge that moves assets between Ethereum and several layer-2 networks, said on Monday that a $41.7 million exploit earlier this month was caused by a signature check that was removed by mistake during a routine contract upgrade.

The findings, released in a 24-page post-mortem, describe how an attacker was able to forge withdrawal messages and drain the bridge's main vault on Ethereum over about 90 minutes on October 12 before the team paused the contracts.

## How the attack worked

Tollgate relies on a set of nine validators, who sign off on messages confirming that assets have been locked on one network before they are released on another. A withdrawal requires signatures from at least six of them.

According to the post-mortem, an upgrade deployed on October 3 refactored the code that checks those signatures. In the process, a line verifying that each signer was a registered validator was dropped. The contract still counted signatures, but it no longer checked *whose* signatures they were.

The attacker generated six fresh keys, signed a series of fabricated withdrawal messages and submitted them to the vault. The team lays out the sequence as follows:

1. At 14:02 UTC the attacker funded a new address through a privacy mixer.
2. At 14:09 the first forged withdrawal released 1,200 ether.
3. Over the next 80 minutes, 23 more withdrawals drained ether and two dollar stablecoins.
4. At 15:37 a monitoring alert triggered a manual pause by the team's emergency multisig.

> "The upgrade passed our test suite because none of our tests tried to sign with a key that was not a validator. We tested that the happy path worked, not that the unhappy path failed," the Tollgate team wrote in the report.

## Where the money went

Of the $41.7 million taken, about $6.2 million in stablecoins was frozen by their issuers within hours. The rest, mostly ether, was split across more than 40 addresses and partly routed through a decentralised exchange aggregator and a mixer.

Tollgate has offered the attacker a bounty of 10% of the funds if the remainder is returned within 30 days, and said it is working with blockchain analytics firms and law enforcement in two jurisdictions.

## Audit gaps

The bridge's original contracts were audited twice in 2025, but the October upgrade was reviewed only internally. The team said it had treated the change as a refactor with no new functionality, and therefore not in need of an external audit.

Security researchers said the incident echoes a familiar pattern: a large share of bridge losses over the years have come not from novel cryptographic attacks but from mistakes in routine maintenance, key management or configuration.

Tollgate said it would make the following changes:

- Every upgrade, however small, will require an external audit and a 7-day timelock.
- The test suite will include adversarial cases for every permission check.
- Withdrawals above $2 million per hour will trigger an automatic pause.

## What happens to users

The bridge has been paused since the attack, leaving about $110 million of user assets locked. Tollgate said it plans to reimburse affected liquidity providers in full from its treasury, which holds about $58 million in ether and stablecoins, supplemented by a loan from its backers.

The team expects to reopen withdrawals in stages beginning in the second week of November, once the patched contracts have been audited by two firms. Users will be watching whether that timeline holds and whether the attacker engages with the bounty offer before the 30-day window closes on November 11.`,
  },
  {
    slug: 'ethereum-validator-exit-queue-swells-to-1-9-million-ether',
    title: 'Ethereum validator exit queue swells to 1.9 million ether as staked share slips',
    dek: 'Stakers now face a wait of about 33 days to withdraw, the longest since last year, as institutional holders rebalance and yields trail money-market rates.',
    category: 'ethereum',
    author: 'samuel-adeyemi',
    tags: ['ether', 'staking', 'macro'],
    publishedDaysAgo: 49,
    keyPoints: [
      'About 1.9 million ether was waiting to leave Ethereum\'s validator set on Tuesday, implying a wait of roughly 33 days.',
      'The entry queue held about 410,000 ether, or around a week\'s wait, leaving net outflows from staking.',
      'The share of ether supply that is staked fell to 29.1% from a record of about 30.4% in July.',
      'The protocol limits exits to 256 ether per epoch, or roughly 57,600 ether per day.',
    ],
    summary:
      'The queue of ether waiting to exit Ethereum staking has grown to about 1.9 million, pushing withdrawal wait times above a month. Analysts link the outflows to portfolio rebalancing by large holders, a narrow gap between staking yields and cash rates, and the unwinding of some restaking positions.',
    body: `Ether holders who want to stop staking now face a wait of more than a month. About **1.9 million ether** was queued to exit Ethereum's validator set on Tuesday, according to data from the staking dashboard Validator Ledger, implying a wait of roughly 33 days before the last requests in line are processed.

The queue has grown steadily since the start of September, when it held about 600,000 ether, and is now at its longest since a similar build-up in the second half of 2025.

## Why the wait is so long

Ethereum limits how quickly stake can leave the network in order to keep the validator set stable. Since the Pectra upgrade in May 2025, the limit has been set by the amount of ether rather than the number of validators, with a cap of 256 ether per epoch, or roughly 57,600 ether per day.

At that pace, the current queue takes about 33 days to clear. The entry queue, by contrast, held about 410,000 ether, equal to roughly a week's wait, meaning the network is currently losing more stake than it is gaining.

| Measure | Early September | Tuesday |
| --- | --- | --- |
| Exit queue (ETH) | ~600,000 | ~1.9 million |
| Estimated exit wait | ~10 days | ~33 days |
| Entry queue (ETH) | ~720,000 | ~410,000 |
| Share of supply staked | 30.2% | 29.1% |

## Who is leaving

On-chain data points to a mix of sellers rather than a single large holder. Validator Ledger attributes about 38% of the exiting ether to large staking providers processing customer withdrawals, 24% to liquid restaking protocols and the rest to exchanges, funds and unlabelled addresses.

Analysts offer several explanations:

- Staking yields of about 2.8% a year have looked thin compared with US money-market funds, which still pay more than 3.5% after this year's rate cuts.
- Some institutions that staked heavily in the summer are rebalancing after ether's rally in August.
- Lending protocols have tightened borrowing limits on restaking tokens, prompting leveraged users to unwind.

> "Nobody is panicking. This is what portfolio rotation looks like when the exit door has a fixed width," said an analyst at Halvard Capital, a digital-asset fund, who asked not to be named in line with company policy.

## Market impact

A long exit queue does not automatically mean selling pressure. Some departing stakers plan to move ether to other validators or into staking-enabled exchange-traded funds, while others simply want liquid ether to use as collateral.

Still, the queue has weighed on liquid staking tokens. Several traded at small discounts of 0.3% to 0.6% to ether on Tuesday, as holders who do not want to wait a month sold their tokens on exchanges instead.

Ether itself has been steady. It traded near $4,350 on Tuesday, down about 3% over the past week.

## What to watch

The key indicators are whether the exit queue peaks in the coming weeks and whether the entry queue starts to grow again, which would suggest new stakers are taking the place of those leaving. A fall in the staked share below 29% would mark the first meaningful reversal of the long uptrend since staking withdrawals were enabled in April 2023.

Analysts will also watch the US Federal Reserve's next meeting. Further rate cuts would narrow the gap between staking yields and cash rates and could slow the rotation out of staking.`,
  },
  {
    slug: 'eth-btc-ratio-climbs-to-highest-in-a-year-as-options-skew-flips',
    title: 'ETH/BTC ratio climbs to highest in over a year as options traders turn bullish on ether',
    dek: 'The ratio has more than doubled from its April 2025 low, and ether call options now carry a premium to puts across most expiries for the first time in months.',
    category: 'ethereum',
    author: 'samuel-adeyemi',
    tags: ['ether', 'bitcoin', 'derivatives', 'spot-etfs'],
    publishedDaysAgo: 62,
    keyPoints: [
      'The ETH/BTC ratio rose to about 0.0385 on Wednesday, its highest level since August 2025.',
      'The ratio has more than doubled from a low near 0.018 reached in April 2025.',
      'Ether 30-day options showed a call premium of about 3 volatility points over puts, compared with a put premium for bitcoin.',
      'Open interest in ether perpetual futures rose 12% over the week to about $29 billion across major venues.',
    ],
    summary:
      'Ether has outperformed bitcoin for a fourth straight week, lifting the ETH/BTC ratio to its highest since August 2025. Options markets are leaning bullish on ether relative to bitcoin, though analysts warn that rising leverage in futures leaves the move vulnerable to a sharp reversal.',
    body: `Ether extended its run against bitcoin this week, pushing the ETH/BTC ratio to about **0.0385** on Wednesday, its highest level since August 2025.

The ratio, which measures how many bitcoin one ether buys, has risen for four consecutive weeks and has more than doubled from a low close to 0.018 in April 2025, when ether hit its weakest relative level in about five years.

## Drivers of the move

Ether traded near $4,380 on Wednesday, up about 9% over the past month, while bitcoin slipped about 2% to roughly $113,800. Bitcoin remains well below the record near $125,000 it set in October 2025.

Analysts point to three main forces behind ether's outperformance:

- **Fund demand.** US spot ether exchange-traded funds have recorded net inflows in six of the past eight weeks, helped by the arrival of staking-enabled products.
- **Corporate treasuries.** A handful of listed companies that hold ether on their balance sheets resumed buying in September after pausing during the summer.
- **Positioning.** Hedge funds that had been short ether and long bitcoin as a relative-value trade have been covering those positions, adding fuel to the rally.

## What options are signalling

Derivatives markets have shifted in ether's favour. Thirty-day ether options carried a call premium of about three volatility points over equivalent puts on Wednesday, according to data from analytics provider Quantile Desk, meaning traders are paying more for upside exposure than for protection.

Bitcoin options, by contrast, showed a modest *put* premium across most expiries, a sign that traders are more focused on downside risk in the larger coin.

> "Skew on ether has gone from defensive to aggressive in about three weeks. That tells you the relative-value crowd has already rotated, and new buyers are chasing," said a derivatives strategist at a crypto market-making firm, who spoke on condition of anonymity because the firm does not allow staff to comment on positioning.

## Leverage is rising

The rally has come with more borrowed money. Open interest in ether perpetual futures rose about 12% over the week to roughly $29 billion across the main venues, while funding rates, the periodic payments between long and short traders, climbed to an annualised 14% at one point on Tuesday.

High funding rates mean long positions are crowded and expensive to hold. Past runs in the ETH/BTC ratio, including one in the summer of 2025, ended with sharp reversals when leveraged longs were liquidated over a matter of hours.

## Context

Even after the recent gains, the ratio sits well below the levels above 0.07 seen in late 2021. Ether's share of the combined market value of the two largest cryptocurrencies is about 19%, compared with more than 30% at that peak.

Some analysts argue that ether's underperformance through 2024 and early 2025 reflected concerns about value leaking from the main chain to layer-2 networks, as well as weaker fund demand. Those concerns have not disappeared, but the market appears to be weighing them less heavily than a year ago.

## What to watch

Analysts cited the 0.04 level as the next meaningful resistance for the ratio, a level it last held during ether's rally to a record in August 2025. Traders will also watch funding rates: a drop back toward 5% to 8% would suggest leverage is being reduced in an orderly way, while a spike above 20% has historically preceded liquidation cascades.

The end-of-quarter options expiry on Friday, with roughly $4 billion of ether options due, could also add volatility as dealers adjust their hedges.`,
  },
  {
    slug: 'tokenized-treasury-funds-on-ethereum-top-6-billion-halvard-fund-leads',
    title: 'Tokenized Treasury funds on Ethereum top $6 billion as Halvard fund crosses $2 billion',
    dek: 'DeFi protocols and stablecoin issuers are now the biggest holders of on-chain money-market products, using them as yield-bearing collateral.',
    category: 'ethereum',
    author: 'maya-okafor',
    tags: ['ether', 'tokenization', 'stablecoins', 'defi'],
    publishedDaysAgo: 75,
    keyPoints: [
      'Tokenized US Treasury and money-market funds issued on Ethereum and its rollups held about $6.1 billion at the end of last week.',
      'The Halvard On-Chain Treasury Fund passed $2 billion in assets on Thursday, about 14 months after launch.',
      'DeFi protocols, DAOs and stablecoin issuers hold an estimated 58% of tokenized Treasury fund units on Ethereum.',
      'Average net yields on the products were about 3.6% in August, down from 4.2% a year earlier after Federal Reserve rate cuts.',
    ],
    summary:
      'Tokenized Treasury funds issued on Ethereum have grown to about $6.1 billion, led by the Halvard On-Chain Treasury Fund, which crossed $2 billion this week. Crypto-native institutions are the main buyers, using the tokens as collateral and cash management, though falling rates are trimming yields.',
    body: `Tokenized funds that hold US government debt and issue their shares on Ethereum have grown to about **$6.1 billion** in assets, according to data from tracker Ledgerline, as crypto-native institutions increasingly park idle cash in on-chain versions of money-market funds.

The largest single product, the Halvard On-Chain Treasury Fund run by Halvard Capital, crossed $2 billion on Thursday, roughly 14 months after it launched with $50 million in seed money.

## Who is buying

Unlike traditional money-market funds, tokenized Treasury products are mostly held by other on-chain entities. Ledgerline estimates that DeFi protocols, decentralised autonomous organisations and stablecoin issuers together account for about 58% of fund units issued on Ethereum and its layer-2 networks.

The remaining holders are mostly crypto hedge funds, trading firms and a small but growing number of corporate treasuries. Retail access is limited because most funds require investors to pass identity checks and meet minimum investment sizes.

Holders use the tokens for several purposes:

- As collateral for borrowing on lending protocols that accept them.
- As a reserve asset backing yield-bearing stablecoins.
- As margin on derivatives venues that accept tokenized funds in place of cash.
- For treasury management by DAOs that want to earn a yield without selling their tokens.

## Why Ethereum dominates

Ethereum and its rollups host about 71% of tokenized Treasury assets across all blockchains, according to Ledgerline. Issuers cite the depth of DeFi integrations, the range of custody providers and the chain's longer operating record as reasons for choosing it.

> "Our clients want the fund share to be usable, not just recorded on a ledger. On Ethereum, it can be posted as collateral the day it is issued," said a senior product manager at Halvard Capital.

The fund uses a permissioned token that can only move between approved wallets, a design common among regulated issuers. Some DeFi protocols have built separate markets to accommodate these restrictions.

## Falling yields test demand

The growth has come even as yields have declined. The average net yield across tokenized Treasury funds on Ethereum was about 3.6% in August, down from 4.2% a year earlier, after the Federal Reserve lowered interest rates.

Lower yields narrow the advantage of holding tokenized funds over simply holding stablecoins, which do not pay interest to holders. Analysts said demand has held up because the tokens are increasingly used as *collateral*, where earning any yield on margin is an improvement over earning none.

## Regulation and risk

European issuers are watching how supervisors apply the EU's MiCA framework, in force since December 2024, to tokenized funds, which generally fall under existing securities rules rather than MiCA itself. In the US, issuers operate under fund and securities regulations, and most products are offered only to qualified investors.

Risk analysts point out that the tokens add layers of operational risk to a low-risk underlying asset, including smart-contract bugs, reliance on transfer agents to keep the on-chain register accurate, and redemption windows that may not match the round-the-clock nature of crypto markets.

## What to watch

Ledgerline expects tokenized Treasury assets on Ethereum to pass $8 billion by the middle of next year if current growth rates hold. The Federal Reserve's meeting next week is the nearest catalyst: a further rate cut would lower yields again and test whether collateral demand alone can sustain inflows.

Halvard said it plans to launch a share class on a second rollup before the end of the year to reduce transaction costs for smaller holders.`,
  },
  {
    slug: 'restaking-report-warns-of-correlated-slashing-risk-across-ethereum-services',
    title: 'Restaking report warns one operator failure could expose $1.5 billion of ether to slashing',
    dek: 'A risk firm found that a few large operators secure most restaked services, meaning a single failure could trigger penalties across many at once.',
    category: 'ethereum',
    author: 'tomasz-wojcik',
    tags: ['ether', 'staking', 'defi', 'security'],
    publishedDaysAgo: 87,
    keyPoints: [
      'Corbel Risk estimates that about $14 billion of ether is currently restaked to secure additional services beyond Ethereum itself.',
      'The ten largest node operators run validators for about 68% of restaked ether, according to the report.',
      'In a stress scenario, a single operator fault could expose up to 11% of restaked ether to slashing across several services at once.',
    ],
    summary:
      'A report from Corbel Risk, a risk analytics firm, warns that restaked ether is concentrated among a small number of node operators, creating the possibility of correlated penalties across multiple services. The firm urged lending protocols and fund managers to apply larger haircuts to restaking tokens.',
    body: `A new report from risk analytics firm Corbel Risk has warned that Ethereum's restaking sector, which has grown to hold about **$14 billion** of ether, is more concentrated and more interconnected than many of its users assume.

The 42-page study, published on Thursday, found that a small group of node operators secure most of the restaked ether and that many of them run validators for several services at once, creating the possibility that a single failure could trigger penalties across multiple networks simultaneously.

## How restaking works

Restaking lets holders of staked ether commit the same stake to secure additional services, such as oracles, data-availability networks or cross-chain messaging systems, in exchange for extra rewards. If an operator misbehaves or fails on one of those services, part of the stake can be *slashed*, or confiscated, under rules that each service sets.

The model allows new services to borrow Ethereum's economic security rather than building their own, but it also means the same ether is exposed to several sets of rules and several sets of software at once.

## The concentration problem

Corbel's analysis of on-chain data found that the ten largest node operators run validators for about 68% of all restaked ether. Most of those operators also serve between five and twelve additional services each.

| Group | Share of restaked ether | Average services secured |
| --- | --- | --- |
| Top 3 operators | 34% | 11 |
| Operators 4 to 10 | 34% | 8 |
| All other operators | 32% | 3 |

> "Diversification in restaking is largely an illusion. Users think they are spreading risk across many services, but they are often relying on the same handful of operators, running the same software, in the same data centres," the report's authors wrote.

In a stress scenario modelled by Corbel, a software bug at a single top-three operator could expose up to 11% of restaked ether to slashing across several services at once, equal to roughly $1.5 billion at current prices.

## Limited track record

Slashing on restaked services has so far been rare and small. Corbel identified fewer than 20 slashing events on restaked services since the feature went live, with combined penalties of less than 400 ether.

The firm cautioned that this record offers limited comfort. Many services have only recently switched on slashing, and some have set conditions that are complex and lightly tested. A misconfigured slashing rule could penalise honest operators, the report noted.

## Recommendations

Corbel made several recommendations to protocols and investors:

- Lending protocols should apply larger haircuts to liquid restaking tokens than to plain staked ether, reflecting extra slashing and liquidity risk.
- Restaking protocols should cap the share of stake any one operator can hold.
- Services should publish slashing conditions in plain language and subject them to independent review.
- Fund managers holding restaking tokens should disclose which services their ether is securing.

The report also suggested that liquid restaking token issuers maintain insurance reserves, funded from a portion of rewards, to cover at least part of any slashing losses.

## Industry response

Kestrel Restaking, one of the larger restaking protocols named in the report, said in a statement that it already limits operator concentration and welcomed independent analysis. Other protocols did not respond to requests for comment by publication time.

## What to watch

Several lending protocols are reviewing parameters for restaking tokens, and at least one governance proposal to lower borrowing limits is expected in the coming weeks. Ether traded around $4,300 on Sunday, and restaking tokens showed no sign of stress after the report, trading within 0.2% of their underlying value.

The bigger test will come when a major service experiences its first large slashing event, which would show whether the safeguards recommended by Corbel are already in place.`,
  },
];
