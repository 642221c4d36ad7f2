/**
 * Rules of session 11's claims round (docs/reading-history.md "Session 11: claims round"): goods
 * received with their origin, a purchase whose supplier stands far after the verb, a denial closed
 * by "he said", who condemns a supply or frames a quotation, titles before a speaker's name, and a
 * date that is no supplier — each read on sentences written for the test.
 */
import { describe, expect, it } from 'vitest';
import { buildLexicon, readText, type ReadClaim } from '../../pipeline/read/index.js';
import { loadReaderVocab } from '../../pipeline/read/loadVocab.js';
import { diskFS } from '../../pipeline/core/fs.js';
import { ROOT } from './score.js';

const lexicon = buildLexicon(loadReaderVocab(diskFS(ROOT)));
const claims = (text: string): ReadClaim[] => readText(text, lexicon).claims;
const brief = (c: ReadClaim | undefined) =>
  c && { supplier: c.supplier, recipient: c.recipient, goods: c.goods, certainty: c.certainty, claimant: c.claimant };

describe('goods received with their origin', () => {
  it('reads the country of a demonym before the goods as their supplier', () => {
    expect(brief(claims('Last month Russia received several batches of Iranian drones, the ministry said.')[0])).toMatchObject({
      supplier: ['iran'],
      recipient: 'russia',
      goods: 'uavs',
    });
  });

  it('reads “made in” or “assembled in” a country after the goods', () => {
    expect(claims('Moscow is now receiving artillery shells produced in North Korea, officials said.')[0]?.supplier).toEqual([
      'north-korea',
    ]);
    expect(claims('Russian units have begun receiving drones assembled in China, the agency said.')[0]?.supplier).toEqual(['china']);
  });

  it('names no supplier for goods of the recipient’s own country', () => {
    expect(claims('Russia received Russian drones back from the repair plant.')).toEqual([]);
  });
});

describe('a purchase whose supplier stands far after the verb', () => {
  it('reads “purchase …, including … from X” over a long object', () => {
    const c = claims('Russia continues to purchase large numbers of shells for use on the front, including rockets from the DPRK.')[0];
    expect(c?.supplier).toEqual(['north-korea']);
    expect(c?.recipient).toBe('russia');
  });

  it('reads a relative clause of import with the goods before it', () => {
    const c = claims('The envoy listed the drones and missiles that Moscow continues to import from Iran.')[0];
    expect(brief(c)).toMatchObject({ supplier: ['iran'], recipient: 'russia', goods: 'missiles' });
  });
});

describe('a denial closed by “he said”', () => {
  it('keeps the denial and gives it to the person the sentence before opens on, without the title', () => {
    const c = claims(
      'Deputy Foreign Minister Ivan Petrov criticised the new sanctions. “Beijing does not sell Russia any weapons, and we have never asked it to,” he said.',
    )[0];
    expect(brief(c)).toMatchObject({ supplier: ['china'], certainty: 'denied', claimant: 'Ivan Petrov' });
  });

  it('reads the closing verb over a quotation of several sentences', () => {
    const c = claims('Anna Volkova answered the question. “China supplies no weapons to Russia. Our trade is civilian,” she added.')[0];
    expect(c?.certainty).toBe('denied');
    expect(c?.claimant).toBe('Anna Volkova');
  });

  it('names no person when the sentence before opens on a country', () => {
    const c = claims('China rejects the report. “China does not supply Russia with drones,” he said.')[0];
    expect(c?.claimant).not.toBe('China');
  });
});

describe('who condemns a supply or frames a quotation claims it', () => {
  it('gives a condemned transfer to those who condemn it', () => {
    expect(
      claims('Canada, Australia, and New Zealand strongly condemn the transfer of ballistic missiles by Iran to Russia.')[0]?.claimant,
    ).toBe('Canada, Australia, and New Zealand');
  });

  it('gives a quotation framed by “as X observed” to X, without the title', () => {
    expect(
      claims('As Deputy National Security Adviser Mary Stone noted last week, “Kazakh traders keep shipping machine tools to Russia.”')[0]
        ?.claimant,
    ).toBe('Mary Stone');
  });

  it('leaves out a title with its office before the name of a statement’s speaker', () => {
    expect(
      claims(
        'The text of the following statement was released by U.S. Secretary of Commerce Jane Doe.\n\nKazakh firms have shipped drones to Russia.',
      )[0]?.claimant,
    ).toBe('Jane Doe');
  });
});

describe('a date is no supplier', () => {
  it('reads no claim of a month before a comma and a verb', () => {
    const c = claims('As the ministers said on 3 March, arms transfers from Iran to Russia must stop.');
    expect(c.every((x) => !x.supplier_names.some((n) => /March/.test(n)))).toBe(true);
  });
});

describe('a participle after a comma keeps its clause’s subject', () => {
  it('does not take the object of a preposition before the comma as the supplier', () => {
    expect(claims('Minsk has deepened its partnership with Moscow, supplying Russia with artillery shells.')[0]?.supplier).toEqual([
      'belarus',
    ]);
  });

  it('steps over a short opening phrase before the subject', () => {
    expect(
      claims('As you know, Tehran has tightened its ties with the Kremlin since 2022, sending Russia hundreds of drones.')[0]?.supplier,
    ).toEqual(['iran']);
  });
});

describe('support to a part of Russia', () => {
  it('reads “to the defense industrial base of the Russian Federation” as Russia', () => {
    const c = claims(
      'Acme Trading was designated for providing material support to the military industrial base of the Russian Federation.',
    )[0];
    expect(c?.recipient).toBe('russia');
    expect(c?.supplier).toEqual(['Acme Trading']);
  });
});

describe('a designated party’s name', () => {
  it('leaves out the description before the name', () => {
    expect(claims('The ministry sanctioned PRC entity Red River Optics Co. Limited for supplying drones to Russia.')[0]?.supplier).toEqual([
      'Red River Optics Co. Limited',
    ]);
  });

  it('keeps an “and” inside a name that ends on its legal form', () => {
    expect(claims('Harbin Science and Technology Institute Co. LTD sold drone engines to Russia.')[0]?.supplier).toEqual([
      'Harbin Science and Technology Institute Co. LTD',
    ]);
  });
});

describe('a letter’s sender', () => {
  it('claims what the letter reproduced below says', () => {
    const text =
      'Washington — Senator Jane Roe (D-Ohio) today sent a letter to the Secretary of State.\n\nFull text of the letter may be found below.\n\nDear Secretary,\n\nAs you know, Kazakh firms have shipped drones to Russia.';
    expect(claims(text)[0]?.claimant).toBe('Jane Roe');
  });
});

describe('“us” as the recipient', () => {
  it('is the country named before the speaker where the text introduces them', () => {
    const text =
      'MOSCOW — Kremlin spokesman Oleg Smirnov spoke on Monday. Smirnov dismissed the reports. “China does not sell us any drones,” Smirnov said.';
    expect(claims(text)[0]?.recipient).toBe('russia');
  });

  it('makes no claim of the dataset when the speaker’s side is not Russia', () => {
    const text =
      'TEHRAN — Iranian foreign ministry spokesman Ali Karimi spoke on Monday. Karimi dismissed the reports. “North Korea does not sell us any missiles,” Karimi said.';
    expect(claims(text)).toEqual([]);
  });

  it('is left open when the speaker’s introduction names no country', () => {
    const text = 'Spokesman Ali Karimi spoke on Monday. “North Korea does not send missiles to us,” Karimi said.';
    expect(claims(text)[0]?.recipient).toBeNull();
  });
});

describe('passive supplies and listed suppliers', () => {
  it('reads no recipient in the agent’s own words (“by Chinese manufacturers”)', () => {
    const c = claims('Nearly all of the ball bearings used by Russian tank plants are now supplied by Chinese manufacturers.')[0];
    expect(c?.supplier).toEqual(['Chinese manufacturers']);
    expect(c?.recipient).toBe('russia');
  });

  it('reads the party added to “its” Entity List, a time phrase before “for having supplied”', () => {
    const c = claims(
      'The bureau added five Armenian companies to its Entity List this year for having supplied Russia with microelectronics.',
    )[0];
    expect(c?.supplier).toEqual(['Armenian companies']);
    expect(c?.certainty).toBe('determined');
  });

  it('gives a verb after “and” the subject of the clause reported before it', () => {
    const c = claims(
      'An official said last week that Georgian traders remained a route and were probably shipping Russia machine tools.',
    )[0];
    expect(c?.supplier).toEqual(['Georgian traders']);
    expect(c?.certainty).toBe('likely');
  });

  it('reads “transshipped” as a supply verb', () => {
    expect(claims('Officials said two Serbian firms transshipped ball bearings to Russia.')[0]?.goods).toBe('ball-bearings');
  });
});

describe('goods named together', () => {
  it('steps over two adjectives opening the next goods', () => {
    expect(claims('Kazakh firms have sold Russia drone engines and complete kamikaze drones.').map((c) => c.goods)).toEqual([
      'uav-engines',
      'uavs',
    ]);
  });
});

describe('a body whose name holds a comma', () => {
  it('keeps the first of its fields before the comma', () => {
    expect(
      claims('Two Belarusian firms have supplied Russia with drones, the Foreign, Commonwealth and Development Office said.')[0]?.claimant,
    ).toBe('Foreign, Commonwealth and Development Office');
  });
});

describe('designations and groups placed in a country', () => {
  it('reads a party “also designated for providing”', () => {
    expect(claims('Almaty Parts LLC was also designated for providing drones to a Russian drone maker.')[0]?.supplier).toEqual([
      'Almaty Parts LLC',
    ]);
  });

  it('reads the vocabulary’s “UAV components” spelled out', () => {
    expect(claims('Minsk Optics supplied unmanned aerial vehicle components to Russian factories.')[0]?.goods).toBe('uav-components');
  });

  it('keeps a place with an apostrophe and “of” in a group the goods come from', () => {
    expect(claims('Russia has received chips from traders in the Democratic People’s Republic of Korea.')[0]?.supplier_names).toEqual([
      'traders in the Democratic People’s Republic of Korea',
    ]);
  });
});

describe('a country’s regime, backers and enablers', () => {
  it('reads “the Iranian regime” as Iran', () => {
    expect(claims('Last year the Iranian regime shipped artillery shells to Moscow.')[0]?.supplier).toEqual(['iran']);
  });

  it('reads “one of Russia’s top backers” with Russia as recipient', () => {
    const c = claims('Belarus has become one of Russia’s most important military backers.')[0];
    expect(brief(c)).toMatchObject({ supplier: ['belarus'], recipient: 'russia', goods: null });
  });

  it('reads “the key enabler of Russia’s war”', () => {
    expect(claims('Iran remains the main enabler of Russia’s war.')[0]?.supplier).toEqual(['iran']);
  });
});

describe('a statement introduced by “X said:”', () => {
  it('gives the paragraph after the line to its speaker', () => {
    const text =
      'Press release\n\nThe minister has warned about the trade.\n\nDefence Minister Jane Roe said:\n\nKazakh firms have shipped drones to Russia.';
    expect(claims(text)[0]?.claimant).toBe('Jane Roe');
  });
});

describe('an apposition with “as” after a comma', () => {
  it('gives “as the main exporter of …” the clause’s subject, and its goods', () => {
    const c = claims(
      'Officials say Türkiye has become a key enabler of Russia’s war, as the main exporter of ball bearings that Russia needs.',
    );
    expect(c.map((x) => [x.supplier, x.goods])).toEqual([[['turkey'], 'ball-bearings']]);
  });
});

describe('arms transfers and a body’s alarm', () => {
  it('reads “arms” before a trade noun as the goods, not a verb', () => {
    expect(brief(claims('Officials said Belarusian arms deliveries to Russia continued in May.')[0])).toMatchObject({
      goods: 'arms',
      recipient: 'russia',
    });
  });

  it('gives what a body and its members are alarmed by to the body, after a paragraph number', () => {
    const c = claims('3.The Council and its Member States are gravely concerned by the continuing Iranian arms transfers to Russia.')[0];
    expect(c?.claimant).toBe('The Council');
  });
});

describe('buyers who resell', () => {
  it('gives “resold them” the goods named before and the group a finding reports', () => {
    const c = claims('The ministry found that the firms in Armenia bought ball bearings and resold them to end users in Russia.');
    expect(c.map((x) => [x.supplier_names, x.goods, x.recipient])).toEqual([[['firms in Armenia'], 'ball-bearings', 'russia']]);
  });

  it('reads who procures “on behalf of” a Russian buyer as the supplier, wherever the goods came from', () => {
    const c = claims(
      'Treasury designated Baku Trade LLC, which procured machine tools from Taiwan on behalf of a sanctioned Russian missile maker.',
    )[0];
    expect(brief(c)).toMatchObject({ supplier: ['Baku Trade LLC'], recipient: 'russia', goods: 'machine-tools' });
  });
});

describe('a first-person clause is no speaker', () => {
  it('gives “We have seen reports that …” to the transcript’s label', () => {
    const text =
      'QUESTION: Is the PRC helping Russia?\n\nMS NOVAK: We have seen reports that Chinese firms may be shipping drone engines to Russia. We are looking at them.\n\nQUESTION: Thank you.\n\nMS NOVAK: Thanks.';
    expect(claims(text)[0]?.claimant).toBe('NOVAK');
  });
});
