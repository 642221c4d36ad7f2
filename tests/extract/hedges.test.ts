import { describe, expect, it } from 'vitest';
import { readLeftHedge, readRightHedge } from '../../pipeline/extract/hedges.js';

/** The hedge of the number at the end of `before` (the number itself is not needed). */
const left = (before: string) => readLeftHedge(before, before.length, 0);

describe('readLeftHedge', () => {
  it.each([
    ['about ', 'approximately'],
    ['approximately ', 'approximately'],
    ['around ', 'approximately'],
    ['roughly ', 'approximately'],
    ['some ', 'approximately'],
    ['an estimated ', 'approximately'],
    ['approx. ', 'approximately'],
    ['~', 'approximately'],
    ['nearly ', 'at_most'],
    ['almost ', 'at_most'],
    ['just under ', 'at_most'],
    ['close to ', 'at_most'],
    ['over ', 'more_than'],
    ['more than ', 'more_than'],
    ['above ', 'more_than'],
    ['in excess of ', 'more_than'],
    ['exceeding ', 'more_than'],
    ['at least ', 'at_least'],
    ['no fewer than ', 'at_least'],
    ['under ', 'less_than'],
    ['less than ', 'less_than'],
    ['below ', 'less_than'],
    ['fewer than ', 'less_than'],
    ['up to ', 'up_to'],
    ['as much as ', 'up_to'],
    ['as many as ', 'up_to'],
    ['no more than ', 'up_to'],
  ])('"%s"', (before, hedge) => {
    expect(left(`It was ${before}`)).toEqual({ hedge, start: 7 });
  });
  it('keeps the longest phrase', () => {
    expect(left('It was just under ')!.start).toBe(7);
    expect(left('It was no more than ')).toEqual({ hedge: 'up_to', start: 7 });
  });
  it('needs the hedge to touch the number', () => {
    expect(left('over the past ')).toBeNull();
    expect(left('about the ')).toBeNull();
  });
  it('does not read "about" after a verb of speech as a hedge', () => expect(left('They talked about ')).toBeNull());
  it('does not reach before the floor', () => expect(readLeftHedge('more than 5', 10, 5)).toBeNull());
  it('reads a phrase word in capitals, and no word longer than every phrase word or only like one in length and first letter', () => {
    expect(left('It was NEARLY ')).toEqual({ hedge: 'at_most', start: 7 });
    expect(left('It was approximatelyish ')).toBeNull();
    expect(left('It was oven ')).toBeNull();
    expect(left('It was tips ')).toBeNull();
  });
  it('ignores a hedge word inside a longer word', () => expect(left('moreover ')).toBeNull());
  it('reads a negated "exceed" as an upper bound, also with n\'t', () => {
    expect(left('it did not exceed ')).toEqual({ hedge: 'up_to', start: 7 });
    expect(left("it didn't exceed ")).toEqual({ hedge: 'up_to', start: 3 });
  });
  it('reads signs of comparison', () => {
    expect(left('time ≥')).toEqual({ hedge: 'at_least', start: 5 });
    expect(left('growth <')).toEqual({ hedge: 'less_than', start: 7 });
    expect(left('x>')).toBeNull();
  });
  it('does not read "more than" after a figure of change as a bound', () => {
    const s = 'was 40.7% more than ';
    expect(readLeftHedge(s, s.length, 9)).toBeNull();
    expect(readLeftHedge('in 2023 more than ', 18, 7)).toEqual({ hedge: 'more_than', start: 8 });
  });
});

describe('readRightHedge', () => {
  it.each([
    [' or so', 'approximately'],
    [' or more', 'at_least'],
    [' or fewer', 'up_to'],
    [' or less', 'up_to'],
    ['+', 'at_least'],
    ['-plus', 'at_least'],
    ['-odd', 'approximately'],
  ])('"%s"', (s, hedge) => expect(readRightHedge(s, 0)).toEqual({ hedge, end: s.length }));
  it('is null for " or two"', () => expect(readRightHedge(' or two', 0)).toBeNull());
});
