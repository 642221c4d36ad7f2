import { describe, expect, it } from 'vitest';
import { tableRelations } from '../../pipeline/site/relations.js';
import { fixtureContext } from './helpers.js';

describe('tableRelations', () => {
  it('takes keys from the tables manifest', () => {
    const { relations } = fixtureContext();
    expect(relations.get('observations')!.primaryKey).toBe('observation_id');
    expect(relations.get('observations')!.foreignKeys.get('product')).toBe('goods');
    expect(relations.get('observations')!.foreignKeys.get('partner')).toBe('countries');
    expect(relations.get('claims')!.foreignKeys.get('supplier')).toBe('entities');
    expect(relations.get('countries')!.primaryKey).toBe('country_code');
  });
  it('without declarations, reads the first column as key and key names and arrows as references', () => {
    const schemas = {
      t: { properties: { t_id: {}, u_id: {}, thing: { description: 'A thing (→ v).' }, other: {} } },
      u: { properties: { u_id: {} } },
      v: { properties: { v_id: {} } },
    };
    const rel = tableRelations(['t', 'u', 'v'], schemas);
    expect(rel.get('t')!.primaryKey).toBe('t_id');
    expect([...rel.get('t')!.foreignKeys]).toEqual([
      ['u_id', 'u'],
      ['thing', 'v'],
    ]);
  });
});
