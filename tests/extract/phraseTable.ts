/**
 * The extractor's phrase table: sentences written for it, one per rule of issue 2 §2 and
 * its negatives, each with every mention it must give (in order) and nothing else. Fields
 * left out of an expectation are not checked; numbers are compared to 1e-9 relative.
 */
import type { Mention } from '../../pipeline/extract/index.js';

export type Expected = Partial<Mention> & { text: string };
export interface Case {
  /** What the case is about (the test's name). */
  about: string;
  input: string;
  expect: Expected[];
}

type K = Mention['kind'];
type H = Mention['hedge'];
/** A mention: text, kind, value, unit, hedge, value_low, value_high, and any other fields. */
const m = (
  text: string,
  kind: K,
  value: number | null,
  unit: string | null,
  hedge: H,
  low: number | null,
  high: number | null,
  more: Partial<Mention> = {},
): Expected => ({
  text,
  kind,
  value,
  unit,
  hedge,
  value_low: low,
  value_high: high,
  ...more,
});
/** An exact figure: low = high = value. */
const x = (text: string, kind: K, value: number, unit: string | null = null, more: Partial<Mention> = {}): Expected =>
  m(text, kind, value, unit, 'exact', value, value, more);
const yr = (text: string, y: number): Expected => ({ text, kind: 'year', value: y, period: String(y) });
const per = (text: string, period: string | null): Expected => ({ text, kind: 'period', value: null, period });
const range = (text: string, kind: K, unit: string | null, low: number, high: number, more: Partial<Mention> = {}): Expected =>
  m(text, kind, null, unit, 'range', low, high, more);

export const PHRASES: Case[] = [
  // ---- the first source's six statistics, in their sentences ----
  {
    about: 'about 90% with the year before it',
    input: 'Two senior officials said that in 2023 about 90% of Russia’s microelectronics came from China.',
    expect: [x('Two', 'count', 2), yr('2023', 2023), m('about 90%', 'percent', 90, 'percent', 'approximately', 85, 95, { period: '2023' })],
  },
  {
    about: 'nearly 70% and approximately $900 million in the last quarter of 2023',
    input: 'Nearly 70% of Russia’s approximately $900 million in machine tool imports in the last quarter of 2023 came from China.',
    expect: [
      m('Nearly 70%', 'percent', 70, 'percent', 'at_most', 65, 70, { period: '2023-10/2023-12' }),
      m('approximately $900 million', 'money', 900e6, 'USD', 'approximately', 850e6, 950e6, { scale: 1e6, period: '2023-10/2023-12' }),
      per('the last quarter of 2023', '2023-10/2023-12'),
    ],
  },
  {
    about: 'from X in 2021 to over Y in 2022 is two figures',
    input: 'Imports jumped from $200 million in 2021 to over $500 million in 2022.',
    expect: [
      x('$200 million', 'money', 200e6, 'USD', { period: '2021' }),
      yr('2021', 2021),
      m('over $500 million', 'money', 500e6, 'USD', 'more_than', 500e6, null, { period: '2022' }),
      yr('2022', 2022),
    ],
  },
  {
    about: 'more than two years',
    input: 'The war has been fought for more than two years.',
    expect: [m('more than two years', 'duration', 2, 'year', 'more_than', 2, null, { period: null })],
  },

  // ---- digits: separators and decimals ----
  { about: 'thousands separator', input: 'Officials counted 14,500 shipments.', expect: [x('14,500', 'count', 14500)] },
  { about: 'decimals', input: 'The ratio was 3.75 at the end.', expect: [x('3.75', 'number', 3.75)] },
  { about: 'round thousands', input: 'They seized 2,000 drones.', expect: [x('2,000', 'count', 2000)] },
  {
    about: 'millions with separators and decimals',
    input: 'The index stood at 1,234,567.5 points.',
    expect: [x('1,234,567.5', 'number', 1234567.5)],
  },
  { about: 'a number at the end of a sentence', input: 'The total reached 4,812.', expect: [x('4,812', 'number', 4812)] },
  {
    about: 'comma list is not a thousands group',
    input: 'Lines 1,2 and 3 were closed.',
    expect: [x('1', 'number', 1), x('2', 'number', 2), x('3', 'number', 3)],
  },
  {
    about: 'a number followed by a capitalized noun is a count',
    input: 'Washington sanctioned 12 Chinese companies.',
    expect: [x('12', 'count', 12)],
  },

  // ---- spelled-out numbers ----
  { about: 'two', input: 'Two senior Biden administration officials spoke.', expect: [x('Two', 'count', 2)] },
  { about: 'forty', input: 'Some forty companies were named.', expect: [m('Some forty', 'count', 40, null, 'approximately', 35, 45)] },
  { about: 'three hundred', input: 'They sent three hundred trucks.', expect: [x('three hundred', 'count', 300)] },
  { about: 'two hundred and fifty', input: 'Russia lost two hundred and fifty tanks.', expect: [x('two hundred and fifty', 'count', 250)] },
  { about: 'twenty-five', input: 'It bought twenty-five drones.', expect: [x('twenty-five', 'count', 25)] },
  { about: 'a dozen', input: 'A dozen firms were listed.', expect: [x('A dozen', 'count', 12)] },
  { about: 'two dozen', input: 'Officials named two dozen suppliers.', expect: [x('two dozen', 'count', 24)] },
  {
    about: 'a hundred',
    input: 'About a hundred engineers left.',
    expect: [m('About a hundred', 'count', 100, null, 'approximately', 50, 150)],
  },
  { about: 'a million', input: 'China shipped a million rounds.', expect: [x('a million', 'count', 1e6, null, { scale: 1e6 })] },
  {
    about: 'half a million',
    input: 'It produced half a million shells.',
    expect: [x('half a million', 'count', 5e5, null, { scale: 1e6 })],
  },
  {
    about: 'two and a half years',
    input: 'The probe took two and a half years.',
    expect: [x('two and a half years', 'duration', 2.5, 'year')],
  },
  { about: 'one as a count', input: 'One official said the talks failed.', expect: [x('One', 'count', 1)] },
  {
    about: 'one as a pronoun is not a figure',
    input: 'It is one of the largest suppliers and no one denies it; they help one another.',
    expect: [],
  },
  { about: 'a capitalized number word', input: 'Seventeen ships docked.', expect: [x('Seventeen', 'count', 17)] },
  { about: 'spelled number with percent', input: 'Prices rose ten percent.', expect: [x('ten percent', 'percent', 10, 'percent')] },
  {
    about: 'spelled number with a scale',
    input: 'Trade reached two billion dollars.',
    expect: [x('two billion dollars', 'money', 2e9, 'USD', { scale: 1e9 })],
  },

  // ---- fractions ----
  { about: 'a third', input: 'A third of the goods came from China.', expect: [x('A third', 'percent', 100 / 3, 'percent')] },
  { about: 'three-quarters', input: 'Three-quarters of the chips were Chinese.', expect: [x('Three-quarters', 'percent', 75, 'percent')] },
  { about: 'two thirds', input: 'China supplied two thirds of the parts.', expect: [x('two thirds', 'percent', 200 / 3, 'percent')] },
  { about: 'half of', input: 'Half of Russia’s imports came from China.', expect: [x('Half', 'percent', 50, 'percent')] },
  { about: 'a quarter', input: 'A quarter of exports went through Kazakhstan.', expect: [x('A quarter', 'percent', 25, 'percent')] },
  {
    about: 'a fifth',
    input: 'Roughly a fifth of shipments were rerouted.',
    expect: [m('Roughly a fifth', 'percent', 20, 'percent', 'approximately', 15, 25)],
  },
  {
    about: 'one-third with a hyphen',
    input: 'One-third of the machine tools were Chinese.',
    expect: [x('One-third', 'percent', 100 / 3, 'percent')],
  },
  { about: 'fell by a third', input: 'Imports fell by a third.', expect: [x('a third', 'percent', 100 / 3, 'percent')] },
  {
    about: 'more than half',
    input: 'More than half of the drones used Chinese engines.',
    expect: [m('More than half', 'percent', 50, 'percent', 'more_than', 50, null)],
  },
  {
    about: 'about a third',
    input: 'about a third of the total',
    expect: [m('about a third', 'percent', 100 / 3, 'percent', 'approximately', 100 / 3 - 5, 100 / 3 + 5)],
  },
  { about: 'one in five', input: 'One in five drones had Chinese parts.', expect: [x('One in five', 'percent', 20, 'percent')] },
  { about: 'nine out of ten', input: 'Nine out of ten chips were imported.', expect: [x('Nine out of ten', 'percent', 90, 'percent')] },
  {
    about: '1 in 3 with digits',
    input: 'About 1 in 3 components was Chinese.',
    expect: [m('About 1 in 3', 'percent', 100 / 3, 'percent', 'approximately', 100 / 3 - 5, 100 / 3 + 5)],
  },
  { about: 'a year and a half is not a share', input: 'It took a year and a half.', expect: [] },
  { about: 'cut in half is not a share', input: 'Output was cut in half.', expect: [] },
  { about: 'an ordinal third is not a fraction', input: 'China is the third largest supplier.', expect: [] },

  // ---- scales ----
  { about: 'bn glued', input: 'Exports rose to $2.4bn.', expect: [x('$2.4bn', 'money', 2.4e9, 'USD', { scale: 1e9 })] },
  { about: 'm glued with pounds', input: 'The fine was £75m.', expect: [x('£75m', 'money', 75e6, 'GBP', { scale: 1e6 })] },
  { about: 'mn spaced', input: 'Russia exported 3 mn barrels.', expect: [x('3 mn', 'count', 3e6, null, { scale: 1e6 })] },
  { about: 'tn glued without currency', input: 'The fund held 2tn in assets.', expect: [x('2tn', 'number', 2e12, null, { scale: 1e12 })] },
  {
    about: 'trillion word',
    input: 'Trade was worth 1.2 trillion yuan.',
    expect: [x('1.2 trillion yuan', 'money', 1.2e12, 'CNY', { scale: 1e12 })],
  },
  {
    about: 'k glued',
    input: 'About 50k troops were moved.',
    expect: [m('About 50k', 'count', 5e4, null, 'approximately', 45e3, 55e3, { scale: 1e3 })],
  },
  { about: 'thousand word', input: 'It employs 5 thousand workers.', expect: [x('5 thousand', 'count', 5e3, null, { scale: 1e3 })] },
  {
    about: 'capital M only after a currency',
    input: 'The deal was $5M and the 5M plan failed.',
    expect: [x('$5M', 'money', 5e6, 'USD', { scale: 1e6 })],
  },
  {
    about: 'hyphenated scale in an adjective',
    input: 'It signed a $3-billion deal.',
    expect: [x('$3-billion', 'money', 3e9, 'USD', { scale: 1e9 })],
  },
  {
    about: 'billion-dollar adjective',
    input: 'It was a billion-dollar deal.',
    expect: [x('a billion-dollar', 'money', 1e9, 'USD', { scale: 1e9 })],
  },

  // ---- currencies ----
  { about: 'bare $ is USD', input: 'It paid $5 billion.', expect: [x('$5 billion', 'money', 5e9, 'USD')] },
  { about: 'US$', input: 'China sold US$300 million of chips.', expect: [x('US$300 million', 'money', 300e6, 'USD')] },
  { about: 'U.S.$', input: 'It raised U.S.$40 million.', expect: [x('U.S.$40 million', 'money', 40e6, 'USD')] },
  { about: 'USD code before', input: 'Revenue was USD 300 million.', expect: [x('USD 300 million', 'money', 300e6, 'USD')] },
  {
    about: 'U.S. dollars after',
    input: 'Trade hit 240 billion U.S. dollars.',
    expect: [x('240 billion U.S. dollars', 'money', 240e9, 'USD')],
  },
  { about: 'dollars after', input: 'He paid 5 million dollars.', expect: [x('5 million dollars', 'money', 5e6, 'USD')] },
  { about: 'euro sign', input: 'The EU froze €3bn of assets.', expect: [x('€3bn', 'money', 3e9, 'EUR')] },
  { about: 'euros after', input: 'The bank paid 5 billion euros.', expect: [x('5 billion euros', 'money', 5e9, 'EUR')] },
  { about: 'pound sign', input: 'Britain spent £2bn.', expect: [x('£2bn', 'money', 2e9, 'GBP')] },
  {
    about: 'pounds sterling',
    input: 'It cost 10 million pounds sterling.',
    expect: [x('10 million pounds sterling', 'money', 10e6, 'GBP')],
  },
  {
    about: 'pounds of explosives are a weight, not money',
    input: 'They found 500 pounds of explosives.',
    expect: [x('500', 'count', 500)],
  },
  { about: 'yuan', input: 'Exports reached 2.1 trillion yuan.', expect: [x('2.1 trillion yuan', 'money', 2.1e12, 'CNY')] },
  { about: 'renminbi', input: 'It lent 1 billion renminbi.', expect: [x('1 billion renminbi', 'money', 1e9, 'CNY')] },
  { about: 'RMB before', input: 'Sales were RMB 500 million.', expect: [x('RMB 500 million', 'money', 500e6, 'CNY')] },
  { about: 'Rmb glued (FT style)', input: 'Sales were Rmb500bn.', expect: [x('Rmb500bn', 'money', 500e9, 'CNY')] },
  { about: 'CNY code', input: 'A loan of CNY 2 billion was signed.', expect: [x('CNY 2 billion', 'money', 2e9, 'CNY')] },
  { about: 'rubles', input: 'The budget set aside 500 billion rubles.', expect: [x('500 billion rubles', 'money', 500e9, 'RUB')] },
  { about: 'roubles', input: 'Payments of 300 million roubles were made.', expect: [x('300 million roubles', 'money', 300e6, 'RUB')] },
  {
    about: 'Rbs (FT style) spaced and glued',
    input: 'Sales hit Rbs 500bn and Rbs1.2tn.',
    expect: [x('Rbs 500bn', 'money', 500e9, 'RUB'), x('Rbs1.2tn', 'money', 1.2e12, 'RUB')],
  },
  { about: 'ruble sign', input: 'It cost ₽10bn.', expect: [x('₽10bn', 'money', 10e9, 'RUB')] },
  { about: 'RUB code', input: 'Imports of RUB 3 billion.', expect: [x('RUB 3 billion', 'money', 3e9, 'RUB')] },
  { about: 'HK$', input: 'It raised HK$5 billion.', expect: [x('HK$5 billion', 'money', 5e9, 'HKD')] },
  { about: 'yen sign in a sentence about China', input: 'Chinese banks lent ¥5 billion.', expect: [x('¥5 billion', 'money', 5e9, 'CNY')] },
  { about: 'yen sign elsewhere', input: 'Tokyo pledged ¥50 billion.', expect: [x('¥50 billion', 'money', 50e9, 'JPY')] },
  {
    about: 'worth of is not part of the figure',
    input: 'It shipped $4.8 billion worth of goods.',
    expect: [x('$4.8 billion', 'money', 4.8e9, 'USD')],
  },
  {
    about: 'two currencies side by side',
    input: 'Exports rose to 1.2 trillion yuan ($166 billion).',
    expect: [x('1.2 trillion yuan', 'money', 1.2e12, 'CNY'), x('$166 billion', 'money', 166e9, 'USD')],
  },
  { about: 'Reuters dlrs', input: 'Trade rose to 240 bln dlrs.', expect: [x('240 bln dlrs', 'money', 240e9, 'USD')] },

  // ---- percentages and points ----
  { about: '% sign', input: 'China supplied 64% of them.', expect: [x('64%', 'percent', 64, 'percent')] },
  { about: 'percent word', input: 'Prices rose 12 percent.', expect: [x('12 percent', 'percent', 12, 'percent')] },
  { about: 'per cent', input: 'Output fell 5 per cent.', expect: [x('5 per cent', 'percent', 5, 'percent')] },
  { about: 'pct', input: 'Imports rose 3 pct.', expect: [x('3 pct', 'percent', 3, 'percent')] },
  { about: 'space before %', input: 'A share of 12.5 % was reported.', expect: [x('12.5 %', 'percent', 12.5, 'percent')] },
  { about: 'a 64% increase', input: 'It was a 64% increase.', expect: [x('64%', 'percent', 64, 'percent')] },
  { about: 'up 18% year on year', input: 'Trade was up 18% year on year.', expect: [x('18%', 'percent', 18, 'percent')] },
  {
    about: 'percentage points',
    input: 'The share rose 0.5 percentage points.',
    expect: [x('0.5 percentage points', 'percent', 0.5, 'percentage_points')],
  },
  {
    about: 'basis points',
    input: 'Rates rose 50 basis points.',
    expect: [x('50 basis points', 'percent', 0.5, 'percentage_points', { scale: 0.01 })],
  },
  { about: 'negative percent', input: 'Growth was −2.1% in the quarter.', expect: [x('−2.1%', 'percent', -2.1, 'percent')] },
  { about: 'hyphenated percent adjective', input: 'It bought a 10-percent stake.', expect: [x('10-percent', 'percent', 10, 'percent')] },

  // ---- ranges ----
  {
    about: 'shared scale and currency',
    input: 'Sales were $1–2 billion.',
    expect: [range('$1–2 billion', 'money', 'USD', 1e9, 2e9, { scale: 1e9 })],
  },
  {
    about: 'percent to percent with a hyphen',
    input: 'Margins of 300%-500% were seen.',
    expect: [range('300%-500%', 'percent', 'percent', 300, 500)],
  },
  {
    about: 'between money and money',
    input: 'Shipments were worth between $6 million and $8.5 million.',
    expect: [range('between $6 million and $8.5 million', 'money', 'USD', 6e6, 8.5e6)],
  },
  {
    about: 'between fractions',
    input: 'China supplied between a third and half of the parts.',
    expect: [range('between a third and half', 'percent', 'percent', 100 / 3, 50)],
  },
  { about: 'between percentages', input: 'It fell between 5% and 7%.', expect: [range('between 5% and 7%', 'percent', 'percent', 5, 7)] },
  { about: 'X to Y percent', input: 'Prices rose 5 to 7 percent.', expect: [range('5 to 7 percent', 'percent', 'percent', 5, 7)] },
  { about: 'a count range', input: 'It lists 10-15 companies.', expect: [range('10-15 companies'.slice(0, 5), 'count', null, 10, 15)] },
  { about: 'a duration range', input: 'It takes two to three years.', expect: [range('two to three years', 'duration', 'year', 2, 3)] },
  {
    about: 'a range with an en dash and percent once',
    input: 'Growth of 5–7% is expected.',
    expect: [range('5–7%', 'percent', 'percent', 5, 7)],
  },
  {
    about: 'from X to Y is two figures',
    input: 'The share rose from 5% to 7%.',
    expect: [x('5%', 'percent', 5, 'percent'), x('7%', 'percent', 7, 'percent')],
  },
  {
    about: 'different units are not a range',
    input: 'Imports rose 46.9% to $111 billion.',
    expect: [x('46.9%', 'percent', 46.9, 'percent'), x('$111 billion', 'money', 111e9, 'USD')],
  },
  {
    about: 'shared scale does not apply to a larger first number',
    input: 'Fees rose from $900,000 to $2 million; deals were $900,000 to $2 million.',
    expect: [
      x('$900,000', 'money', 9e5, 'USD'),
      x('$2 million', 'money', 2e6, 'USD'),
      range('$900,000 to $2 million', 'money', 'USD', 9e5, 2e6),
    ],
  },
  {
    about: 'from X to Y without a verb of change is a spread, one range',
    input: 'Fees ran from $900,000 to $2 million.',
    expect: [range('$900,000 to $2 million', 'money', 'USD', 9e5, 2e6)],
  },
  {
    about: 'a spread of shares with "from"',
    input: 'Russia has had to import from 70 to 90 percent of machine tools.',
    expect: [range('70 to 90 percent', 'percent', 'percent', 70, 90)],
  },
  {
    about: 'a change written with the unit once: the first figure takes it',
    input: 'The share rose from 70 to 90 percent.',
    expect: [x('70', 'percent', 70, 'percent'), x('90 percent', 'percent', 90, 'percent')],
  },
  {
    about: 'a change written with the scale once: the first figure takes it',
    input: 'Prices rose from $1.8 to $2.45 billion.',
    expect: [x('$1.8', 'money', 1.8e9, 'USD', { scale: 1e9 }), x('$2.45 billion', 'money', 2.45e9, 'USD')],
  },
  {
    about: 'a change with words between "from" and the figure',
    input: 'Exports grew from a meager $245,000 to $18 million.',
    expect: [x('$245,000', 'money', 245000, 'USD'), x('$18 million', 'money', 18e6, 'USD')],
  },
  {
    about: 'a dash range after "from"',
    input: 'The share decreased from 25-28 percent to 15 percent.',
    expect: [range('25-28 percent', 'percent', 'percent', 25, 28), x('15 percent', 'percent', 15, 'percent')],
  },
  {
    about: 'a dash range after "between"',
    input: 'The share is estimated at between 60-70%.',
    expect: [range('between 60-70%', 'percent', 'percent', 60, 70)],
  },
  {
    about: 'basis points once, for both ends',
    input: 'Rates rose 50 to 75 basis points.',
    expect: [range('50 to 75 basis points', 'percent', 'percentage_points', 0.5, 0.75)],
  },
  { about: 'two or three', input: 'It took two or three years.', expect: [range('two or three years', 'duration', 'year', 2, 3)] },

  // ---- hedges ----
  { about: 'about', input: 'It was about 90% of the total.', expect: [m('about 90%', 'percent', 90, 'percent', 'approximately', 85, 95)] },
  {
    about: 'approximately',
    input: 'It cost approximately $1.5 billion.',
    expect: [m('approximately $1.5 billion', 'money', 1.5e9, 'USD', 'approximately', 1.45e9, 1.55e9)],
  },
  { about: 'around', input: 'Around 300 firms are involved.', expect: [m('Around 300', 'count', 300, null, 'approximately', 250, 350)] },
  { about: 'roughly', input: 'Roughly 12 ships sailed.', expect: [m('Roughly 12', 'count', 12, null, 'approximately', 11.5, 12.5)] },
  {
    about: 'some',
    input: 'Some 2,000 shipments were checked.',
    expect: [m('Some 2,000', 'count', 2000, null, 'approximately', 1500, 2500)],
  },
  {
    about: 'an estimated',
    input: 'It shipped an estimated $4.8 billion worth of goods.',
    expect: [m('an estimated $4.8 billion', 'money', 4.8e9, 'USD', 'approximately', 4.75e9, 4.85e9)],
  },
  { about: 'tilde', input: 'Volumes of ~40% were seen.', expect: [m('~40%', 'percent', 40, 'percent', 'approximately', 35, 45)] },
  { about: 'nearly', input: 'Nearly 4,000 shipments were made.', expect: [m('Nearly 4,000', 'count', 4000, null, 'at_most', 3500, 4000)] },
  { about: 'almost', input: 'Almost 80% came from China.', expect: [m('Almost 80%', 'percent', 80, 'percent', 'at_most', 75, 80)] },
  { about: 'just under', input: 'It was just under 50%.', expect: [m('just under 50%', 'percent', 50, 'percent', 'at_most', 45, 50)] },
  { about: 'close to', input: 'It was close to 70%.', expect: [m('close to 70%', 'percent', 70, 'percent', 'at_most', 65, 70)] },
  {
    about: 'over',
    input: 'It exported over $500 million.',
    expect: [m('over $500 million', 'money', 500e6, 'USD', 'more_than', 500e6, null)],
  },
  {
    about: 'more than',
    input: 'More than 1,000 firms took part.',
    expect: [m('More than 1,000', 'count', 1000, null, 'more_than', 1000, null)],
  },
  { about: 'above', input: 'Inflation stayed above 7%.', expect: [m('above 7%', 'percent', 7, 'percent', 'more_than', 7, null)] },
  {
    about: 'in excess of',
    input: 'Sales were in excess of $2bn.',
    expect: [m('in excess of $2bn', 'money', 2e9, 'USD', 'more_than', 2e9, null)],
  },
  {
    about: 'exceeding',
    input: 'Fines exceeding $10 million were paid.',
    expect: [m('exceeding $10 million', 'money', 10e6, 'USD', 'more_than', 10e6, null)],
  },
  { about: 'at least', input: 'At least 12 entities were named.', expect: [m('At least 12', 'count', 12, null, 'at_least', 12, null)] },
  {
    about: 'no fewer than',
    input: 'No fewer than 20 companies joined.',
    expect: [m('No fewer than 20', 'count', 20, null, 'at_least', 20, null)],
  },
  { about: 'under', input: 'It was under 5%.', expect: [m('under 5%', 'percent', 5, 'percent', 'less_than', 0, 5)] },
  {
    about: 'less than',
    input: 'Less than $1 billion was paid.',
    expect: [m('Less than $1 billion', 'money', 1e9, 'USD', 'less_than', 0, 1e9)],
  },
  { about: 'fewer than', input: 'Fewer than 100 ships arrived.', expect: [m('Fewer than 100', 'count', 100, null, 'less_than', 0, 100)] },
  { about: 'below', input: 'Growth fell below 2%.', expect: [m('below 2%', 'percent', 2, 'percent', 'less_than', 0, 2)] },
  { about: 'up to', input: 'Up to 60% of parts were Chinese.', expect: [m('Up to 60%', 'percent', 60, 'percent', 'up_to', 0, 60)] },
  {
    about: 'as much as',
    input: 'It paid as much as $1 billion.',
    expect: [m('as much as $1 billion', 'money', 1e9, 'USD', 'up_to', 0, 1e9)],
  },
  { about: 'as many as', input: 'As many as 300 trucks crossed.', expect: [m('As many as 300', 'count', 300, null, 'up_to', 0, 300)] },
  {
    about: 'or more after',
    input: 'It needs 1,000 or more drones.',
    expect: [m('1,000 or more', 'count', 1000, null, 'at_least', 1000, null)],
  },
  { about: 'or so after', input: 'It was 90% or so.', expect: [m('90% or so', 'percent', 90, 'percent', 'approximately', 85, 95)] },
  { about: 'plus sign', input: 'It has 5,000+ trucks.', expect: [m('5,000+', 'count', 5000, null, 'at_least', 5000, null)] },
  { about: '-plus suffix', input: 'It sent 5,000-plus units.', expect: [m('5,000-plus', 'count', 5000, null, 'at_least', 5000, null)] },
  { about: '-odd suffix', input: 'It had 20-odd ships.', expect: [m('20-odd', 'count', 20, null, 'approximately', 15, 25)] },
  {
    about: 'over the past three months is not a hedge',
    input: 'Prices rose over the past three months.',
    expect: [x('three months', 'duration', 3, 'month')],
  },
  {
    about: 'a hedge must touch the number',
    input: 'About the deal, officials said 90% was paid.',
    expect: [x('90%', 'percent', 90, 'percent')],
  },
  { about: 'about as "concerning" is not a hedge', input: 'They talked about 5 issues.', expect: [x('5', 'count', 5)] },
  {
    about: 'hedge with a hyphenated line break of spaces',
    input: 'It was more  than 40%.',
    expect: [m('more  than 40%', 'percent', 40, 'percent', 'more_than', 40, null)],
  },

  // ---- multiples and growth ----
  { about: 'quadrupled', input: 'Exports quadrupled.', expect: [x('quadrupled', 'ratio', 4, 'ratio')] },
  {
    about: 'more than doubled',
    input: 'Imports more than doubled.',
    expect: [m('more than doubled', 'ratio', 2, 'ratio', 'more_than', 2, null)],
  },
  { about: 'nearly tripled', input: 'Sales nearly tripled.', expect: [m('nearly tripled', 'ratio', 3, 'ratio', 'at_most', 2.5, 3)] },
  { about: 'halved', input: 'Output halved.', expect: [x('halved', 'ratio', 0.5, 'ratio')] },
  { about: '3.5 times', input: 'Prices were 3.5 times higher.', expect: [x('3.5 times', 'ratio', 3.5, 'ratio')] },
  { about: 'five times spelled', input: 'Trade was five times larger.', expect: [x('five times', 'ratio', 5, 'ratio')] },
  { about: 'five-fold', input: 'A five-fold rise.', expect: [x('five-fold', 'ratio', 5, 'ratio')] },
  { about: 'fivefold', input: 'A fivefold rise.', expect: [x('fivefold', 'ratio', 5, 'ratio')] },
  { about: '10x', input: 'A 10x jump.', expect: [x('10x', 'ratio', 10, 'ratio')] },
  { about: 'twice as many', input: 'It sent twice as many drones.', expect: [x('twice', 'ratio', 2, 'ratio')] },
  { about: 'twice as occasions is not a ratio', input: 'He visited twice.', expect: [] },
  { about: 'N times a year counts occasions', input: 'They met 3 times a year.', expect: [x('3 times', 'count', 3, null)] },

  // ---- counts and durations ----
  { about: 'a count', input: 'The list names 12 entities.', expect: [x('12', 'count', 12)] },
  { about: 'three years', input: 'It lasted three years.', expect: [x('three years', 'duration', 3, 'year')] },
  { about: '18 months', input: 'It took 18 months.', expect: [x('18 months', 'duration', 18, 'month')] },
  { about: 'six weeks', input: 'Talks ran six weeks.', expect: [x('six weeks', 'duration', 6, 'week')] },
  { about: '10 days', input: 'It took 10 days.', expect: [x('10 days', 'duration', 10, 'day')] },
  { about: 'a two-year program', input: 'It began a two-year program.', expect: [x('two-year', 'duration', 2, 'year')] },
  { about: 'two decades', input: 'It has lasted two decades.', expect: [x('two decades', 'duration', 20, 'year', { scale: 10 })] },

  // ---- years and periods ----
  { about: 'a year', input: 'Sales fell in 2023.', expect: [yr('2023', 2023)] },
  { about: 'Q1 2024', input: 'Sales fell in Q1 2024.', expect: [per('Q1 2024', '2024-01/2024-03')] },
  { about: 'Q4 of 2023', input: 'Sales fell in Q4 of 2023.', expect: [per('Q4 of 2023', '2023-10/2023-12')] },
  {
    about: 'the second quarter of 2024',
    input: 'Sales rose in the second quarter of 2024.',
    expect: [per('the second quarter of 2024', '2024-04/2024-06')],
  },
  {
    about: 'fourth-quarter adjective',
    input: 'Its fourth-quarter 2023 sales rose.',
    expect: [per('fourth-quarter 2023', '2023-10/2023-12')],
  },
  { about: 'H2 2023', input: 'Output rose in H2 2023.', expect: [per('H2 2023', '2023-07/2023-12')] },
  {
    about: 'the first half of 2024',
    input: 'Output rose in the first half of 2024.',
    expect: [per('the first half of 2024', '2024-01/2024-06')],
  },
  {
    about: '4Q23 and 1H24',
    input: 'Results for 4Q23 and 1H24 improved.',
    expect: [per('4Q23', '2023-10/2023-12'), per('1H24', '2024-01/2024-06')],
  },
  { about: 'fiscal 2023', input: 'Sales grew in fiscal 2023.', expect: [per('fiscal 2023', '2023')] },
  { about: 'FY2024 and FY23', input: 'Budgets for FY2024 and FY23 differ.', expect: [per('FY2024', '2024'), per('FY23', '2023')] },
  {
    about: 'between March and June without a year',
    input: 'Between March and June, exports rose.',
    expect: [per('Between March and June', null)],
  },
  {
    about: 'between March and June 2023',
    input: 'Between March and June 2023, exports rose 20%.',
    expect: [per('Between March and June 2023', '2023-03/2023-06'), x('20%', 'percent', 20, 'percent', { period: '2023-03/2023-06' })],
  },
  {
    about: 'between March and June takes the year from its sentence',
    input: 'In 2023, between March and June, exports rose.',
    expect: [yr('2023', 2023), per('between March and June', '2023-03/2023-06')],
  },
  {
    about: 'a quarter without a year takes it from its sentence',
    input: 'In the third quarter, exports fell 5% from 2022.',
    expect: [per('the third quarter', '2022-07/2022-09'), x('5%', 'percent', 5, 'percent'), yr('2022', 2022)],
  },
  { about: 'last quarter without a year is not dated', input: 'Sales fell last quarter.', expect: [] },
  { about: 'month and year', input: 'Sanctions began in March 2024.', expect: [per('March 2024', '2024-03')] },
  { about: 'US date', input: 'It was signed on April 12, 2024.', expect: [per('April 12, 2024', '2024-04-12')] },
  { about: 'day-first date', input: 'It was signed on 12 April 2024.', expect: [per('12 April 2024', '2024-04-12')] },
  { about: 'abbreviated month with a day', input: 'It was signed Dec. 5, 2023.', expect: [per('Dec. 5, 2023', '2023-12-05')] },
  { about: 'May as a verb is not a month', input: 'Officials may act soon.', expect: [] },
  { about: 'a decade', input: 'Trade grew in the 1990s.', expect: [per('1990s', '1990/1999')] },
  { about: 'year range with a hyphen', input: 'Over 2021-2023 trade grew.', expect: [per('2021-2023', '2021/2023')] },
  { about: 'short year range', input: 'In 2023-24 trade grew.', expect: [per('2023-24', '2023/2024')] },
  {
    about: 'between two years',
    input: 'Between 2021 and 2023 trade doubled.',
    expect: [per('Between 2021 and 2023', '2021/2023'), x('doubled', 'ratio', 2, 'ratio', { period: '2021/2023' })],
  },
  {
    about: 'the first nine months of 2023',
    input: 'Trade rose 26% in the first nine months of 2023.',
    expect: [x('26%', 'percent', 26, 'percent', { period: '2023-01/2023-09' }), per('the first nine months of 2023', '2023-01/2023-09')],
  },
  { about: 'January-March 2024', input: 'In January-March 2024 exports fell.', expect: [per('January-March 2024', '2024-01/2024-03')] },
  { about: 'mid-2023 is a year', input: 'Since mid-2023 prices rose.', expect: [yr('2023', 2023)] },
  { about: 'a year with a hedge-like preposition stays a year', input: 'Around 2020 China began exporting.', expect: [yr('2020', 2020)] },
  {
    about: 'a hedged four-digit count is not a year',
    input: 'It has about 2000 tanks.',
    expect: [m('about 2000', 'count', 2000, null, 'approximately', 1500, 2500)],
  },

  // ---- period hints ----
  {
    about: 'period of each clause',
    input: 'In 2022, exports rose 20% and in 2023 they fell 5%.',
    expect: [
      yr('2022', 2022),
      x('20%', 'percent', 20, 'percent', { period: '2022' }),
      yr('2023', 2023),
      x('5%', 'percent', 5, 'percent', { period: '2023' }),
    ],
  },
  {
    about: 'no period in the sentence',
    input: 'Exports rose 20%. In 2023 they fell.',
    expect: [x('20%', 'percent', 20, 'percent', { period: null, sentence: 0 }), yr('2023', 2023)],
  },

  // ---- news phrasing (Reuters, AP, FT, Bloomberg, think tanks) ----
  {
    about: 'customs data sentence',
    input: "China's exports to Russia rose 46.9% in 2023 to $110.97 billion, while imports grew 12.7% to $129.14 billion.",
    expect: [
      x('46.9%', 'percent', 46.9, 'percent', { period: '2023' }),
      yr('2023', 2023),
      x('$110.97 billion', 'money', 110.97e9, 'USD', { period: '2023' }),
      x('12.7%', 'percent', 12.7, 'percent'),
      x('$129.14 billion', 'money', 129.14e9, 'USD'),
    ],
  },
  {
    about: 'FT style Rmb with dollars in brackets',
    input: 'Exports were worth Rmb12bn ($1.7bn), up 30 per cent from a year earlier.',
    expect: [x('Rmb12bn', 'money', 12e9, 'CNY'), x('$1.7bn', 'money', 1.7e9, 'USD'), x('30 per cent', 'percent', 30, 'percent')],
  },
  { about: 'Telegraph pc', input: 'Inflation hit 15pc.', expect: [x('15pc', 'percent', 15, 'percent')] },
  { about: 'spaced bn', input: 'Imports reached $3.5 bn.', expect: [x('$3.5 bn', 'money', 3.5e9, 'USD', { scale: 1e9 })] },
  {
    about: 'US$ with mn',
    input: 'The shipments, valued at more than US$300mn, included 1.3mn microchips.',
    expect: [m('more than US$300mn', 'money', 300e6, 'USD', 'more_than', 300e6, null), x('1.3mn', 'count', 1.3e6, null, { scale: 1e6 })],
  },
  {
    about: 'more than a dozen',
    input: 'It sanctioned nearly 300 entities, including more than a dozen based in China.',
    expect: [m('nearly 300', 'count', 300, null, 'at_most', 250, 300), m('more than a dozen', 'count', 12, null, 'more_than', 12, null)],
  },
  {
    about: 'nearly half',
    input: 'Nearly half of the goods come from China.',
    expect: [m('Nearly half', 'percent', 50, 'percent', 'at_most', 45, 50)],
  },
  {
    about: 'almost two-thirds',
    input: 'Almost two-thirds of the firms are in Hong Kong.',
    expect: [m('Almost two-thirds', 'percent', 200 / 3, 'percent', 'at_most', 200 / 3 - 5, 200 / 3)],
  },
  { about: 'a ratio range', input: 'Sales were 3-4 times higher.', expect: [range('3-4 times', 'ratio', 'ratio', 3, 4)] },
  {
    about: 'between N and M percent',
    input: 'Between 60 and 70 percent came from China.',
    expect: [range('Between 60 and 70 percent', 'percent', 'percent', 60, 70)],
  },
  {
    about: 'tens of billions of dollars',
    input: 'The trade is worth tens of billions of dollars a year.',
    expect: [range('tens of billions of dollars', 'money', 'USD', 2e10, 1e11, { scale: 1e9 })],
  },
  {
    about: 'hundreds of millions of dollars',
    input: 'It moved hundreds of millions of dollars.',
    expect: [range('hundreds of millions of dollars', 'money', 'USD', 2e8, 1e9, { scale: 1e6 })],
  },
  { about: 'thousands of', input: 'Thousands of parts were found.', expect: [range('Thousands', 'count', null, 2e3, 1e4)] },
  { about: 'a 30-fold increase', input: 'It was a 30-fold increase.', expect: [x('30-fold', 'ratio', 30, 'ratio')] },
  {
    about: 'roughly triple the level',
    input: 'Shipments were roughly triple the prewar level.',
    expect: [m('roughly triple', 'ratio', 3, 'ratio', 'approximately', 2.5, 3.5)],
  },
  { about: 'double-digit is not a figure', input: 'It posted double-digit growth and cited double standards.', expect: [] },
  {
    about: 'the final three months of 2023',
    input: 'It supplied 70 per cent in the final three months of 2023.',
    expect: [
      x('70 per cent', 'percent', 70, 'percent', { period: '2023-10/2023-12' }),
      per('the final three months of 2023', '2023-10/2023-12'),
    ],
  },
  {
    about: 'the last three months without a year is a duration',
    input: 'Prices rose in the last three months.',
    expect: [x('three months', 'duration', 3, 'month')],
  },
  {
    about: 'over N years after a figure means during',
    input: 'The deal is worth up to €2.5bn over five years.',
    expect: [m('up to €2.5bn', 'money', 2.5e9, 'EUR', 'up_to', 0, 2.5e9), x('five years', 'duration', 5, 'year')],
  },
  {
    about: 'lasted over N years means more than',
    input: 'The war has lasted over two years.',
    expect: [m('over two years', 'duration', 2, 'year', 'more_than', 2, null)],
  },
  {
    about: 'a hyphenated measure is a count',
    input: 'It carries a 50-kilogram warhead; a 5,000-strong force.',
    expect: [x('50', 'count', 50), x('5,000', 'count', 5000)],
  },
  {
    about: 'a quarter-on-quarter period in brackets',
    input: 'Sales rose 8% (Q3 2023) and 5% in 3Q24.',
    expect: [
      x('8%', 'percent', 8, 'percent', { period: '2023-07/2023-09' }),
      per('Q3 2023', '2023-07/2023-09'),
      x('5%', 'percent', 5, 'percent', { period: '2024-07/2024-09' }),
      per('3Q24', '2024-07/2024-09'),
    ],
  },
  {
    about: 'up from … in the same period',
    input: 'Value grew from $51 million in the first half of 2022 to $133 million in 2023.',
    expect: [
      x('$51 million', 'money', 51e6, 'USD', { period: '2022-01/2022-06' }),
      per('the first half of 2022', '2022-01/2022-06'),
      x('$133 million', 'money', 133e6, 'USD', { period: '2023' }),
      yr('2023', 2023),
    ],
  },
  {
    about: 'roubles in brackets with a share of GDP',
    input: 'Russia spent 10.8 trillion roubles ($118 billion) on defence in 2024, or 6.7% of GDP.',
    expect: [
      x('10.8 trillion roubles', 'money', 10.8e12, 'RUB', { period: '2024' }),
      x('$118 billion', 'money', 118e9, 'USD', { period: '2024' }),
      yr('2024', 2024),
      x('6.7%', 'percent', 6.7, 'percent', { period: '2024' }),
    ],
  },
  {
    about: 'Since Month Year',
    input: 'Since February 2022, more than 50 Chinese companies were listed.',
    expect: [per('February 2022', '2022-02'), m('more than 50', 'count', 50, null, 'more_than', 50, null, { period: '2022-02' })],
  },

  {
    about: 'exceed as a hedge verb',
    input: 'Designations exceed 16,500 and sales topped $100 million.',
    expect: [
      m('exceed 16,500', 'number', 16500, null, 'more_than', 16500, null),
      m('topped $100 million', 'money', 100e6, 'USD', 'more_than', 100e6, null),
    ],
  },
  {
    about: 'suspended currency in a range',
    input: 'It reached $5-$7 billion, or US$1.2-1.5 billion a month; the EU estimates €1bn-€2bn.',
    expect: [
      range('$5-$7 billion', 'money', 'USD', 5e9, 7e9),
      range('US$1.2-1.5 billion', 'money', 'USD', 1.2e9, 1.5e9),
      range('€1bn-€2bn', 'money', 'EUR', 1e9, 2e9),
    ],
  },
  {
    about: 'a series of shares with their years',
    input: "China's share climbed to 61% in 2023 from 49% in 2022 and 28% in 2021.",
    expect: [
      x('61%', 'percent', 61, 'percent', { period: '2023' }),
      yr('2023', 2023),
      x('49%', 'percent', 49, 'percent', { period: '2022' }),
      yr('2022', 2022),
      x('28%', 'percent', 28, 'percent', { period: '2021' }),
      yr('2021', 2021),
    ],
  },
  {
    about: 'N times the level of a year',
    input: 'It is 2.5 times the 2021 level and nearly three times the 2019 level.',
    expect: [
      x('2.5 times', 'ratio', 2.5, 'ratio'),
      yr('2021', 2021),
      m('nearly three times', 'ratio', 3, 'ratio', 'at_most', 2.5, 3),
      yr('2019', 2019),
    ],
  },
  {
    about: 'a spelled duration adjective',
    input: 'The twelve-month total was 3,400 units.',
    expect: [x('twelve-month', 'duration', 12, 'month'), x('3,400', 'count', 3400)],
  },
  {
    about: 'an amount in yuan without a scale',
    input: 'The price was 350,000 yuan per unit, or roughly $48,000.',
    expect: [
      x('350,000 yuan', 'money', 350000, 'CNY', { scale: null }),
      m('roughly $48,000', 'money', 48000, 'USD', 'approximately', 47500, 48500),
    ],
  },
  {
    about: 'USD code after a scale',
    input: 'About 1 billion USD worth of goods passed.',
    expect: [m('About 1 billion USD', 'money', 1e9, 'USD', 'approximately', 0.5e9, 1.5e9)],
  },

  { about: 'US $ with a space', input: 'It paid US $300 million.', expect: [x('US $300 million', 'money', 300e6, 'USD')] },
  {
    about: 'thousands grouped with spaces',
    input: 'Parts worth at least £860 000 were sent; 3 100-mm guns too.',
    expect: [m('at least £860 000', 'money', 860000, 'GBP', 'at_least', 860000, null), x('3', 'number', 3)],
  },
  {
    about: 'a negated "exceed" is an upper bound',
    input: "In 2021 it did not exceed 10%, and it didn't exceed 12% later.",
    expect: [
      yr('2021', 2021),
      m('not exceed 10%', 'percent', 10, 'percent', 'up_to', 0, 10),
      m("didn't exceed 12%", 'percent', 12, 'percent', 'up_to', 0, 12),
    ],
  },
  {
    about: 'a comparison after a figure of change is no hedge',
    input: 'Trade was 40.7% more than a year ago and 30% more than 5 years ago.',
    expect: [x('40.7%', 'percent', 40.7, 'percent'), x('30%', 'percent', 30, 'percent'), x('5 years', 'duration', 5, 'year')],
  },
  {
    about: 'a word between a number and its time unit',
    input: 'It led for 12 consecutive years and needs two more months.',
    expect: [x('12 consecutive years', 'duration', 12, 'year'), x('two more months', 'duration', 2, 'month')],
  },
  {
    about: 'N months of a year are its first N months',
    input: 'Trade exceeded $218 billion in 11 months of 2023.',
    expect: [
      m('exceeded $218 billion', 'money', 218e9, 'USD', 'more_than', 218e9, null, { period: '2023-01/2023-11' }),
      per('11 months of 2023', '2023-01/2023-11'),
    ],
  },
  {
    about: 'just N months of a year is a duration',
    input: 'In just three months of 2023 it shipped £3 million.',
    expect: [x('three months', 'duration', 3, 'month'), yr('2023', 2023), x('£3 million', 'money', 3e6, 'GBP')],
  },
  {
    about: 'a hedged article duration',
    input: 'For nearly a decade and more than a year and a half, but a year earlier.',
    expect: [
      m('nearly a decade', 'duration', 10, 'year', 'at_most', 5, 10, { scale: 10 }),
      m('more than a year and a half', 'duration', 1.5, 'year', 'more_than', 1.5, null),
    ],
  },
  {
    about: '"over a year" after a change is a span of time, not a figure',
    input: 'Exports rose 5% over a year.',
    expect: [x('5%', 'percent', 5, 'percent')],
  },
  {
    about: 'a factor of N is a multiple',
    input: 'Exports rose by a factor of three.',
    expect: [x('a factor of three', 'ratio', 3, 'ratio')],
  },
  {
    about: 'double and triple as verbs after a modal or "to"',
    input: 'Spending should triple in 2024; they plan to double exports; a double agent.',
    expect: [x('triple', 'ratio', 3, 'ratio'), yr('2024', 2024), x('double', 'ratio', 2, 'ratio')],
  },
  {
    about: 'a decimal without its leading zero',
    input: 'From China: $11 billion vs. $.82 billion, up .5%.',
    expect: [x('$11 billion', 'money', 11e9, 'USD'), x('$.82 billion', 'money', 0.82e9, 'USD'), x('.5%', 'percent', 0.5, 'percent')],
  },
  {
    about: 'currency words in a headline’s capitals',
    input: 'Russia Misses Imports Worth 4.5 Billion US Dollars',
    expect: [x('4.5 Billion US Dollars', 'money', 4.5e9, 'USD')],
  },
  {
    about: 'a rank is no count',
    input: 'At Russia’s three largest ports and the 10 biggest banks of a top-five partner, traffic fell.',
    expect: [],
  },
  {
    about: 'a change across a comma after a multiple',
    input: 'Costs rose tenfold, from $5,000 to $50,000; estimates vary widely, from 5% to 20%.',
    expect: [
      x('tenfold', 'ratio', 10, 'ratio'),
      x('$5,000', 'money', 5000, 'USD'),
      x('$50,000', 'money', 50000, 'USD'),
      range('5% to 20%', 'percent', 'percent', 5, 20),
    ],
  },
  {
    about: 'N times after a verb of occurrence counts occasions',
    input: 'Experts visited the plant more than six times; exports grew 2.5 times and were 30 times more than in 2021.',
    expect: [
      m('more than six times', 'count', 6, null, 'more_than', 6, null),
      x('2.5 times', 'ratio', 2.5, 'ratio'),
      x('30 times', 'ratio', 30, 'ratio'),
      yr('2021', 2021),
    ],
  },
  {
    about: 'a share and a count are no range',
    input: 'Japanese brands grew by 1% to 2,935 units.',
    expect: [x('1%', 'percent', 1, 'percent'), x('2,935', 'count', 2935)],
  },
  {
    about: 'a change found further back, a spread word first',
    input: 'Exporters boosted the volume of transactions in yuan from $0.5 bln to $6.9 bln; estimates rose, ranging from 5 to 10 percent.',
    expect: [
      x('$0.5 bln', 'money', 0.5e9, 'USD'),
      x('$6.9 bln', 'money', 6.9e9, 'USD'),
      range('5 to 10 percent', 'percent', 'percent', 5, 10),
    ],
  },
  { about: 'dates with dashes or dots are skipped whole', input: 'Updated: 09-03-2023 19:40 IST; signed 9.3.2023.', expect: [] },
  {
    about: 'signs of comparison as hedges',
    input: 'Flight time ≥30 minutes, loads ≤5 kg, growth <1% and > 500 firms; x>5.',
    expect: [
      m('≥30 minutes', 'duration', 30, 'minute', 'at_least', 30, null),
      m('≤5', 'count', 5, null, 'up_to', 0, 5),
      m('<1%', 'percent', 1, 'percent', 'less_than', 0, 1),
      m('> 500', 'count', 500, null, 'more_than', 500, null),
      x('5', 'number', 5),
    ],
  },
  {
    about: '"one" in a compound after "the" is a number',
    input: 'As the war approaches the one-year mark.',
    expect: [x('one-year', 'duration', 1, 'year')],
  },
  {
    about: '"over" before a duration adjective is a bound',
    input: 'Putin’s over 18-month war; a deal worth €2.5bn over five years.',
    expect: [
      m('over 18-month', 'duration', 18, 'month', 'more_than', 18, null),
      x('€2.5bn', 'money', 2.5e9, 'EUR'),
      x('five years', 'duration', 5, 'year'),
    ],
  },
  {
    about: '"one with", "one that" are pronouns',
    input: 'Chinese firms, including one with state ties and one that was sanctioned.',
    expect: [],
  },
  { about: 'page furniture is no figure', input: '3 min read\n1 of 3 A view of the port at 4:05 PM GMT+3. Photo: CC BY 4.0', expect: [] },
  {
    about: 'addresses and buildings are no counts',
    input: 'The firms at 135 Bonham Strand and Two International Finance Centre, with a 704 number on the door.',
    expect: [],
  },
  { about: 'HS codes in lists and runs', input: '8482.10 (ball bearings)\nItems under HS codes 8542.31 and 8542.39 rose.', expect: [] },
  {
    about: 'distances and weights glued to digits',
    input: 'A 2,500km range, a 50kg warhead and 155mm shells.',
    expect: [x('2,500km', 'count', 2500), x('50kg', 'count', 50)],
  },
  { about: 'a run of quarters', input: 'Output rose in Q1-Q3 2023.', expect: [per('Q1-Q3 2023', '2023-01/2023-09')] },
  { about: 'abbreviated month range', input: 'Trade in Jan-Sep 2023 rose.', expect: [per('Jan-Sep 2023', '2023-01/2023-09')] },
  {
    about: 'a slash fraction before "of"',
    input: 'About 1/3 of imports, and 3/4 of parts.',
    expect: [m('About 1/3', 'percent', 100 / 3, 'percent', 'approximately', 100 / 3 - 5, 100 / 3 + 5), x('3/4', 'percent', 75, 'percent')],
  },
  { about: 'slashed numbers that are names or dates', input: 'It runs 24/7 since the 9/11 attacks and 4/12/2024.', expect: [] },

  // ---- things that are not figures ----
  { about: 'COVID-19', input: 'The economy was slow to emerge from the COVID-19 pandemic.', expect: [] },
  { about: 'G7 and G20', input: 'The G7 and G20 met.', expect: [] },
  { about: 'Group of 7', input: 'He went to the Group of 7 meeting.', expect: [] },
  { about: 'Group of Seven', input: 'The Group of Seven foreign ministers met.', expect: [] },
  { about: 'Tier 2', input: 'Tier 2 items were listed.', expect: [] },
  { about: 'report number R47512', input: 'See CRS report R47512.', expect: [] },
  { about: 'eight-digit', input: 'Goods are coded with eight-digit codes.', expect: [] },
  { about: 'Executive Order 14024', input: 'Sanctions under Executive Order 14024 apply.', expect: [] },
  { about: 'E.O. 14024 in quotes and brackets', input: 'Executive Order (“E.O.”) 14024 applies.', expect: [] },
  { about: 'weapon designations', input: 'It fired Su-35 jets, S-400 missiles and Shahed-136 drones.', expect: [] },
  { about: 'ordinals', input: 'The 14th package was the 2nd this year.', expect: [] },
  { about: 'glued letters', input: '5G networks and 3D printers.', expect: [] },
  { about: 'Article 5 and No. 2', input: 'Article 5 and its No. 2 partner.', expect: [] },
  { about: 'product names', input: 'It flew a Boeing 737 with HS 8542 chips.', expect: [] },
  { about: 'section 1260H list', input: 'It is on the Section 1260H list.', expect: [] },
  { about: 'regulation number', input: 'Council Regulation 833/2014 applies.', expect: [] },
  { about: 'clock time and odds', input: 'At 10:30 they met; the vote was 3:1.', expect: [] },
  { about: 'compound adjectives with digits', input: 'A 27-nation bloc and a 155-mm shell.', expect: [] },
  { about: 'a ranking is no count', input: 'China is the number one supplier; its top four partners and Phase Two.', expect: [] },
  {
    about: 'labelled figures of a report, with a run',
    input: 'It imports finished goods (Chart 1 and 2) under Tiers 1 and 2.',
    expect: [],
  },
  { about: 'a numbered list item', input: '1. Banning 52 additional ships', expect: [x('52', 'count', 52)] },
  {
    about: 'the two countries refer back; they are no new count',
    input: 'Trade between the two countries rose, and these three firms were named.',
    expect: [],
  },
  {
    about: 'a title-case headline is no name before a number',
    input: 'US Sanctions 400 Entities, Including Russian and Chinese Companies, for Aiding Russia’s War',
    expect: [x('400', 'count', 400)],
  },
  { about: 'running text keeps a name before a number', input: 'Russia buys the Mavic 3 drone in bulk.', expect: [] },

  {
    about: 'percent of the figures in the State Department text',
    input: 'The United States is today imposing sanctions on three entities and one individual.',
    expect: [x('three', 'count', 3), x('one', 'count', 1)],
  },
];
