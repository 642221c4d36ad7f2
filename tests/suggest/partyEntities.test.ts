/**
 * A claim names its parties by entity id: every party of a drafted claim gets a drafted entity,
 * so an accepted claim does not fail the build's foreign key with nothing left to finish.
 */
import { describe, expect, it } from 'vitest';
import type { Reading } from '../../pipeline/read/index.js';
import type { SuggestContext } from '../../pipeline/suggest/context.js';
import { draftAnnotation } from '../../pipeline/suggest/draft.js';
import { TEXT, claimDraft } from '../review/helpers.js';
import { countriesContext } from './helpers.js';

const ctx: SuggestContext = {
  ...countriesContext(),
  known: [
    { source: 'other-source', entity: { id: 'russia', name: 'Russia', type: 'country', country: 'RUS', role: 'recipient', aliases: [] } },
  ],
};
const ids = (items: { fields: { key: string; value: unknown }[] }[]) => items.map((i) => i.fields.find((f) => f.key === 'id')?.value);

describe('entities for the parties of drafted claims', () => {
  it('drafts an entity, every field a TODO, for a claimant no name rule found ("two officials")', () => {
    const text = TEXT.replace('U.S. officials said', 'two officials said');
    const claim = claimDraft({
      claimant: 'two officials',
      quote: 'Chinese companies are likely supplying drone engines to Russia, two officials said',
    });
    const draft = draftAnnotation('test-source', text, [], ctx, { observations: [], claims: [claim], ignored: [] } as unknown as Reading);
    const party = draft.entities.find((e) => ids([e])[0] === 'two-officials');
    expect(party).toBeDefined();
    expect(party!.fields.find((f) => f.key === 'name')?.value).toBe('two officials');
    expect(party!.fields.find((f) => f.key === 'type')?.value).toBe('TODO');
  });

  it('adds none for a party an entity already is, drafted here or known from another source', () => {
    const draft = draftAnnotation('test-source', TEXT, [], ctx, {
      observations: [],
      claims: [claimDraft()],
      ignored: [],
    } as unknown as Reading);
    const all = ids(draft.entities);
    expect(all.filter((id) => id === 'chinese-companies')).toHaveLength(1);
    expect(all.filter((id) => id === 'russia')).toHaveLength(1);
  });
});
