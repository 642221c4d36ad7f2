/**
 * Credits name who wrote, edited or distributed a text — journalists and the agency, not parties of
 * a supply: suggest drafts no entity from a wire credit, a byline, "contributed to this report" or
 * a dateline's agency, while the same words in the body's sentences still count.
 */
import { describe, expect, it } from 'vitest';
import { draftedNames } from './helpers.js';
import { withoutCredits } from '../../pipeline/suggest/credits.js';

const names = (text: string) => draftedNames(text);
const BODY = 'Volgotrans Logistics bought valves from China, officials in Russia said.';

describe('credits in suggest', () => {
  it('drafts no entity from a wire credit in brackets or on a line of its own', () => {
    expect(
      names(`${BODY}\n\n(Reporting by Dana Orlova in Aktau and Timur Bekov; Additional reporting by Lena Fuchs; Editing by Paul Grey)\n`),
    ).toEqual(['Volgotrans Logistics', 'China', 'Russia']);
    expect(names(`${BODY}\n\nReporting by Dana Orlova; editing by Paul Grey\n`)).toEqual(['Volgotrans Logistics', 'China', 'Russia']);
  });

  it('drafts no entity from a byline, a contributor line or a dateline’s agency', () => {
    const text = `By Dana Orlova and Timur Bekov\n\nAKTAU, May 2, 2025 (Steppe Wire) — ${BODY}\n\nLena Fuchs in Berlin contributed to this report.\n`;
    expect(names(text)).toEqual(['Volgotrans Logistics', 'China', 'Russia']);
  });

  it('keeps the body’s sentences that open with a credit’s words, and every offset', () => {
    const prose = 'Reporting by Caspian Freight Watch found that Volgotrans Logistics bought valves.\n';
    expect(withoutCredits(prose)).toBe(prose);
    expect(names(prose)).toContain('Caspian Freight Watch');
    const credit = `${BODY}\n(Writing by Dana Orlova)\n`;
    expect(withoutCredits(credit).length).toBe(credit.length);
  });
});
