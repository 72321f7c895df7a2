import type { DemoArticle } from '../catalog';

export const regulationArticles: DemoArticle[] = [
  {
    slug: 'senate-committee-advances-crypto-market-structure-bill-splitting-sec-cftc-oversight',
    title: 'Senate committee advances crypto market-structure bill that splits oversight between SEC and CFTC',
    dek: 'A 14-10 vote sends an amended text towards the floor with a narrower DeFi carve-out, a joint test for "mature" blockchains and new fee funding for the CFTC.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['sec', 'defi', 'stablecoins', 'bitcoin'],
    publishedDaysAgo: 1.8,
    keyPoints: [
      'The Senate Banking Committee voted 14-10 to advance the bill, with one Democrat joining the 13 Republicans on the panel.',
      'Spot trading in "digital commodities" would move to the CFTC, while token offerings and tokenized securities stay with the SEC.',
      'The amended text lets the two agencies jointly certify when a blockchain is mature, instead of leaving the call to the SEC alone.',
      'The bill must still clear the Agriculture Committee and win 60 floor votes before the 119th Congress ends on 3 January 2027.',
    ],
    summary: 'A Senate committee voted 14-10 to advance crypto market-structure legislation that would give the CFTC oversight of spot digital-commodity markets and leave token offerings with the SEC. The amended text narrows a DeFi carve-out, adds a joint maturity test and funds the CFTC through fees, but the bill faces a tight lame-duck calendar.',
    body: `The Senate Banking Committee voted 14-10 this week to advance legislation that would divide federal oversight of crypto markets between the Securities and Exchange Commission and the Commodity Futures Trading Commission. One Democrat joined the panel's 13 Republicans, giving the bill a thin but formally bipartisan margin as it heads towards the floor.

The vote is the furthest a comprehensive market-structure bill has travelled in the Senate. The House passed its own version, the CLARITY Act, in July 2025 by 294 votes to 134, but the Senate text has since been rewritten several times, and the two chambers will still need to reconcile their approaches.

## What changed in the text

The manager's amendment adopted before the vote runs to roughly 60 pages and alters several provisions that had stalled talks over the summer. Committee staff circulated a section-by-section summary that highlights four changes:

- **Maturity test.** Whether a blockchain is "mature", and its token therefore a digital commodity rather than part of an investment contract, would be certified jointly by the SEC and CFTC, not by the SEC alone.
- **DeFi carve-out.** Protections for developers of non-custodial software survive, but front-end operators that route orders for US users must now register as brokers with the relevant agency.
- **Stablecoin rewards.** Trading platforms could not pay interest-like rewards on idle payment-stablecoin balances, a concession to bank groups that argued such products would drain deposits.
- **Funding.** The CFTC would be allowed to levy registration fees on digital-commodity exchanges, brokers and dealers, with an initial authorisation of **$120 million** a year for the new division.

A provision requiring ethics disclosures from senior government officials who hold or issue tokens was added by voice vote, after it had become the main sticking point with minority members.

## How the split would work

Under the bill, any platform that lists spot digital commodities for US customers would register with the CFTC within 270 days of the agency finalising its rules. Token issuers raising money would continue to file disclosures with the SEC until their network passes the maturity test.

| Activity | Primary regulator |
|---|---|
| Spot trading of digital commodities | CFTC |
| Initial token offerings and fundraising | SEC |
| Tokenized stocks and bonds | SEC |
| Brokers and dealers in digital commodities | CFTC |
| Payment stablecoin issuers | Banking regulators (GENIUS Act) |

Platforms that currently serve US users could continue operating under a provisional registration while their applications are reviewed, provided they segregate customer assets and publish quarterly reserve attestations.

## Industry and consumer reaction

Industry groups welcomed the vote but flagged the stablecoin rewards clause as a likely target for floor amendments. The Digital Markets Coalition, a Washington trade group representing about 40 exchanges and custodians, said in a statement that the ban "reaches well beyond what is needed to protect bank deposits" and would push yield products offshore.

Consumer advocates argued the opposite, saying the provisional registration period leaves customers exposed for as long as two years. Analysts who track the bill's progress think the substance matters less, for now, than the calendar.

> "The text is in better shape than at any point this year, but the committee vote does not buy floor time. If it is not done before January, every sponsor starts again in a new Congress with new committee ratios," said Corinne Adair, head of policy research at Carrow Policy Research.

## Next steps

The Senate Agriculture Committee, which oversees the CFTC, must still mark up its share of the bill, and the two committee texts would then be merged. Reaching the floor requires 60 votes to overcome a filibuster, meaning at least seven Democrats would need to support the combined text.

The window is short. Congress returned after the 3 November midterm elections for a lame-duck session that must also deal with government funding, and any bill not enacted by 3 January 2027 lapses. Aides on both sides said a floor vote before the holiday recess was possible but not scheduled.

Markets showed little reaction. Bitcoin traded near **$104,800**, about 16% below the record of roughly $125,300 set on 24 October, as traders focused on the Federal Reserve's 9-10 December meeting rather than the legislative calendar.`,
  },
  {
    slug: 'eu-regulators-step-up-mica-enforcement-against-unlicensed-crypto-firms',
    title: 'EU regulators step up MiCA enforcement against unlicensed crypto firms after transition ends',
    dek: 'Five months after the last grandfathering windows closed, national authorities have issued dozens of warnings and website blocks, while licences remain concentrated in a handful of states.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['mica', 'custody', 'stablecoins'],
    publishedDaysAgo: 5,
    status: 'draft',
    keyPoints: [
      'About 142 crypto-asset service providers now hold MiCA authorisation, up from 71 when the transitional period ended on 1 July 2026.',
      'Germany, the Netherlands and France account for nearly half of all licences granted so far.',
      'National regulators have issued at least 63 public warnings and ordered 41 website or app blocks against unlicensed firms since July.',
      'A pending Commission proposal would move direct supervision of the largest providers to ESMA, a shift several smaller states oppose.',
    ],
    summary: 'Since MiCA\'s transitional period ended on 1 July 2026, EU national regulators have issued dozens of warnings, website blocks and a first set of fines against crypto firms serving customers without a licence. Roughly 142 providers are now authorised, with Germany, the Netherlands and France leading, as ESMA presses for more consistent supervision.',
    body: `National regulators across the European Union are moving from warning letters to blocking orders and fines against crypto firms that continue to serve local customers without authorisation under the Markets in Crypto-Assets Regulation. The shift comes nearly five months after 1 July 2026, the last date on which any member state could let pre-MiCA firms operate under national grandfathering rules.

Since then, authorities have published at least **63 formal warnings** and ordered **41 website or app-store blocks**, according to a tally of public notices compiled by Ravelstone Regtech, a Lisbon-based compliance consultancy. Three regulators have imposed fines, the largest a €2.4 million penalty in Italy.

## Where the licences are

The number of authorised crypto-asset service providers (CASPs) on ESMA's interim register has roughly doubled since July, reaching about 142. The growth has been uneven, and a few jurisdictions dominate.

| Country | Regulator | CASP licences | Added since 1 July |
|---|---|---|---|
| Germany | BaFin | 31 | 14 |
| Netherlands | AFM | 22 | 8 |
| France | AMF | 16 | 9 |
| Cyprus | CySEC | 14 | 7 |
| Malta | MFSA | 12 | 5 |
| Ireland | Central Bank of Ireland | 9 | 5 |
| Spain | CNMV | 9 | 6 |
| Luxembourg | CSSF | 8 | 4 |
| Austria | FMA | 7 | 3 |
| Italy | Consob / Bank of Italy | 6 | 5 |
| Other states | various | 8 | 5 |

Germany's lead reflects the number of banks and securities firms that used MiCA's simplified notification route for existing licensed institutions, rather than applying from scratch. Malta and Cyprus attracted a disproportionate share of exchanges serving customers across the bloc, because a single licence can be passported to all 27 member states.

## What enforcement looks like

The measures vary by country, but most follow a similar sequence: a public warning, a request to stop onboarding local customers, and then technical blocking if the firm does not comply. Examples from the past two months include:

- **Italy:** Consob ordered internet providers to black out 11 crypto trading sites and levied the first MiCA-related fine against an offshore exchange that kept marketing to Italian users.
- **France:** The AMF added 18 unlicensed platforms to its blacklist and asked Apple and Google to remove four apps from their French stores.
- **Spain:** The CNMV opened sanction proceedings against two firms whose national registrations lapsed in July.
- **Netherlands:** The AFM fined a payments company for offering stablecoin conversions without authorisation.

Several regulators have also written to banks and payment processors, asking them to review accounts used by unlicensed providers to collect customer funds.

## Licence shopping and the ESMA question

The concentration of licences has revived a debate about supervisory consistency. ESMA's peer review of one national authority last year found that it had authorised a large exchange without fully assessing its governance, and the agency has since published guidance on minimum expectations for approval files.

The Commission's December 2025 proposal to transfer direct supervision of the largest CASPs to ESMA is still before the Parliament and Council. France and Italy support it; Malta, Cyprus and Luxembourg have argued that their authorities have built the expertise and that central supervision would slow approvals.

> "Enforcement is finally catching up with the register, but it is happening 27 different ways. Firms now study which authority is quickest to grant a licence and which is slowest to block a website," said Ines Marveaux, a partner at the Brussels advisory firm Selwyn Regulatory.

## What comes next

Regulators expect the next phase to focus on firms that hold a licence but breach its conditions, particularly on custody segregation and the handling of stablecoins that are not authorised under MiCA. Several exchanges delisted non-compliant stablecoins for EU users in 2025, but trading through decentralised front-ends remains outside most authorities' reach.

ESMA is due to publish its first annual report on MiCA supervision in the first quarter of 2027. Ravelstone expects the number of authorised CASPs to level off below 200, as smaller firms either merge, exit the market or become agents of licensed providers.`,
  },
  {
    slug: 'us-regulators-propose-genius-act-rules-for-payment-stablecoin-issuers',
    title: 'US regulators propose GENIUS Act rules on reserves, audits and capital for stablecoin issuers',
    dek: 'The joint proposal would require monthly reserve reports, a liquidity buffer of same-day cash and minimum capital that scales with tokens outstanding, with comments due in mid-January.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['stablecoins', 'federal-reserve', 'custody', 'tokenization'],
    publishedDaysAgo: 12,
    keyPoints: [
      'Issuers would have to back every token one-for-one with cash, insured deposits, Treasury bills maturing within 93 days or similar liquid assets.',
      'At least 10% of reserves would have to be available the same day, and redemptions paid within two business days.',
      'Proposed minimum capital is the greater of $10 million or 1.5% of tokens outstanding, falling to 0.75% on amounts above $10 billion.',
      'The 60-day comment period closes on 13 January 2027, shortly before the law\'s 18-month implementation deadline.',
    ],
    summary: 'Federal banking regulators and the Treasury published joint proposed rules implementing the GENIUS Act for payment-stablecoin issuers. The package sets reserve, liquidity, disclosure and capital requirements, including monthly attested reserve reports and capital that scales with issuance. Industry groups broadly support the framework but object to the capital formula and the treatment of tokenized money-market funds.',
    body: `Federal banking regulators and the Treasury Department have published proposed rules implementing the GENIUS Act, the 2025 law that created the first US licensing framework for payment stablecoins. The joint proposal sets out how issuers must hold reserves, report on them and capitalise their businesses, and opens a 60-day comment period that closes on 13 January 2027.

The package arrives with roughly **$340 billion** of dollar-pegged stablecoins in circulation and a statutory clock running. The law takes effect on the earlier of 18 January 2027, 18 months after it was signed, or 120 days after final rules are issued, so agencies have little room to revise the text before most of its provisions bite.

## Reserves and liquidity

The proposal largely follows the statute on eligible reserve assets but fills in the detail on concentration and liquidity. Every token would need to be backed one-for-one by:

- US coins and currency, or demand deposits at insured banks
- Treasury bills, notes or bonds with a remaining maturity of 93 days or less
- Overnight repurchase agreements backed by those Treasuries
- Shares in government money-market funds that invest only in the assets above

Issuers would also need to keep at least **10% of reserves** available on a same-day basis and could hold no more than 25% of reserves at any single bank. Redemption requests from holders would have to be met within two business days, a tighter deadline than some issuers currently publish in their terms.

Regulators asked for comment on whether tokenized versions of eligible assets, such as on-chain money-market fund shares, should count towards reserves without a haircut. The proposal currently treats them as eligible only if the fund itself meets all other conditions and the issuer can redeem shares for cash the same day.

## Disclosures and audits

Issuers would publish the composition of their reserves every month, examined by a registered public accounting firm, with the chief executive and chief financial officer certifying the report. Issuers with more than $50 billion outstanding would also need annual audited financial statements.

| Requirement | Issuers up to $50bn | Issuers above $50bn |
|---|---|---|
| Monthly reserve report | Yes, with accountant examination | Yes, with accountant examination |
| Executive certification | CEO and CFO | CEO and CFO |
| Annual audited financials | Not required | Required, published within 120 days |
| Minimum same-day liquidity | 10% of reserves | 10% of reserves |

Issuers with $10 billion or less in circulation could choose a state regime instead, provided the state framework is certified as substantially similar to the federal one. The proposal lists the criteria the Treasury would use for that certification, including reserve rules at least as strict as the federal standard.

## Capital requirements

The most contested element is capital, which the statute left largely to regulators. The agencies propose a minimum of the greater of **$10 million** or 1.5% of tokens outstanding, with the rate falling to 0.75% on issuance above $10 billion. Issuers would also need an operational-risk buffer covering at least 12 months of operating expenses.

For an issuer with $40 billion in circulation, that implies capital of about $375 million before the operating buffer. Smaller issuers said the $10 million floor would be a barrier to entry; the largest said the sliding scale was workable.

## Industry comment

Trade groups welcomed the reserve rules but signalled that they will push back on capital. The Payment Token Council, which represents 22 issuers and custodians, said a reserve that is fully backed by short-dated government debt carries little credit risk, and capital should reflect operational rather than balance-sheet exposure.

> "The reserve rules will look familiar to any issuer that already publishes monthly attestations. The capital formula is where the real negotiation will happen, because it decides whether mid-sized issuers can make the business pay," said Marcus Ellery, a senior analyst at Fenwright Research.

Bank groups took a different line, asking regulators to apply the rules to affiliates of exchanges that distribute stablecoins and offer rewards on balances. Consumer advocates asked for a shorter redemption window and daily, rather than monthly, reserve disclosures for the largest issuers.

The Federal Reserve, the Office of the Comptroller of the Currency and the FDIC each published parallel versions for the institutions they supervise. Officials said they aim to finalise the rules in the first half of 2027.`,
  },
  {
    slug: 'sec-proposes-token-taxonomy-and-innovation-exemption-for-on-chain-trading',
    title: 'SEC proposes token taxonomy and an "innovation exemption" for on-chain trading',
    dek: 'The proposal sorts crypto assets into four categories, sets a path for tokens to leave securities law and lets approved platforms trade tokenized securities on public blockchains for three years.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['sec', 'tokenization', 'defi', 'ether'],
    publishedDaysAgo: 23,
    keyPoints: [
      'The SEC\'s proposed taxonomy divides crypto assets into network tokens, digital collectibles, digital tools and tokenized securities, and only the last is presumed to be a security.',
      'Token sales tied to an investment contract could raise up to $75 million over four years under a new disclosure-based safe harbour.',
      'The innovation exemption would let approved platforms trade tokenized securities on public blockchains for up to three years under conditions.',
      'Comments are due within 60 days of publication in the Federal Register, pushing final rules into 2027.',
    ],
    summary: 'The SEC proposed a taxonomy that sorts crypto assets into four categories and clarifies when a token sold as part of an investment contract can stop being treated as a security. A companion "innovation exemption" would let approved platforms trade tokenized securities on public blockchains for up to three years. Law firms welcomed the clarity but questioned how the exemption fits with existing market rules.',
    body: `The Securities and Exchange Commission has proposed a classification system for crypto assets alongside a time-limited "innovation exemption" that would let approved platforms trade tokenized securities on public blockchains. The twin proposals, approved by a 3-1 commission vote, are the agency's most detailed attempt yet to spell out which tokens fall under securities law.

The release runs to more than 400 pages and is open for comment for 60 days after publication in the Federal Register. It lands in a market still digesting bitcoin's move to a record of roughly $125,300 on 24 October, and follows months of staff statements that had signalled a shift away from enforcement-led policy.

## Four categories of token

At the heart of the proposal is a taxonomy that sorts crypto assets by what they do rather than how they were first sold:

- **Network tokens:** assets whose value comes from the operation of a functioning, decentralised blockchain, such as tokens used to pay fees or secure a network through staking.
- **Digital collectibles:** tokens representing art, game items or memberships, without rights to profits.
- **Digital tools:** tokens that act as tickets, credentials, domain names or access keys.
- **Tokenized securities:** on-chain representations of stocks, bonds, fund shares or other instruments that are already securities.

Only the last category is presumed to be a security. The commission stresses that a token in the first three categories can still be sold as part of an investment contract, but argues the contract and the asset are separate, and the contract ends once the issuer has delivered on its promises or the network is no longer reliant on its efforts.

## A path out of securities law

To make that idea workable, the SEC proposes a safe harbour for token sales. Issuers could raise up to **$75 million** over four years by filing a short disclosure document covering the project's team, token supply, development plan and risks, followed by semi-annual updates.

Once the issuer certifies that the network meets decentralisation criteria, including that no single person or affiliated group controls more than 20% of tokens or governance votes, ongoing reporting would stop. The commission could challenge a certification within 90 days.

## The innovation exemption

The second proposal is aimed at trading venues rather than issuers. Platforms that meet its conditions could list tokenized securities for trading on public blockchains without registering as an exchange, for up to three years.

| Condition | Proposed requirement |
|---|---|
| Eligible assets | Tokenized equities, bonds and fund shares |
| Investor checks | Identity verification for all wallets that trade |
| Size cap | $5 billion average daily volume per platform |
| Reporting | Monthly trade data to the SEC, public quarterly reports |
| Duration | Three years, then register or wind down |

Decentralised protocols could participate only through a registered intermediary that verifies users and screens transactions. The commission asked whether the volume cap should be lower during the first year.

## How lawyers read it

Law firms advising exchanges and issuers broadly welcomed the taxonomy but were more cautious about the exemption. Several said it was unclear how tokenized stocks traded under the exemption would interact with best-execution rules and the national market system that links US stock exchanges.

> "For the first time there is a written test that a project can apply before launch rather than after a subpoena. The harder questions are in the exemption, because tokenized shares trading around the clock on public chains do not fit neatly into market rules built for a single consolidated tape," said Helena Voss, a partner at Harrow & Quill LLP.

Priya Lang, head of the digital-assets practice at Vantreece Lowe, said the 20% decentralisation threshold would be difficult to measure for tokens whose supply sits largely in staking contracts or exchange wallets. She expects that point to draw heavy comment.

## What happens next

The proposals can be changed in response to comments before a final vote, which is unlikely before the second quarter of 2027. Any rules would sit alongside, rather than replace, the market-structure legislation still working its way through the Senate, which would give the CFTC authority over spot trading in digital commodities.

If Congress passes that bill, the SEC has said it would revise the taxonomy to match the statutory definitions.`,
  },
  {
    slug: 'uk-fca-sets-out-final-stablecoin-and-custody-rules',
    title: 'UK FCA sets out final stablecoin and crypto custody rules ahead of 2027 regime',
    dek: 'The regulator confirmed next-day redemption, trust-based backing and a ban on interest to holders, while diverging from MiCA on bank deposits and transaction caps.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['stablecoins', 'custody', 'mica'],
    publishedDaysAgo: 31,
    keyPoints: [
      'The FCA\'s final rules require UK stablecoin issuers to hold backing assets in a statutory trust and redeem at par by the end of the next business day.',
      'Issuers need minimum capital of £350,000 or 2% of average stablecoins in issue, whichever is higher.',
      'The authorisation gateway opens in spring 2027, and the regime takes effect in October 2027.',
      'Unlike MiCA, the UK rules set no minimum share of reserves in bank deposits and no cap on daily transactions in foreign-currency stablecoins.',
    ],
    summary: 'The Financial Conduct Authority published final rules for stablecoin issuers and crypto custodians, confirming trust-based backing, next-business-day redemption and new capital requirements. The regime takes effect in October 2027 after an application window in 2027. The rules diverge from the EU\'s MiCA on bank-deposit requirements and caps on foreign stablecoins.',
    body: `The UK Financial Conduct Authority has published its final rules for firms that issue stablecoins or hold crypto assets for customers, completing a major part of the country's planned regime for digital assets. The policy statement confirms most of the proposals the regulator consulted on in 2025, with changes to backing-asset limits and custody reconciliation.

The rules apply to sterling and other fiat-referenced stablecoins issued from the UK and to any firm safeguarding crypto assets for UK customers. They will take effect in **October 2027**, when the Treasury's legislation bringing crypto activities into the regulatory perimeter comes into force.

## What issuers must do

The core of the stablecoin regime is a requirement that backing assets sit in a statutory trust for the benefit of holders, held with an independent custodian. Issuers must redeem at par by the end of the business day after a valid request, and may not pay interest or other returns to holders.

Other requirements include:

- **Backing assets:** short-term government debt and cash deposits as the core, with a limited allocation to longer-dated government bonds and repo if the issuer meets liquidity tests.
- **Capital:** a permanent minimum of **£350,000** or 2% of the average value of stablecoins in issue, whichever is higher.
- **Disclosure:** daily publication of the value of tokens in issue and monthly reporting of the backing-asset composition, checked by an independent auditor.
- **Recovery planning:** a wind-down plan showing how holders would be repaid if the issuer fails.

The FCA raised the cap on longer-dated assets from the level it proposed in consultation after issuers argued the original limit would make sterling stablecoins unprofitable. Systemic stablecoins, which the Bank of England would supervise, face a separate and stricter framework that is still being finalised.

## Custody rules

Firms that hold crypto assets for customers must keep them on trust, segregate them from their own holdings and reconcile their records against on-chain positions at least once each business day. Customer assets may not be pooled in the same wallets as firm assets, and any use of sub-custodians must be disclosed to customers.

The rules also require firms to set out, in plain terms, how they manage private keys, including the proportion of assets held in cold storage. The FCA dropped a proposed fixed percentage for cold storage after industry feedback, opting instead for a requirement to justify the split.

## Timeline to the new regime

The FCA has set out a staged transition so that existing firms can apply before the regime takes effect:

| Date | Milestone |
|---|---|
| October 2026 | Final stablecoin and custody rules published |
| Q1 2027 | Remaining rules on trading platforms and conduct finalised |
| Spring 2027 | Authorisation gateway opens for applications |
| October 2027 | Regime takes effect; unauthorised firms must stop |

Firms currently registered with the FCA only for anti-money-laundering purposes will need full authorisation. The regulator said it expects to receive several hundred applications.

## How it differs from MiCA

The UK approach shares its broad aims with the EU's Markets in Crypto-Assets Regulation but differs in several practical ways. MiCA requires e-money token issuers to hold at least 30% of reserves in bank deposits, rising to 60% for significant tokens; the UK sets no such minimum, reasoning that concentration at banks can itself be a source of risk.

MiCA also restricts the use of stablecoins referenced to non-EU currencies as a means of exchange once they exceed 1 million transactions or €200 million in daily value. The UK has no equivalent cap, although the Bank of England has proposed holding limits for systemic stablecoins used in payments.

> "London has chosen a lighter touch on where reserves sit and a heavier one on trust structures and daily reporting. For an issuer operating in both markets, that means two reserve strategies and two sets of disclosures," said Oliver Brandt, head of regulatory research at Marlowe Digital.

There is no mutual recognition between the two regimes, so a firm licensed in the EU will need separate UK authorisation. Industry groups have asked the Treasury to pursue an equivalence arrangement, but officials have signalled that it is not a near-term priority.

The rules arrive two days after bitcoin set a record near $125,300, a reminder for the regulator that consumer participation in crypto markets is unlikely to shrink before the regime begins.`,
  },
  {
    slug: 'eu-exchanges-tighten-self-hosted-wallet-checks-under-travel-rule',
    title: 'EU exchanges tighten checks on self-hosted wallet transfers as anti-money-laundering deadline nears',
    dek: 'Platforms are asking customers to prove they control private wallets before releasing withdrawals above €1,000, adding delays and cost ahead of the single EU rulebook in July 2027.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['mica', 'custody', 'security', 'stablecoins'],
    publishedDaysAgo: 43,
    keyPoints: [
      'Under the EU Transfer of Funds Regulation, exchanges must assess whether a self-hosted wallet belongs to their customer for any transfer above €1,000.',
      'A survey of 38 EU-licensed platforms by Fernhollow Compliance found 71% now require a signed message or test transaction, up from 29% a year earlier.',
      'Median compliance spending on travel-rule tooling rose to about €1.4 million per platform in 2026, the survey estimated.',
      'The Anti-Money Laundering Regulation applies from 10 July 2027 and will bar platforms from offering anonymous accounts or privacy coins.',
    ],
    summary: 'Crypto platforms across the EU are adding ownership checks, signed messages and manual reviews for transfers to self-hosted wallets, citing the travel rule and the approach of the EU anti-money-laundering rulebook in July 2027. Customers report longer withdrawal times, and a compliance survey puts median tooling costs at about €1.4 million per platform.',
    body: `Withdrawing crypto from a European exchange to a personal wallet is getting slower. Over the past six months, a growing number of platforms licensed under the Markets in Crypto-Assets Regulation (MiCA) have started asking customers to prove they control the destination address before releasing transfers above €1,000, often by signing a message with the wallet's private key or sending a small test payment.

The checks stem from the EU's recast Transfer of Funds Regulation, which extended the so-called travel rule to crypto-asset service providers on 30 December 2024. Supervisors have spent much of 2026 testing how firms apply it, and the next step, the EU's directly applicable Anti-Money Laundering Regulation, takes effect on 10 July 2027.

## What the rules require

The travel rule obliges a platform sending crypto to another regulated provider to pass along the names and account details of sender and recipient, with no minimum amount. Transfers to or from self-hosted wallets are treated differently: no counterparty exists to receive the data, so the platform must instead collect the information itself and, for amounts above **€1,000**, take "adequate measures" to assess whether the wallet is owned or controlled by its own customer.

The law does not define those measures. Guidelines from the European Banking Authority list options ranging from visual proof and signed messages to micro-deposits, and leave the choice to a risk-based assessment. Many firms initially relied on a simple declaration by the customer; that approach is now being replaced.

- **Signed-message checks** ask the user to sign a random string with the wallet's key, proving control without moving funds.
- **Test transactions** require a small transfer from the wallet back to the platform, usually of a few euros.
- **Manual review** applies where neither works, for example with some hardware wallets or multisig setups.

## Survey points to rising costs

A survey of 38 EU-licensed platforms published this week by Fernhollow Compliance, a Dublin-based advisory firm, found that 71% now require a cryptographic or transactional ownership proof for transfers above the threshold, compared with 29% in a similar survey in October 2025.

| Measure for transfers above €1,000 | Share of platforms, Oct 2025 | Share of platforms, Oct 2026 |
|---|---|---|
| Customer declaration only | 58% | 18% |
| Signed message or test transaction | 29% | 71% |
| Manual review by default | 13% | 11% |

The firm estimated that median annual spending on travel-rule software, blockchain analytics and review staff reached about **€1.4 million** per platform, roughly double the 2024 level. Smaller providers reported the sharpest increase relative to revenue.

> "Supervisors have made it clear in inspections that a tick-box declaration is no longer enough. The firms moving fastest are the ones expecting to come under direct supervision by the new EU authority in 2028," said Sofie Lindahl, a partner at Fernhollow Compliance.

## Friction for users

Aldenport Exchange, a mid-sized platform licensed in Ireland, said its median processing time for first-time withdrawals to self-hosted wallets rose from under ten minutes to around four hours after it introduced signed-message checks in the spring. Repeat withdrawals to an address already verified clear in minutes.

The exchange said about one in eight verification attempts initially fails, mostly because customers use wallet software that does not support message signing. Support tickets related to withdrawals rose 35% in the quarter after the change, though the company said the figure has since fallen as customers re-used verified addresses.

Privacy advocates argue that the ownership checks create large databases linking identities to addresses, which could be exposed in a breach. Industry groups have also warned that inconsistent practices across member states push users towards platforms outside the EU.

## The 2027 deadline

The Anti-Money Laundering Regulation, adopted in 2024, will replace national rules with a single rulebook from July 2027. Among its provisions, it prohibits crypto-asset service providers from maintaining anonymous accounts or handling anonymity-enhancing coins, which is already prompting delistings of privacy-focused tokens at some platforms.

The new Anti-Money Laundering Authority in Frankfurt is due to select the cross-border firms it will supervise directly, with oversight starting in 2028. Compliance officers say platforms operating in six or more member states expect to be in scope, which is why many are standardising their self-hosted wallet checks now rather than waiting for the final technical standards.`,
  },
  {
    slug: 'appeals-court-overturns-defi-developer-money-transmission-conviction',
    title: 'Appeals court overturns DeFi developer’s money-transmission conviction in split ruling',
    dek: 'A 2-1 Third Circuit panel held that writing and publishing non-custodial swap software is not transmitting money, but the dissent flagged the developer’s front-end fees.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['defi', 'ether', 'security'],
    publishedDaysAgo: 55,
    keyPoints: [
      'The US Court of Appeals for the Third Circuit voted 2-1 to vacate Arlo Penrith’s conviction for operating an unlicensed money-transmitting business.',
      'The majority held that a developer who never controlled user funds did not transmit money under 18 U.S.C. § 1960.',
      'The dissenting judge argued that a 0.05% interface fee, which brought in about $3.1 million, made the front end a business that handled transfers.',
      'The Justice Department can seek rehearing by the full court or ask the Supreme Court to take the case.',
    ],
    summary: 'A divided federal appeals court vacated the conviction of a DeFi developer charged with running an unlicensed money-transmitting business, ruling that publishing non-custodial software does not amount to transmitting funds. The decision is binding only in the Third Circuit, and a dissent focused on fees the developer collected through his website.',
    body: `A federal appeals court has vacated the conviction of a software developer found guilty of running an unlicensed money-transmitting business through a decentralised trading protocol, in a ruling that lawyers say gives open-source developers their clearest appellate support to date.

A three-judge panel of the US Court of Appeals for the Third Circuit ruled 2-1 in United States v. Penrith that Arlo Penrith, the lead developer of the Wrenfield swap router, did not "transmit" money within the meaning of federal law because he never held or controlled the assets that users traded. The panel sent the case back to the district court in Pennsylvania with instructions to enter a judgment of acquittal on that count.

## The case

Prosecutors charged Penrith in 2024 under 18 U.S.C. § 1960, which makes it a crime to run a money-transmitting business without the required state licence or federal registration. Wrenfield routed token swaps on Ethereum through a set of smart contracts that Penrith wrote and deployed, and a website he operated let users connect wallets and submit trades.

A jury convicted him in 2025 of the unlicensed-transmission count and acquitted him of a money-laundering conspiracy charge. The government's theory was that Penrith's software moved about **$410 million** in user funds over two years, including payments linked to a fraud ring, and that he profited through a 0.05% fee added to trades made through the website.

## What the majority said

The majority opinion held that transmitting money requires accepting funds from one person and transferring them to another, which implies some control over the funds along the way. In Wrenfield's case, users signed every transaction themselves and assets moved directly between their wallets and the contracts; Penrith had no ability to pause, redirect or seize them.

The opinion cited guidance issued by the Financial Crimes Enforcement Network in May 2019, which said that providers of unhosted wallet software and similar tools are generally not money transmitters when users keep control of their keys. The judges wrote that criminal liability could not rest on a broader reading than the agency responsible for the rules had adopted.

Key findings of the majority include:

- Writing and publishing code, including deployed smart contracts, is not by itself a money-transmitting business.
- Collecting a fee for access to software does not convert the developer into a transmitter if the fee is not tied to custody of user funds.
- The ruling does not address sanctions or fraud laws, which apply regardless of custody.

## The dissent

The dissenting judge agreed that code alone is not transmission but said the website was a different matter. The interface fee brought Penrith about **$3.1 million**, and trial evidence showed he adjusted routing parameters that determined where orders were sent.

In the dissent's view, a jury could reasonably find that this amounted to running a business that facilitated transfers for a fee. The judge warned that the majority's test would allow operators to avoid licensing rules by designing systems so that they never technically touch the funds.

## What it means for developers

The ruling binds federal courts only in Pennsylvania, New Jersey, Delaware and the US Virgin Islands. Other circuits have not ruled on the issue, and a Manhattan jury in 2025 reached a different result in a separate case involving a privacy protocol developer, convicting on an unlicensed-transmission conspiracy count.

> "This is the first appellate opinion that takes custody as the dividing line, and it will be quoted in every similar case. But it is one circuit, and the dissent has given the government a roadmap for front-end operators," said Nathaniel Osterman, a partner at the law firm Greaves Holloway who advises protocol teams.

The Justice Department said it was reviewing the decision. It can ask the full Third Circuit to rehear the case or petition the Supreme Court, where a disagreement between circuits would increase the chance of review.

For developers, lawyers say the practical lessons are narrower than the headline suggests. Teams that publish code without operating a fee-bearing interface are in a stronger position than before, while those running front ends face continued uncertainty until Congress settles the question. The market-structure bill pending in the Senate includes protections for non-custodial developers, but it has not yet reached a floor vote.`,
  },
  {
    slug: 'eu-and-uk-exchanges-collect-tax-residence-data-for-first-carf-reports',
    title: 'EU and UK crypto platforms chase customers for tax-residence data ahead of first CARF reports',
    dek: 'Exchanges must gather tax identification numbers and residence self-certifications from existing users by the end of 2026, with first reports to tax authorities due in 2027.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['mica', 'stablecoins', 'bitcoin'],
    publishedDaysAgo: 68,
    keyPoints: [
      'The OECD Crypto-Asset Reporting Framework and the EU’s DAC8 directive have applied to platforms in the UK and EU since 1 January 2026.',
      'Platforms must obtain tax-residence self-certifications from customers who joined before 2026 by 1 January 2027.',
      'UK platforms file their first reports with HMRC by 31 May 2027; EU platforms report 2026 data by 30 September 2027.',
      'Two exchanges surveyed by Tickerwire said 22% and 31% of their active users had not yet completed the new tax forms.',
    ],
    summary: 'Crypto exchanges in the EU and UK are asking millions of customers for tax identification numbers and residence details under the OECD Crypto-Asset Reporting Framework, which took effect in January 2026. Existing users must self-certify by the end of the year, and first reports to tax authorities are due in 2027, with accounts at risk of restrictions for those who do not respond.',
    body: `Crypto platforms across Europe are stepping up reminders to customers who have not yet supplied tax-residence information, as a deadline for existing accounts approaches under new international reporting rules. Users who ignore the requests risk having trading restricted before the end of the year.

The rules come from the Crypto-Asset Reporting Framework (CARF), a standard developed by the OECD and modelled on the Common Reporting Standard that banks have used for bank accounts since 2017. The EU implemented it through an amendment to its administrative cooperation directive, known as DAC8, and the UK through its own regulations. Both regimes started on 1 January 2026.

## What users are asked for

Reporting providers must collect a self-certification from every individual and entity customer. For individuals, that covers:

- full name, current residential address and date of birth;
- every jurisdiction where the customer is resident for tax purposes;
- a tax identification number (TIN) for each of those jurisdictions, such as a UK National Insurance number or a German tax ID;
- for companies and trusts, details of the entity and, in many cases, of the individuals who control it.

Providers must check the self-certification for reasonableness against the identity documents already on file from anti-money-laundering checks. A customer who declares residence in one country but has an address in another can expect follow-up questions.

## The timeline

New customers have had to complete the forms when opening accounts since January. The pressure now is on the existing base: CARF gives platforms until **1 January 2027** to obtain self-certifications from users who opened accounts before the rules took effect.

| Milestone | EU (DAC8) | UK |
|---|---|---|
| Data collection starts | 1 January 2026 | 1 January 2026 |
| Existing users self-certified | 1 January 2027 | 1 January 2027 |
| First report due | 30 September 2027 | 31 May 2027 |
| Data covered | calendar year 2026 | calendar year 2026 |

Reports will include gross proceeds from disposals, crypto-to-crypto exchanges and certain transfers, aggregated by asset. Tax authorities will then exchange the data with partner jurisdictions. The OECD says more than 60 jurisdictions have committed to the framework, with around 50 aiming for first exchanges in 2027. The UK has also chosen to collect data on UK-resident users, not only on foreign ones.

## Response rates lag

Two platforms contacted by Tickerwire gave a sense of the backlog. Saltmarsh Exchange, which serves about 900,000 UK customers, said 22% of users active in the past year had yet to complete the form after two email campaigns. Quayside Markets, a MiCA-licensed platform based in Portugal, put its figure at 31%, which it attributed partly to customers with dual tax residence who were unsure what to enter.

Under DAC8, a platform that still lacks the information after two reminders must prevent the customer from carrying out exchange transactions until it is supplied. The UK regime relies instead on penalties, with HMRC able to fine users who fail to provide information and platforms that report inaccurately.

> "The hardest cases are not people hiding anything. They are expatriates, students and small companies with mixed residence histories, and they need the most help at exactly the moment support teams are busiest," said Marta Kowalczyk, head of tax technology at the accounting firm Orrell & Maren.

## Costs and what comes next

Platforms say building CARF reporting has cost more than expected, because the data model differs from the US Form 1099-DA, which American brokers began using for 2025 transactions. Firms with customers on both sides of the Atlantic are running parallel systems.

Saltmarsh said it had spent about **£2.3 million** on the project, including a third-party validation service that checks TIN formats for more than 100 countries. Quayside estimated its costs at €1.8 million.

Tax advisers expect the first data exchanges to bring a wave of letters from tax authorities in 2028, as automated matching flags discrepancies between reported proceeds and tax returns. Several European authorities have already signalled that they will use the data to target undeclared gains from earlier years.`,
  },
  {
    slug: 'hong-kong-grants-first-stablecoin-issuer-licences',
    title: 'Hong Kong grants first stablecoin issuer licences to three applicants',
    dek: 'The HKMA approved two Hong Kong dollar tokens and one US dollar token, each bound by full-reserve, one-day redemption and capital rules under the 2025 Stablecoins Ordinance.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['stablecoins', 'tokenization', 'custody'],
    publishedDaysAgo: 80,
    keyPoints: [
      'The Hong Kong Monetary Authority granted licences to Jadegate Settlement, Sanmun Digital Money and Pearl Estuary Payments.',
      'Issuers must hold reserve assets at least equal to the par value of tokens in circulation and meet valid redemption requests within one business day.',
      'Each issuer needs at least HK$25 million in paid-up share capital and may not pay interest to holders.',
      'The three plan launches between October and the first quarter of 2027, with combined initial issuance targets of about HK$6 billion.',
    ],
    summary: 'Hong Kong’s central bank has granted the first licences under its stablecoin regime, approving two Hong Kong dollar tokens and one US dollar token from three applicants. The licences come with strict reserve, segregation and redemption rules, and the HKMA said it would keep the number of issuers small while the market develops.',
    body: `The Hong Kong Monetary Authority has granted the city's first licences to issue fiat-referenced stablecoins, approving three applicants more than a year after the Stablecoins Ordinance took effect on 1 August 2025. Two of the licences cover tokens pegged to the Hong Kong dollar and one covers a US dollar token.

The regulator said it had received dozens of applications and that it expected to grant only a small number of licences in the early phase. Officials had initially pointed to the start of 2026 for the first approvals, but the review of reserve management, technology and anti-money-laundering controls took longer than many applicants had planned for.

## The first licensees

The three licensees are a mix of bank-backed and technology-led ventures:

| Issuer | Reference currency | Main shareholders | Planned launch |
|---|---|---|---|
| Jadegate Settlement | Hong Kong dollar | Consortium of two local banks and a card network | October 2026 |
| Sanmun Digital Money | US dollar | Payments fintech with a brokerage partner | Q4 2026 |
| Pearl Estuary Payments | Hong Kong dollar | Telecoms operator and a logistics group | Q1 2027 |

Jadegate said it would initially focus on settlement between corporate clients and tokenized deposit pilots, while Pearl Estuary is targeting cross-border payments for merchants trading with mainland China. Together the three have set initial issuance targets of about **HK$6 billion**, or roughly $770 million at the currency's peg.

## Reserve and redemption rules

The licensing regime is among the strictest in Asia. Key requirements include:

- **Full backing.** The market value of reserve assets must be at least equal to the par value of tokens in circulation at all times, held in high-quality, highly liquid assets such as cash, short-dated government debt and bank deposits.
- **Segregation.** Reserves must be held separately from the issuer's own funds, typically through a trust arrangement, so that holders have a claim in insolvency.
- **Redemption.** Holders must be able to redeem at par, and valid requests must be met within one business day, without unreasonable fees or conditions.
- **Capital.** Each issuer needs minimum paid-up share capital of **HK$25 million** and enough financial resources to cover operating risks.
- **No yield.** Issuers may not pay interest to holders, keeping the tokens distinct from deposits.

Reserves must generally be held in the same currency as the token references, unless the HKMA approves otherwise. Issuers also have to publish daily reserve figures and have them audited regularly, and meet wallet-screening and travel-rule obligations on every transfer they can see.

## Distribution limits

Only stablecoins from licensed issuers may be offered to retail customers in Hong Kong, and only through licensed exchanges, banks and a short list of other regulated intermediaries. Stablecoins issued elsewhere, including the large US dollar tokens that dominate global trading, can still be traded by professional investors but cannot be marketed to the public.

> "The licences are less about competing with the dominant dollar tokens than about building a regulated settlement layer for Hong Kong dollar payments and tokenized assets. The one-day redemption rule will make the economics tight for anyone without a bank behind them," said Lau Wing-sze, an analyst at Cinderbay Research in Hong Kong.

Industry participants note that the ban on interest means issuers earn only the yield on reserves. With Hong Kong interbank rates in the low single digits, a token with HK$2 billion in circulation would generate modest revenue once custody, audit and compliance costs are paid.

## Regional context

Hong Kong's approach broadly tracks the full-reserve models adopted in the EU under MiCA and in the US under the GENIUS Act, though its distribution rules are narrower. Singapore has a separate single-currency stablecoin framework, and issuers hoping to serve the region are weighing where to base their operations.

The HKMA said it would publish a register of licensees and review the regime after the first year of operation. Applicants not included in the first round can resubmit, and the regulator said further licences would depend on how the initial issuers perform.`,
  },
  {
    slug: 'us-states-crack-down-on-crypto-kiosk-scams-with-limits-and-refunds',
    title: 'US states crack down on crypto-kiosk scams with daily limits and refund rules',
    dek: 'New state laws cap how much first-time customers can feed into crypto ATMs and force operators to refund some scam victims; operators say the rules will push fraud elsewhere.',
    category: 'regulation',
    author: 'lena-fischer',
    tags: ['security', 'bitcoin'],
    publishedDaysAgo: 86,
    keyPoints: [
      'The FBI logged almost 11,000 complaints involving crypto kiosks in 2024, with reported losses of about $247 million.',
      'State laws increasingly set daily limits of $1,000 to $2,500 for new customers and cap fees at 15% to 18% of the transaction.',
      'Several states now require operators to refund fees, and sometimes the full amount, to new customers who report fraud within a set window.',
      'Operator Vendara Kiosks said scam-related transactions on its network fell 38% after it adopted similar limits voluntarily.',
    ],
    summary: 'US states are tightening rules on cryptocurrency kiosks after a rise in scams targeting older adults, with daily transaction limits, fee caps, mandatory warnings and refund rights for new customers. Operators say the measures cut into legitimate business and that scammers will move to other payment channels, while consumer groups want federal rules.',
    body: `State lawmakers across the US are moving to rein in cryptocurrency kiosks, the cash-to-crypto machines found in convenience stores and gas stations, after years of complaints that scammers use them to drain victims' savings. A new batch of laws takes effect this month, adding daily limits, fee caps and refund obligations for operators.

The push follows a sharp rise in reported losses. The FBI's Internet Crime Complaint Center recorded almost 11,000 complaints involving crypto kiosks in 2024, with losses of about **$247 million**, and people over 60 accounted for a disproportionate share of the money lost. The Federal Trade Commission has reported a similar pattern, with older adults far more likely than younger consumers to lose money through the machines.

## How the scams work

Investigators describe a consistent script. A victim is contacted by someone posing as a bank fraud team, a government agency or technical support, told that their savings are at risk, and instructed to withdraw cash and deposit it into a kiosk. The scammer provides a QR code for a wallet address they control, and the bitcoin is moved on within minutes.

Because the transaction is irreversible and the victim willingly hands over the money, banks and police have limited ability to recover it. Many victims make several deposits over days, sometimes at different machines, before a relative or store clerk intervenes.

## What the new laws require

State approaches vary, but most recent bills draw from a similar set of tools. California's limit of **$1,000** per customer per day, in force since 2024, became an early template, and other states have since adopted their own versions.

| Provision | Typical range in recent state laws |
|---|---|
| Daily limit, new customers | $1,000 to $2,500 |
| Daily limit, established customers | $5,000 to $10,500 |
| Fee cap | 15% to 18% of transaction |
| Refund window for new customers | 30 to 90 days after first transaction |
| Mandatory warning screens | Required in nearly all new laws |

Other common measures include live customer-service lines staffed during operating hours, blockchain-analytics screening of destination wallets and a requirement to register every kiosk location with the state regulator. Some local governments have gone further; the city of Spokane, Washington, voted in 2025 to ban the machines outright, and Iowa's attorney general sued two large operators that year over alleged failures to protect consumers.

## Operators push back

Operators say they support fraud controls but argue that the strictest caps punish legitimate customers, many of whom are unbanked and use the machines to buy small amounts or send money abroad. Tillpoint, which runs about 4,200 kiosks in 31 states, said refund mandates create an incentive for false claims and that scammers will shift to gift cards and wire transfers.

Vendara Kiosks, a smaller operator with about 1,100 machines, took a different line. It said it adopted a $2,000 daily limit for new customers and live verification calls for first-time users aged over 60 in January, and that transactions later flagged as scam-related fell **38%** over the following six months, while total transaction volume dropped about 12%.

> "The data is consistent across operators: most fraud happens in a customer's first few transactions, so limits focused on new users remove a large share of losses without shutting the business down," said Dana Whitcombe, head of research at Okoro Fraud Labs, which studies payment scams.

## Federal picture

Consumer groups and several state attorneys general have asked Congress to set nationwide rules, arguing that patchwork limits allow scammers to direct victims across state lines. A bill introduced in the Senate in 2025 would impose national transaction caps and refund requirements, but it has not advanced beyond committee.

In the meantime, federal agencies have issued warnings rather than rules. The Financial Crimes Enforcement Network has urged kiosk operators to watch for red flags such as older first-time users making large deposits, and to file suspicious activity reports promptly. For victims, the practical advice from regulators remains unchanged: no legitimate agency or bank will ask anyone to pay or protect funds through a crypto kiosk.`,
  },
];
