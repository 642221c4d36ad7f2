/**
 * A question heading names no actor: suggest drafts no entity from "Which Chinese firms supply …?"
 * standing as a heading, while the answer's own names, and a long question a speaker puts, still count.
 */
import { describe, expect, it } from 'vitest';
import { draftedNames } from './helpers.js';
import { withoutQuestionHeadings } from '../../pipeline/suggest/questionHeadings.js';

const names = (text: string) => draftedNames(text);

describe('question headings in suggest', () => {
  it('drafts no group or name from a question heading', () => {
    expect(
      names('Which Chinese firms supply drone engines to Russia?\n\nCustoms data show 2,000 engines went to Russia in 2023.\n'),
    ).toEqual(['Russia']);
    expect(names('## Which Chinese Firms Supply Drone Engines?\n\nNone, the Minister for Trade said on Monday in Moscow.\n')).toEqual([
      'Moscow',
    ]);
  });

  it('still drafts what the answer names, and keeps every offset', () => {
    const text = 'Who have you targeted?\n\nThe package lists Xiamen Limbach Aircraft Engine Co. and two Chinese firms.\n';
    expect(names(text)).toEqual(['Xiamen Limbach Aircraft Engine Co.', 'Chinese firms']);
    expect(withoutQuestionHeadings(text).length).toBe(text.length);
  });

  it('leaves a speaker’s question and a question inside prose alone', () => {
    const asked = 'QUESTION: Is China supplying Russia with drones made by Hikvision?\n';
    expect(withoutQuestionHeadings(asked)).toBe(asked);
    const prose = 'Why does it matter? Because Garpiya drones use Chinese engines, officials said.\n';
    expect(withoutQuestionHeadings(prose)).toBe(prose);
  });
});
