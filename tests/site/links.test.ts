import { describe, expect, it } from 'vitest';
import { linker, paths } from '../../pipeline/site/links.js';

describe('linker', () => {
  it('makes relative links from the index', () => {
    const at = linker(paths.index);
    expect(at.table('observations', 'ru-x')).toBe('tables/observations.html#ru-x');
    expect(at.source('news-1')).toBe('sources/news-1.html');
    expect(at.to('data/observations.csv')).toBe('../data/observations.csv');
    expect(at.index('cite')).toBe('index.html#cite');
    expect(at.style()).toBe('style.css');
  });
  it('makes relative links from a page one folder down', () => {
    const at = linker(paths.table('claims'));
    expect(at.table('entities', 'china')).toBe('entities.html#china');
    expect(at.source('news-1', 'ru-x')).toBe('../sources/news-1.html#ru-x');
    expect(at.to('datapackage.json')).toBe('../../datapackage.json');
    expect(at.index()).toBe('../index.html');
    expect(at.table('claims')).toBe('claims.html');
  });
  it('never makes an absolute path', () => {
    for (const page of [paths.index, paths.methodology, paths.table('x'), paths.source('y')]) {
      const at = linker(page);
      for (const href of [
        at.index(),
        at.table('t', 'r'),
        at.source('s'),
        at.methodology(),
        at.changelog(),
        at.style(),
        at.to('data/a.csv'),
      ]) {
        expect(href).not.toMatch(/^\/|^[a-z]+:/);
      }
    }
  });
});
