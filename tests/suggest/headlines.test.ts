/**
 * Headlines in suggest: the headline a text opens with is the sidecar's title guess, and a heading
 * in title case is no list of names (its capitals are the style's), while a masthead, a name a
 * heading's own words type, and a sentence-case heading's names still count.
 */
import { describe, expect, it } from 'vitest';
import { countriesContext, draftedNames } from './helpers.js';
import { isMasthead, isTitleCase, openingHeadline, withoutTitleCaseHeadings } from '../../pipeline/suggest/headlines.js';
import { HEADLINE_BASIS, draftSidecar } from '../../pipeline/suggest/sidecar.js';
import { guess } from '../../pipeline/model/todo.js';

const names = (text: string) => draftedNames(text, countriesContext({ code: 'KAZ', name: 'Kazakhstan' }));
const sidecar = (text: string) => new Map(draftSidecar(text).map((f) => [f.key, f.value]));

describe('title case', () => {
  it('is every word capitalized but the small words a title keeps', () => {
    expect(isTitleCase('Chinese Valve Makers Ship Through Caspian Ports')).toBe(true);
    expect(isTitleCase('Taking Stock of the Bearing Trade')).toBe(true);
    expect(isTitleCase('RUSSIAN BUYERS TURN TO TASHKENT')).toBe(true);
  });

  it('is not a sentence-case line, nor a single word', () => {
    expect(isTitleCase('Chinese valve makers ship through Caspian ports')).toBe(false);
    expect(isTitleCase('Sanctions')).toBe(false);
  });
});

describe('the opening headline', () => {
  it('is a Markdown heading opening the text, read without its marks', () => {
    expect(openingHeadline('# Valve Makers **Ship** via [Aktau](https://example.org/aktau)\n\nBody.\n')?.words).toBe(
      'Valve Makers Ship via Aktau',
    );
  });

  it('is a short first line standing alone above a blank line', () => {
    const text = '\nKazakh ports handle more Chinese freight bound for Russia\n\nAKTAU — Freight rose.\n';
    const h = openingHeadline(text)!;
    expect(h.words).toBe('Kazakh ports handle more Chinese freight bound for Russia');
    expect(text.slice(h.start, h.end)).toBe(h.words);
  });

  it('is no first line that runs on, ends a sentence, opens with a dateline, a list mark or a byline, or is too short', () => {
    expect(openingHeadline('Kazakh ports handle more freight\nThe rest of the story.\n')).toBeUndefined();
    expect(openingHeadline('Kazakh ports handled more freight last year.\n\nMore.\n')).toBeUndefined();
    expect(openingHeadline('AKTAU — Kazakh ports handled more freight\n\nMore.\n')).toBeUndefined();
    expect(openingHeadline('2. Freight through Aktau and Kuryk\n\nMore.\n')).toBeUndefined();
    expect(openingHeadline('By Dana Orlova and Timur Bekov\n\nMore.\n')).toBeUndefined();
    expect(openingHeadline('Press statement\n\nMore.\n')).toBeUndefined();
  });

  it('is no masthead, the issuing body’s name above the text', () => {
    expect(isMasthead('Ministry of Transport and Communications of the Republic of Kazakhstan')).toBe(true);
    expect(isMasthead('Caspian Port Authority (CPA)')).toBe(true);
    expect(isMasthead('Port Authority Warns of Caspian Delays')).toBe(false);
    expect(isMasthead('Digest of the Caspian Port Authority')).toBe(false);
    expect(openingHeadline('Caspian Port Authority\n\nNotice on transit cargo\n\nText.\n')).toBeUndefined();
  });
});

describe('the sidecar of a text that opens with its headline', () => {
  it('guesses the title and its basis from the headline', () => {
    const f = sidecar('# Kazakh Ports Handle More Chinese Freight\n\nAKTAU, May 2, 2025 — Freight rose 12%.\n');
    expect(f.get('title')).toBe(guess('Kazakh Ports Handle More Chinese Freight'));
    expect(f.get('title_basis')).toBe(guess(HEADLINE_BASIS));
  });

  it('leaves the title to the curator when the text opens without one', () => {
    const f = sidecar('Freight through Aktau rose 12% in 2024, the port said.\n');
    expect(f.get('title')).toBe('TODO');
    expect(f.get('title_basis')).toBe('TODO');
  });
});

describe('entities and headings in title case', () => {
  it('drafts no entity from the capitals of a headline in title case, Markdown or a first line', () => {
    const body = '\n\nKazakh forwarders moved valves for Russia, said Dana Orlova, an analyst at Caspian Freight Watch.\n';
    expect(names(`# Chinese Valve Makers Ship Through Caspian Ports${body}`)).toEqual(['Russia', 'Dana Orlova', 'Caspian Freight Watch']);
    expect(names(`Chinese Valve Makers Ship Through Caspian Ports${body}`)).toEqual(['Russia', 'Dana Orlova', 'Caspian Freight Watch']);
    expect(names('Some findings.\n\n## Where The Valves Go Next\n\nMost go to Russia.\n')).toEqual(['Russia']);
  });

  it('still drafts a name the heading’s words type, and a masthead', () => {
    expect(names('# Sanctions on Aktau Valve Trading LLC\n\nThe order lists it.\n')).toEqual(['Aktau Valve Trading LLC']);
    expect(names('Caspian Port Authority\n\nNotice on transit cargo to Russia\n\nText.\n')).toEqual(['Caspian Port Authority', 'Russia']);
  });

  it('still drafts the names of a heading in sentence case, and keeps every offset', () => {
    const text = '# Caspian Freight Watch tracks valves to Russia\n\nMore shipments.\n';
    expect(names(text)).toEqual(['Caspian Freight Watch', 'Russia']);
    expect(withoutTitleCaseHeadings('# Valve Makers Ship\n\nText.\n').length).toBe('# Valve Makers Ship\n\nText.\n'.length);
  });
});
