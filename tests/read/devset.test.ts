/**
 * The reader's measured agreement with gold readings (docs/reading.md). Thresholds sit a little
 * under what it reaches, so a change that makes it worse fails; they are not the targets.
 * heldout/ was written before tuning and scored once; its threshold is under that one score.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curatedCases } from './curated.js';
import { loadCases, loadVocab, scoreSet } from './score.js';

const HEDGES = ['exact', 'approximately', 'at_most', 'more_than', 'at_least', 'less_than', 'up_to', 'range'];
const CERTAINTIES = ['asserted', 'likely', 'determined', 'denied'];

const rate = (a: number, b: number) => a / b;

describe('the development set (tuned on)', () => {
  const s = scoreSet(loadCases(join(import.meta.dirname, 'devset', 'dev')));
  // Session 7 (21 more texts, s7-*, docs/reading.md): the set of 148 texts reads 96.4% of statistics,
  // 79.9% of claims and 2.8% of drafts to delete; the floors sit a little under (session 6: 93%, 75%, 5%).
  // Session 7's claims round (15 more texts, c7-*): 173 texts, 97.2% of statistics, 82.7% of claims,
  // 2.3% of drafts to delete; the claim floor rose from 77% to 80%. Session 8's claims round (18 more
  // texts, c8-*): 206 texts, 85.5% of claims, 2.4% of drafts to delete; the claim floor rose to 83%.
  // Session 8's periods round (12 more texts, p8-*): 250 texts, 95.3% of statistics, 2.8% of drafts to delete.
  // Session 9's claims round (25 more texts, c9-* and c9b-*): 287 texts, 88.6% of claims, 2.5% of drafts
  // to delete; the claim floor rose to 86%.
  it('drafts at least 95% of statistics with every field right', () =>
    expect(rate(s.statisticsAllRight, s.statistics)).toBeGreaterThanOrEqual(0.95));
  // Statistics that are claims too ("a quarter of Russia's imports … came from China") are still not
  // drafted as claims (the gold is not consistent about them), nor are some forms of the second round.
  it('drafts at least 86% of claims with supplier, recipient, goods, certainty and claimant right', () =>
    expect(rate(s.claimsAllRight, s.claims)).toBeGreaterThanOrEqual(0.86));
  it('drafts at most 4 in 100 that a curator would delete', () => expect(rate(s.draftsToDelete, s.drafts)).toBeLessThanOrEqual(0.04));
  it('leaves aside every mention the gold ignores', () => expect(s.ignoredRight).toBe(s.ignoredGold));
});

// Written after the observation round of session 5, its gold before the reader ran on it; one
// rule was fixed after its first reading (a comma inside a number ended an "according to").
describe('the fresh set (never tuned on)', () => {
  const s = scoreSet(loadCases(join(import.meta.dirname, 'devset', 'fresh')));
  it('drafts at least 55% of statistics with every field right', () =>
    expect(rate(s.statisticsAllRight, s.statistics)).toBeGreaterThanOrEqual(0.55));
  // Session 14's convention left its one claim a statistic only, whose figure the reader does not
  // read: the claim it still drafts is a fourth of 13 drafts to delete.
  it('drafts at most 1 in 4 that a curator would delete', () => expect(rate(s.draftsToDelete, s.drafts)).toBeLessThanOrEqual(0.25));
});

describe('the held-out set (never tuned on)', () => {
  const s = scoreSet(loadCases(join(import.meta.dirname, 'devset', 'heldout')));
  it('drafts at least 75% of statistics with every field right', () =>
    expect(rate(s.statisticsAllRight, s.statistics)).toBeGreaterThanOrEqual(0.75));
  it('drafts at least 75% of claims right', () => expect(rate(s.claimsAllRight, s.claims)).toBeGreaterThanOrEqual(0.75));
  it('drafts at most 1 in 10 that a curator would delete', () => expect(rate(s.draftsToDelete, s.drafts)).toBeLessThanOrEqual(0.1));
});

// heldout2/ was written after the reader's second round, by someone who never ran the reader on
// it, and is scored once (docs/reading.md). No threshold: only that its gold is well-formed, so
// that a score printed from it measures the reader and not a typo.
// Session 14's convention (curation.md: a supply its figure carries is a statistic only) removed
// claims from these gold files (tests/read/conventions14.ts): the claim counts below are after it.
function wellFormedSet(title: string, folder: string, min: { texts: number; statistics: number; claims: number }): void {
  describe(title, () => {
    const cases = loadCases(join(import.meta.dirname, 'devset', folder));
    const vocab = loadVocab();
    const ids = (xs: readonly { id: string }[]) => new Set(xs.map((x) => x.id));
    const indicators = new Map(vocab.indicators.map((i) => [i.id, i.measure]));
    const goods = ids(vocab.goods);
    const countries = new Set(vocab.countries.map((c) => c.code));
    const observations = cases.flatMap((c) => c.gold.observations.map((o) => ({ name: c.name, o })));
    const claims = cases.flatMap((c) => c.gold.claims.map((g) => ({ name: c.name, g })));

    it(`holds at least ${min.texts} texts, ${min.statistics} statistics and ${min.claims} claims`, () => {
      expect(cases.length).toBeGreaterThanOrEqual(min.texts);
      expect(observations.length).toBeGreaterThanOrEqual(min.statistics);
      expect(claims.length).toBeGreaterThanOrEqual(min.claims);
    });
    it('finds every gold quote in its text', () => expect(() => scoreSet(cases)).not.toThrow());
    it('reads every statistic with ids of the vocabularies and the measure of its indicator', () => {
      const bad = observations.filter(
        ({ o }) =>
          indicators.get(o.indicator ?? '') !== o.measure ||
          !countries.has(o.reporter ?? '') ||
          !countries.has(o.partner ?? '') ||
          (o.product !== null && !goods.has(o.product)) ||
          !HEDGES.includes(o.hedge) ||
          (o.period !== null && typeof o.period !== 'string'),
      );
      expect(bad).toEqual([]);
    });
    it('reads every claim with goods of the vocabulary and a known certainty', () => {
      const bad = claims.filter(({ g }) => (g.goods !== null && !goods.has(g.goods)) || !CERTAINTIES.includes(g.certainty));
      expect(bad).toEqual([]);
    });
  });
}

wellFormedSet('the second held-out set (heldout2: never tuned on, no threshold)', 'heldout2', { texts: 16, statistics: 45, claims: 30 });

// heldout3/ holds the 17 texts of a fourth reader round (session 6), gold written before the reader
// ran on them. The round's rules were not merged (they lowered heldout2's statistics), so the
// reader on main was never tuned on these texts: they are kept apart as a third test set.
// Session 9 moved the gold observations on goods from Russia of every set to `ignored`
// (tests/read/scopeGold.ts, chosen on the gold's own fields): heldout3 19 → 18, heldout4 64 → 61.
wellFormedSet('the third held-out set (heldout3: texts of a round not merged, no threshold)', 'heldout3', {
  texts: 17,
  statistics: 18,
  claims: 46,
});

// heldout4/ holds 15 texts written in session 8 by someone who never ran the reader on them nor
// read its rules (only docs/reading.md's output conventions); scored once, at the end of the session.
wellFormedSet('the fourth held-out set (heldout4: never run while written, no threshold)', 'heldout4', {
  texts: 15,
  statistics: 61,
  claims: 39,
});

// heldout5/ holds 15 texts written in session 9 (wire reports, official statements and briefings,
// a parliamentary answer, think-tank and customs-data notes) by someone who never ran the reader on
// them nor read its rules, only the output conventions of docs/reading.md and curation.md; where a
// convention had to be chosen, the gold says so in a comment. Scored once, totals only.
wellFormedSet('the fifth held-out set (heldout5: never run while written, no threshold)', 'heldout5', {
  texts: 15,
  statistics: 75,
  claims: 68,
});

// heldout6/ holds 12 texts written in session 10 in the styles of real official and analytical texts
// (a Treasury designation release, a BIS rule, a State fact sheet, a Lords written answer, a
// Eurostat-like release, a Kyrgyz statistics bulletin, a think-tank table, a wire report, an MFA
// briefing, a G7 statement, a hearing's opening statement, an NGO customs analysis) by someone who
// never ran the reader on them nor read its rules; where a convention had to be chosen, the gold
// says so in a comment. Scored once, totals only.
wellFormedSet('the sixth held-out set (heldout6: never run while written, no threshold)', 'heldout6', {
  texts: 12,
  statistics: 70,
  claims: 41,
});

// heldout7/ holds 15 texts written in session 11 (four wire reports, three think-tank summaries, a
// Treasury designation release, a State briefing transcript, Security Council remarks, a
// Eurostat-like release, a Lords oral question, an MFA press conference, an EU Council release and
// a committee chairman's letter) by someone who never ran the reader on them nor read its rules;
// the conventions it had to choose are in the gold's comments. Scored once, totals only.
wellFormedSet('the seventh held-out set (heldout7: never run while written, no threshold)', 'heldout7', {
  texts: 15,
  statistics: 83,
  claims: 42,
});

// heldout8/ holds 15 texts written in session 12 (an AP-style, a Reuters-style and a business wire
// report, an NGO customs-data note, a think-tank policy brief, a BIS final rule, an OFAC designation
// release, a State briefing transcript, a Commons oral answer, an EU Council release, a Kyrgyz
// statistics bulletin, an MFA press conference, a Russian customs release, a committee's letter and
// a G7 leaders' statement) by someone who never ran the reader on them nor read its rules; the
// conventions it had to choose are in the gold's comments. Scored once, totals only.
wellFormedSet('the eighth held-out set (heldout8: never run while written, no threshold)', 'heldout8', {
  texts: 15,
  statistics: 106,
  claims: 73,
});

// heldout9/ holds 15 texts written in session 13, each in another real-world style (a Bloomberg-style
// data story, an FT-style analysis, a Nikkei-style report on Japanese components in Russian weapons, a
// Ukrainian defence-intelligence statement, a European Parliament resolution, an FCDO sanctions press
// release, a Senate hearing transcript, a CRS report excerpt, a Japanese MOFA press release, an
// Armenian statistics release, a Kazakh customs note, a MOFCOM press conference, a TASS-style interview
// with a Russian deputy prime minister, a think-tank commentary and a NATO summit declaration) by
// someone who never ran the reader on them nor read its rules; the conventions it had to choose are in
// the gold's comments. A test set: scored by the coordinator only, totals only.
wellFormedSet('the ninth held-out set (heldout9: never run while written, no threshold)', 'heldout9', {
  texts: 15,
  statistics: 120,
  claims: 77,
});

// heldout10/ holds 15 texts written in session 13, each in another real-world style (a Politico-style
// newsletter item, a Reuters-style factbox, a newspaper explainer in questions and answers, a FinCEN
// alert, a Commerce Department enforcement release, a Justice Department indictment release, a
// Canadian sanctions announcement, a Swiss SECO release, an Estonian foreign-intelligence report, a
// Lithuanian customs statement, a think-tank data note with a table in text, a podcast transcript, a
// Chinese embassy spokesperson's remarks, a Turkish trade ministry statement and a Finnish customs
// release) by someone who never ran the reader on them nor read its rules; the conventions it had to
// choose are in the gold's comments. A test set: scored by the coordinator only, totals only.
// Session 20: three shares of transit traffic by origin left aside (docs/curation.md, convention 16).
wellFormedSet('the tenth held-out set (heldout10: never run while written, no threshold)', 'heldout10', {
  texts: 15,
  statistics: 123,
  claims: 70,
});

// heldout11/ holds 15 texts written in session 14, each in another real-world style (a Reuters-style
// exclusive built on customs records, a Carnegie-style commentary, a State Department fact sheet, an
// EU Council sanctions-package release, a Commons written question and answer, a Kyrgyz statistics
// committee release, a Chinese customs (GAC) press conference, a translated Russian business-daily
// item, a working paper's abstract and findings, a Japanese METI export-ban notice, an open-source
// investigator's blog post, a Yonhap-style item, a German government answer to a parliamentary
// question, a bank's compliance advisory and a UAE and India re-export story) by someone who never ran
// the reader on them nor read its rules; the conventions it had to choose are in the gold's comments.
// A test set: scored by the coordinator only, totals only.
wellFormedSet('the eleventh held-out set (heldout11: never run while written, no threshold)', 'heldout11', {
  texts: 15,
  statistics: 137,
  claims: 68,
});

// heldout12/ holds 15 texts written in session 14, each in another real-world style (an AP-style
// explainer, a BIS Entity List release, a Treasury/OFAC designation release, a G7 leaders'
// communiqué, an Uzbek statistics release, an RFE/RL-style report on transit through Central Asia,
// the Caucasus and Türkiye, a Global Times-style op-ed with denials, a Kremlin call readout, a
// CSIS-style data brief in bullets, an Australian minister's sanctions release, a Polish customs
// seizure report, a machine-tool trade newsletter, a House Select Committee report excerpt, a
// markets wire on yuan payments and a Security Council statement) by someone who never ran the
// reader on them nor read its rules; the conventions it had to choose are in the gold's comments.
// A test set: scored by the coordinator only, totals only.
wellFormedSet('the twelfth held-out set (heldout12: never run while written, no threshold)', 'heldout12', {
  texts: 15,
  statistics: 109,
  claims: 70,
});

// heldout13/ holds 15 texts written in session 15, each in another real-world style (a Financial
// Times-style long read on one machine-tool maker, a Ukrainian defence-intelligence statement on
// components found in weapons, a European Commission Q&A memo, a Geostat monthly trade release, a
// Kazakh foreign ministry briefing, a Singapore ministry statement on transshipment, a field report on
// recovered drone parts, a trade-compliance newsletter, a Turkish business daily item, a shipping
// manifest investigation, a MOFCOM press conference, a French economy ministry statement, a university
// sanctions-tracker note with a table, a Minpromtorg statement and a Senate Banking hearing) by
// someone who never ran the reader on them nor read its rules; the conventions it had to choose are in
// the gold's comments. A test set: scored by the coordinator only, totals only.
wellFormedSet('the thirteenth held-out set (heldout13: never run while written, no threshold)', 'heldout13', {
  texts: 15,
  statistics: 156,
  claims: 67,
});

// heldout14/ holds 15 texts written in session 15, each in another real-world style (a Nikkei Asia-style
// item on Taiwanese and Japanese parts, an FT Alphaville-style blog post on mirror-trade statistics, a
// UK OTSI penalty notice, a Lithuanian foreign ministry statement, an Azerbaijani customs monthly
// release, a U.S. Commerce 'Know Your Customer' guidance excerpt, a RUSI-style commentary with
// footnotes, a Chinese embassy spokesperson's written answer, an Indian newspaper item, a Bloomberg
// Economics-style research note with forecasts, a European Parliament written question and the
// Commission's answer, a Korea Customs Service press release, a Kyrgyz news site report, a Japanese
// MOFA press secretary's statement on designations and a maritime-intelligence newsletter) by someone
// who never ran the reader on them nor read its rules; the conventions it had to choose are in the
// gold's comments. A test set: scored by the coordinator only, totals only.
wellFormedSet('the fourteenth held-out set (heldout14: never run while written, no threshold)', 'heldout14', {
  texts: 15,
  statistics: 129,
  claims: 70,
});

// heldout15/ holds 15 texts written in session 16, each in another real-world style (an Economist-style
// briefing describing a chart, a Dutch FIOD press release on a criminal export case, a Taiwan Ministry
// of Economic Affairs statement on machine-tool export controls, a Hong Kong Census and Statistics
// Department note on re-exports, a P&I club circular to members, a Carnegie Politika-style commentary
// on payments through Chinese banks, a UK High Court judgment summary, a German machine-tool maker's
// annual-report risk section, an IMF regional economic outlook box on Central Asia, a UAE Ministry of
// Economy statement on re-exports, an open-source analyst's numbered thread, a Voice of America-style
// radio interview, an Indian MEA weekly briefing with denials, a Heilongjiang commerce department
// statement on border trade and a BelTA item on Chinese machinery and trucks) by someone who never ran
// the reader on them nor read its rules; the conventions it had to choose are in the gold's comments.
// A test set: scored by the coordinator only, totals only.
wellFormedSet('the fifteenth held-out set (heldout15: never run while written, no threshold)', 'heldout15', {
  texts: 15,
  statistics: 132,
  claims: 61,
});

// heldout16/ holds 15 texts written in session 16, each in another real-world style (a U.S. GAO report
// excerpt on export-control enforcement, a DOJ plea-agreement press release, a New Zealand MFAT
// sanctions statement, an NZZ-style Swiss newspaper analysis, a Ukrainian NACP 'War & Sanctions'
// database card on a Chinese company, a KOTRA market report on Russia, an EU General Court judgment
// summary on a challenged listing, a trade-data vendor's blog post with shipment counts, a trade
// lawyer's LinkedIn-style post, a Commons Foreign Affairs Committee report's conclusions, an EBRD
// regional economic prospects excerpt, a Russian regional governor's Telegram post, an Uzbek foreign
// ministry statement rejecting accusations, a Japanese METI export statistics note and a magazine Q&A
// interview with a former sanctions official) by someone who never ran the reader on them nor read its
// rules; the conventions it had to choose are in the gold's comments. A test set: scored by the
// coordinator only, totals only.
wellFormedSet('the sixteenth held-out set (heldout16: never run while written, no threshold)', 'heldout16', {
  texts: 15,
  statistics: 107,
  claims: 67,
});

// heldout17/ holds 15 texts written in session 17, each in another real-world style (a U.S. BIS
// temporary denial order summary, a Finnish Customs press release on seizures at the eastern border, a
// Kazakh Ministry of Trade and Integration statement on re-export controls, an ERR-style Estonian news
// item, a Le Monde-style analysis in translation, an Atlantic Council-style issue brief with numbered
// findings, a GACC monthly trade release excerpt, a CRS 'In Focus' note, a Japanese MOFA press
// secretary's Q&A, a shipping-tracker newsletter on Caspian port calls and cargoes, a district court
// indictment summary, an Australian DFAT media release on listings, an OECD trade policy note, a
// podcast transcript between two analysts and a Georgian Revenue Service statement on transit through
// Upper Lars) by someone who never ran the reader on them nor read its rules; the conventions it had
// to choose are in the gold's comments. A test set: scored by the coordinator only, totals only.
wellFormedSet('the seventeenth held-out set (heldout17: never run while written, no threshold)', 'heldout17', {
  texts: 15,
  statistics: 123,
  claims: 70,
});

// heldout18/ holds 15 texts written in session 17, each in another real-world style (a Global Affairs
// Canada sanctions backgrounder, a Bundesbank Monthly Report box on trade diversion, a Lithuanian
// customs press release, a Kyrgyz Ministry of Economy and Commerce statement, a Turkish Ministry of
// Trade statement on re-exports, a Kommersant-style business daily report in translation, a South
// China Morning Post-style piece on border trade, a Jamestown Eurasia Daily Monitor-style analysis, a
// European Commission Daily News item on a sanctions package, a NATO press conference transcript
// excerpt, a Korean MOTIE export-control notice, a think-tank analyst's Substack-style newsletter, an
// Interfax-style short wire item, an Armenian State Revenue Committee statement and a Storting written
// answer by a Norwegian minister) by someone who never ran the reader on them nor read its rules; the
// conventions it had to choose are in the gold's comments. A test set: scored by the coordinator only,
// totals only.
wellFormedSet('the eighteenth held-out set (heldout18: never run while written, no threshold)', 'heldout18', {
  texts: 15,
  statistics: 113,
  claims: 64,
});

// heldout19/ holds 15 texts written in session 18, each in another real-world style (a Latvian State
// Revenue Service press release, a Mongolian customs note on rail transit, a Singapore Parliament
// written answer, an Australian Senate Estimates Hansard exchange, an Italian customs agency (ADM)
// release on a seizure and export trends, a French Treasury economic note excerpt, a freight
// forwarder's client bulletin, a Chinese machinery maker's results call transcript, a multilateral
// sanctions monitoring team's report on North Korean transfers, a European Parliament plenary debate,
// a media-monitoring digest of Russian press, a BOFIT Weekly-style item, a Russian drone volunteer's
// Telegram post, a MOFCOM and GAC export-control announcement and a witness's prepared statement before
// the U.S.-China Commission) by someone who never ran the reader on them nor read its rules; the
// conventions it had to choose are in the gold's comments. A test set: scored by the coordinator only,
// totals only.
wellFormedSet('the nineteenth held-out set (heldout19: never run while written, no threshold)', 'heldout19', {
  texts: 15,
  statistics: 117,
  claims: 65,
});

// heldout20/ holds 15 texts written in session 18, each in another real-world style (a House of
// Commons Library research briefing, a Kazakh State Revenue Committee release, a European Parliament
// plenary debate with several speakers, a policy accelerator's report summary, an Uzbek Ministry of
// Investment, Industry and Trade statement rejecting allegations, a Norwegian Customs news release, a
// Reuters-style wire on a Chinese firm's denial, a Belgian federal prosecutor's press release, a Czech
// BIS annual report excerpt, a Ukrainian President's evening address, a BOFIT Weekly-style item, a
// U.S. Senator's floor speech in the Congressional Record, a Lok Sabha unstarred question and written
// answer, a Mongolian customs release on transit and a MOFCOM spokesperson's answers on an
// export-control announcement) by someone who never ran the reader on them nor read its rules; the
// conventions it had to choose are in the gold's comments. A test set: scored by the coordinator only,
// totals only.
wellFormedSet('the twentieth held-out set (heldout20: never run while written, no threshold)', 'heldout20', {
  texts: 15,
  statistics: 110,
  claims: 66,
});

// heldout21/ holds 15 texts written in session 19, each in another real-world style (a Canadian
// Regulatory Impact Analysis Statement, a Hong Kong LegCo written reply, a sell-side equity analyst's
// note on a Chinese machine-tool maker, a customs broker's FAQ page, a NATO Parliamentary Assembly
// committee report excerpt, a trade credit insurer's country risk report, a Swedish Riksdag
// interpellation debate, a Malaysian MITI press statement, a World Bank regional update box, an
// online-encyclopedia section, a German business association's member survey summary, a European
// Court of Auditors special report summary, a Chinese embassy spokesperson's letter to the editor, a
// Chinese provincial commerce department's trade bulletin and a European Parliament written question
// with the Commission's answer) by someone who never ran the reader on them nor read its rules; the
// conventions it had to choose are in the gold's comments. A test set: scored by the coordinator only,
// totals only.
wellFormedSet('the twenty-first held-out set (heldout21: never run while written, no threshold)', 'heldout21', {
  texts: 15,
  statistics: 103,
  claims: 58,
});

// heldout22/ holds 15 texts written in session 19, each in another real-world style (a Heilongjiang
// provincial commerce department release in translation, a Kyrgyz National Statistical Committee
// express release, a UAE foreign ministry statement rejecting reports, a bank's circular to its
// correspondent banks, a TV interview with a Dutch trade minister, a Riksdag committee hearing with
// the head of Swedish Customs, a Russian regional newspaper item in translation, a Swedish Defence
// Research Agency report summary, a Vietnamese customs release on transshipment, a Lloyd's List-style
// shipping and insurance item, a European Court of Auditors-style audit excerpt, a U.S. Senate
// subcommittee staff report's findings, a Taiwanese Board of Foreign Trade release, an update of
// Ukraine's NACP War & Sanctions portal and an Estonian Foreign Intelligence Service annual report
// chapter) by someone
// who never ran the reader on them nor read its rules; a test set, scored by the coordinator only.
wellFormedSet('the twenty-second held-out set (heldout22: never run while written, no threshold)', 'heldout22', {
  texts: 15,
  statistics: 94,
  claims: 42,
});

// heldout23/ holds 15 texts written in session 20, each in another real-world style (a U.S. GAO
// report's "What GAO Found" highlights page, a UN Panel of Experts report excerpt with numbered
// paragraphs, a German government answer to a minor interpellation in translation, a Korea Customs
// Service press release, an Indian MEA weekly briefing transcript, a Japanese METI export-control
// notice, a Georgian Revenue Service statement, an Uzbek statistics agency express release, an
// Australian DFAT listing note, a UK OFSI monetary penalty notice, a listed company's annual report
// "principal risks" section, an electronics distribution trade journal item, an OSW-style signed
// commentary, a Canadian House of Commons committee evidence transcript and a maritime-intelligence
// firm's blog post on dark voyages carrying machinery) by someone who never ran the reader on them nor
// read its rules; the conventions it had to choose are in the gold's comments. A test set: scored by
// the coordinator only, totals only.
wellFormedSet('the twenty-third held-out set (heldout23: never run while written, no threshold)', 'heldout23', {
  texts: 15,
  statistics: 86,
  claims: 58,
});

// heldout24/ holds 15 texts written in session 20, each in another real-world style (a Kazakh
// Ministry of Trade and Integration release in translation, a Mongolian customs statistical note, a
// Norwegian Police Security Service threat assessment excerpt, a Singapore MFA reply to media
// queries, a MOFCOM regular press conference in translation, an EU Council release on a sanctions
// package with its annex summary, a U.S. Justice Department guilty-plea release, a CSIS-style
// commentary with endnotes, an investigative NGO report excerpt with a methods note, a freight
// forwarder's customer newsletter, an Armenian government statement answering a newspaper, a BOFIT
// Weekly-style item, an Italian customs agency (ADM) operation release in translation, an
// Israeli-style defence news site analysis of drone components and a French Senate report summary in
// translation) by someone who never ran the reader on them nor read its rules; the conventions it had
// to choose are in the gold's comments. A test set: scored by the coordinator only, totals only.
wellFormedSet('the twenty-fourth held-out set (heldout24: never run while written, no threshold)', 'heldout24', {
  texts: 15,
  statistics: 98,
  claims: 58,
});

// The three sources curated by hand before the reader existed, read against it while tuning.
const FIRST_THREE = [
  'news-2024-04-12-china-surges-sales-to-russia',
  'usdos-2024-05-15-blinken-kuleba-prc-support',
  'usdos-2024-10-17-garpiya-uav-sanctions',
];

describe('the first three curated sources', () => {
  const s = scoreSet(curatedCases(undefined, FIRST_THREE));
  it('agrees on measure, flow, reporter, partner, product and period of every curated statistic', () => {
    for (const f of ['measure', 'flow', 'reporter', 'partner', 'product', 'period']) expect([f, s.statField[f]]).toEqual([f, s.statistics]);
  });
  it('agrees on at least half of the curated claims in full', () => expect(rate(s.claimsAllRight, s.claims)).toBeGreaterThanOrEqual(0.5));
  it('drafts at most 1 in 10 that the curator did not keep', () => expect(rate(s.draftsToDelete, s.drafts)).toBeLessThanOrEqual(0.1));
});

// Every curated source, the 27 of issue 16 included, which the reader was never tuned on: a
// floor under what it reaches today (docs/reading.md), so that it can only get better. The 16
// sources of session 4 (figures from bill findings, threat assessments, UN statements) lowered
// the drafted share of statistics from 0.71 to 0.65; the floor follows the data, not the wish.
// Session 6's four Eurostat revisions raised the share of drafts the curator deleted from under
// 1 in 3 to 0.35: 24 of their 28 drafts are left out — EU imports from Russia, Russia's shares in EU
// imports and the EU's trade deficit (not supplies to Russia), and a quarter-on-quarter fall of the
// exports kept once per period — with the reader unchanged.
describe('all curated sources', () => {
  const s = scoreSet(curatedCases());
  it('drafts most of the curated statistics', () => expect(rate(s.statField['measure']!, s.statistics)).toBeGreaterThanOrEqual(0.6));
  it('gets at least 1 in 10 curated claims right in full', () => expect(rate(s.claimsAllRight, s.claims)).toBeGreaterThanOrEqual(0.1));
  it('drafts at most 9 in 25 that a curator deleted', () => expect(rate(s.draftsToDelete, s.drafts)).toBeLessThanOrEqual(0.36));
});
