import { describe, expect, it } from 'vitest';
import { keyFigureCard, keyFigureCards, MAX_CARDS } from '../../pipeline/site/cards.js';
import { siteContext } from '../../pipeline/site/context.js';
import { linker, paths } from '../../pipeline/site/links.js';
import { dom, fixtureContext, fixtureSitePackage } from './helpers.js';

const at = linker(paths.index);

describe('keyFigureCard', () => {
  it('states the hedged figure, its interval, the statement and who says so, generated from the row', () => {
    const ctx = fixtureContext();
    const card = dom(keyFigureCard(ctx.observation('ru-machine-tools-share-cn-2023q4')!, ctx, at).value).querySelector('li')!;
    expect(card.querySelector('.figure')!.textContent).toBe('nearly 70% 65–70%');
    expect(card.querySelector('.statement')!.textContent).toBe(
      'nearly 70% (65–70%) of Russia’s imports of machine tools came from China, 2023-Q4',
    );
    expect(card.querySelector('.attribution')!.textContent).toBe('— two senior Biden administration officials (U.S. assessment)');
  });
  it('follows a corrected row: a changed value changes the card', () => {
    const pkg = fixtureSitePackage();
    Object.assign(
      pkg.tables.observations.find((o) => o.observation_id === 'ru-machine-tools-share-cn-2023q4')!,
      { value: 60, value_low: 55, value_high: 60 },
    );
    const ctx = siteContext(pkg, pkg);
    const card = dom(keyFigureCard(ctx.observation('ru-machine-tools-share-cn-2023q4')!, ctx, at).value);
    expect(card.querySelector('.statement')!.textContent).toMatch(/^nearly 60% \(55–60%\)/);
  });
  it('marks a derived figure and links to how it is derived', () => {
    const ctx = fixtureContext();
    const card = dom(keyFigureCard(ctx.observation('ru-machine-tools-imports-cn-2023q4')!, ctx, at).value).querySelector('li')!;
    expect(card.classList.contains('derived')).toBe(true);
    expect(card.querySelector('.links a')!.textContent).toBe('how it is derived');
  });
});

describe('keyFigureCards', () => {
  it('shows at most MAX_CARDS and points to the table for the rest', () => {
    const pkg = fixtureSitePackage();
    const base = pkg.tables.observations[1]!;
    for (let i = 0; i < MAX_CARDS; i++) pkg.tables.observations.push({ ...base, observation_id: `extra-${i}` });
    const d = dom(`<div>${keyFigureCards(siteContext(pkg, pkg), at).value}</div>`);
    expect(d.querySelectorAll('.card')).toHaveLength(MAX_CARDS);
    expect(d.querySelector('div > p')!.textContent).toBe(
      `${pkg.tables.observations.length - MAX_CARDS} more figures in the observations table.`,
    );
  });
});
