import { describe, expect, it } from 'vitest';
import type { Mention } from '../../pipeline/extract/index.js';
import { DATELINE_REASON, draftAnnotation } from '../../pipeline/suggest/draft.js';
import type { SuggestContext } from '../../pipeline/suggest/context.js';

const ctx: SuggestContext = {
  countries: [
    { code: 'CHN', name: 'China' },
    { code: 'RUS', name: 'Russia' },
  ],
  goods: [{ id: 'machine-tools', label: 'Machine tools' }],
  indicators: [
    { id: 'import-share', label: 'Share', measure: 'share', unit: 'percent' },
    { id: 'import-value', label: 'Value', measure: 'level', unit: 'currency' },
  ],
  known: [],
};

function mention(text: string, words: string, over: Partial<Mention>): Mention {
  const start = text.indexOf(words);
  return {
    start,
    end: start + words.length,
    text: words,
    kind: 'number',
    value: null,
    unit: null,
    scale: null,
    hedge: 'exact',
    value_low: null,
    value_high: null,
    period: null,
    sentence: 0,
    ...over,
  };
}
const field = (item: { fields: { key: string; value: unknown }[] }, key: string) => item.fields.find((f) => f.key === key)?.value;

describe('draftAnnotation', () => {
  const text = 'Nearly 70% of Russia’s approximately $900 million in machine tool imports in 2023 came from China.';
  const mentions = [
    mention(text, 'Nearly 70%', {
      kind: 'percent',
      value: 70,
      unit: 'percent',
      hedge: 'at_most',
      value_low: 65,
      value_high: 70,
      period: '2023',
    }),
    mention(text, 'approximately $900 million', {
      kind: 'money',
      value: 9e8,
      unit: 'USD',
      hedge: 'approximately',
      value_low: 8.5e8,
      value_high: 9.5e8,
      period: '2023',
    }),
    mention(text, '2023', { kind: 'year', period: '2023' }),
  ];
  const draft = draftAnnotation('src', text, mentions, ctx);

  it('reads an amount that is the base of a share as the total from all partners (WLD)', () => {
    expect(field(draft.observations[0]!, 'partner')).toBe('TODO(CHN)');
    expect(field(draft.observations[1]!, 'partner')).toBe('TODO(WLD)');
  });

  it('names the first observation of the sentence as the owner of a year, by its quote, which renaming the draft id leaves true', () => {
    expect(field(draft.ignore[0]!, 'reason')).toBe('TODO(the period of Nearly 70%, carried by its observation’s period)');
    expect(field(draft.ignore[0]!, 'reason')).not.toContain(field(draft.observations[0]!, 'id') as string);
  });

  it('guesses that a dateline’s date dates the text, and leaves any other date to the curator', () => {
    const wire = 'TASHKENT, Oct. 2, 2024 — Officials met on September 30, 2024.';
    const dates = [
      mention(wire, 'Oct. 2, 2024', { kind: 'period', period: '2024-10-02' }),
      mention(wire, 'September 30, 2024', { kind: 'period', period: '2024-09-30' }),
    ];
    const ignored = draftAnnotation('src', wire, dates, ctx).ignore;
    expect(ignored.map((i) => field(i, 'reason'))).toEqual([`TODO(${DATELINE_REASON})`, 'TODO']);
  });

  it('gives every draft observation a distinct slug id derived from the source and the words', () => {
    expect(draft.observations.map((o) => field(o, 'id'))).toEqual(['src-nearly-70', 'src-approximately-900-million']);
  });

  it('drafts groups named by a country word and a plural noun', () => {
    const t = 'Chinese suppliers and PRC entities worked with Russian defense firms; Chinese suppliers again.';
    const groups = draftAnnotation('src', t, [], ctx).entities.filter((e) => field(e, 'type') === 'TODO(group)');
    expect(groups.map((g) => [field(g, 'name'), field(g, 'country')])).toEqual([
      ['Chinese suppliers', 'TODO(CHN)'],
      ['PRC entities', 'TODO(CHN)'],
      ['Russian defense firms', 'TODO(RUS)'],
    ]);
  });

  it('proposes a known country entity for its other forms, lower case included, with the forms added as aliases', () => {
    const known = [
      {
        source: 'news-a',
        entity: { id: 'north-korea', name: 'North Korea', type: 'country', country: 'PRK', role: 'supplier', aliases: [] },
      },
      {
        source: 'news-a',
        entity: { id: 'russia', name: 'Russia', type: 'country', country: 'RUS', role: 'recipient', aliases: ['Moscow'] },
      },
      {
        source: 'news-a',
        entity: { id: 'united-states', name: 'United States', type: 'country', country: 'USA', role: 'sanctions', aliases: ['U.S.'] },
      },
    ] as unknown as SuggestContext['known'];
    const t = "The DPRK shipped shells to russia. Pyongyang denies it; the Democratic People's Republic of Korea was paid in U.S. dollars.";
    const entities = draftAnnotation('src', t, [], { ...ctx, known }).entities;
    const byId = Object.fromEntries(entities.map((e) => [field(e, 'id'), e]));
    expect(Object.keys(byId).sort()).toEqual(['north-korea', 'russia']);
    expect(field(byId['north-korea']!, 'aliases')).toEqual(['DPRK', 'Pyongyang', "Democratic People's Republic of Korea"]);
    expect(field(byId['russia']!, 'aliases')).toEqual(['Moscow', 'russia']);
  });
});

describe('draftAnnotation and forms of a country that belong to something else', () => {
  const known = [
    { source: 'a', entity: { id: 'russia', name: 'Russia', type: 'country', country: 'RUS', role: 'recipient', aliases: ['Moscow'] } },
    {
      source: 'a',
      entity: { id: 'kremlin', name: 'Kremlin', type: 'government_body', country: 'RUS', role: 'the government', aliases: [] },
    },
    {
      source: 'a',
      entity: { id: 'united-states', name: 'United States', type: 'country', country: 'USA', role: 'x', aliases: ['Washington'] },
    },
  ] as unknown as SuggestContext['known'];
  const countries = [...ctx.countries, { code: 'USA', name: 'United States' }];
  it('adds neither another entity’s name ("kremlin" is the Kremlin) nor a dateline’s capitals ("WASHINGTON") as an alias', () => {
    const t = 'WASHINGTON — russia has paid for them, the kremlin said.';
    const entities = draftAnnotation('src', t, [], { ...ctx, countries, known }).entities;
    expect(entities.map((e) => field(e, 'id'))).toEqual(['russia']);
    expect(field(entities[0]!, 'aliases')).toEqual(['Moscow', 'russia']);
  });
});

describe('draftAnnotation and an office of another portfolio', () => {
  const known = [
    {
      source: 'a',
      entity: {
        id: 'us-state',
        name: 'U.S. Department of State',
        type: 'government_body',
        country: 'USA',
        role: 'x',
        aliases: ['Secretary of State'],
      },
    },
  ] as unknown as SuggestContext['known'];
  it('proposes no known entity whose alias is only the title of another office ("Secretary of State for Energy")', () => {
    const t = 'To ask the Secretary of State for Energy what assessment has been made.';
    expect(draftAnnotation('src', t, [], { ...ctx, known }).entities.map((e) => field(e, 'id'))).toEqual([]);
  });
  it('still proposes it where the title stands alone', () => {
    const t = 'The Secretary of State for Energy replied; later the Secretary of State said more.';
    const [e] = draftAnnotation('src', t, [], { ...ctx, known }).entities;
    expect([field(e!, 'id'), field(e!, 'quote')]).toEqual(['us-state', 'Secretary of State']);
  });
});
