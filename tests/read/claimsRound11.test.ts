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
