import { describe, expect, it } from 'vitest';
import { fixturePackage, NEWS } from '../fixtures/package.js';
import { dom, fixtureSite } from '../helpers.js';

const d = dom(fixtureSite().get(`site/sources/${NEWS}.html`)!);

describe('source page', () => {
  it('shows the source’s provenance', () => {
    const facts = Object.fromEntries(
      [...d.querySelectorAll('dl.facts dt')].map((dt) => [dt.textContent, dt.nextElementSibling!.textContent]),
    );
    expect(facts.publisher).toBe('not stated');
    expect(facts.published_inferred).toBe('2024-04-12');
    expect(facts.public_domain).toBe('no');
    expect(facts.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('highlights every curated figure in its sentence and links it to its observation row', () => {
    const curated = fixturePackage().tables.observations.filter((o) => o.source_id === NEWS && o.method === 'curated');
    for (const o of curated) {
      const mark = d.querySelector(`mark[data-observation="${o.observation_id}"]`)!;
      expect(mark.textContent, o.observation_id).toBe(o.quote);
      expect(mark.querySelector('a')!.getAttribute('href')).toBe(`../tables/observations.html#${o.observation_id}`);
      expect(mark.closest('blockquote')!.textContent).toContain(o.quote!);
    }
  });

  it('shows two figures of one sentence in one passage', () => {
    const passage = d.querySelector('mark[data-observation="ru-machine-tools-share-cn-2023q4"]')!.closest('.passage')!;
    expect(passage.querySelector('mark[data-observation="ru-machine-tools-imports-wld-2023q4"]')).not.toBeNull();
  });

  it('links the entities named in the sentences to their rows', () => {
    expect(d.querySelector('blockquote a.entity[href="../tables/entities.html#free-russia-foundation"]')!.textContent).toBe(
      'Free Russia Foundation',
    );
    // "Russia" inside "Free Russia Foundation" is not a second link.
    expect(
      [...d.querySelectorAll('blockquote a.entity')].some(
        (a) => a.textContent === 'Russia' && a.parentElement!.textContent === 'Free Russia Foundation',
      ),
    ).toBe(false);
  });

  it('highlights claims and links them to the claims table, with certainty and claimant', () => {
    const mark = d.querySelector('mark.claim[data-claim~="cn-nitrocellulose-likely"]')!;
    expect(mark.textContent).toContain('likely providing Russia with the nitrocellulose');
    expect(d.querySelector('a.claim-link[href="../tables/claims.html#cn-nitrocellulose-likely"]')).not.toBeNull();
    expect(mark.closest('.passage')!.querySelector('.badge.certainty-likely')!.textContent).toBe('likely');
  });

  it('lists the figures derived from the source with their formula linked to the inputs', () => {
    const derived = d.getElementById('ru-machine-tools-imports-cn-2023q4')!;
    expect([...derived.querySelectorAll('code a')].map((a) => a.getAttribute('href'))).toEqual([
      '../tables/observations.html#ru-machine-tools-share-cn-2023q4',
      '../tables/observations.html#ru-machine-tools-imports-wld-2023q4',
    ]);
  });
});

describe('source page history', () => {
  it('says since which version each figure and claim is in the dataset, and whether it changed since', () => {
    const derived = d.getElementById('ru-machine-tools-imports-cn-2023q4')!;
    expect(derived.querySelector('.history')!.textContent).toBe('In the dataset since version 1.0.0, unchanged since.');
    const changed = d.getElementById('ru-semiconductors-growth-cn-2022')!;
    expect(changed.querySelector('.history')!.textContent).toBe('In the dataset since version 1.0.0; last changed in version 1.1.0.');
    const claim = d.querySelector('mark.claim[data-claim~="cn-nitrocellulose-likely"]')!.closest('.passage')!;
    expect(claim.querySelector('.history')!.textContent).toBe('In the dataset since version 1.0.0, unchanged since.');
  });
});

describe('source page corroboration', () => {
  it('says which statements of other sources agree with a figure, linked to their rows', () => {
    const note = d
      .querySelector('mark[data-observation="ru-microelectronics-share-cn-2023"]')!
      .closest('.passage')!
      .querySelector('.corroboration.agree')!;
    expect(note.textContent).toContain(
      'Agrees with cn-microelectronics-nearly-all in Statement on bearings & <script>alert(1)</script> suppliers.',
    );
    expect(note.querySelector('a')!.getAttribute('href')).toBe('../tables/claims.html#cn-microelectronics-nearly-all');
  });
});
