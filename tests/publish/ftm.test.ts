/**
 * The FollowTheMoney export against the official model (@alephdata/followthemoney, pinned):
 * every schema and property exists, every value has its property's type, every reference points
 * at an emitted entity of the property's range, every required property is there, and the file
 * loads into a fresh Model. Run on this repository's data and on the second-source fixture.
 */
import { Model, defaultModel, type Schema } from '@alephdata/followthemoney';
import { describe, expect, it } from 'vitest';
import { build, check } from '../../pipeline/build.js';
import { diskFS } from '../../pipeline/core/fs.js';
import type { Tables } from '../../pipeline/model/index.js';
import { FTM_PATH, toFtm } from '../../pipeline/publish/ftm/index.js';
import { claimLinkId, entityId, sourceId } from '../../pipeline/publish/ftm/ids.js';
import { secondSource } from '../fixtures/rawTree.js';

interface Line {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

const parse = (bytes: Uint8Array): Line[] =>
  new TextDecoder()
    .decode(bytes)
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => JSON.parse(l) as Line);

const DATE = /^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?)?)?)?$/;

/** Every problem of the export against a fresh model, as readable strings (none expected). */
function problems(lines: Line[]): string[] {
  const model = new Model(defaultModel);
  const out: string[] = [];
  const byId = new Map(lines.map((l) => [l.id, l]));
  if (byId.size !== lines.length) out.push('duplicate ids');
  const valueOk: Record<string, (v: string) => boolean> = {
    name: (v) => v.trim() !== '',
    string: (v) => v.trim() !== '',
    text: (v) => v.trim() !== '',
    identifier: (v) => v.trim() !== '',
    date: (v) => DATE.test(v),
    url: (v) => /^https?:\/\//.test(v) && URL.canParse(v),
    mimetype: (v) => /^[a-z]+\/[a-z0-9.+-]+$/.test(v),
    country: (v) => model.types.country!.values.has(v),
    entity: (v) => byId.has(v),
  };
  for (const line of lines) {
    if (Object.keys(line).join() !== 'id,schema,properties') out.push(`${line.id}: keys ${Object.keys(line).join()}`);
    if (line.id.length > model.types.entity!.maxLength) out.push(`${line.id}: id longer than ${model.types.entity!.maxLength}`);
    const schema = model.schemata[line.schema];
    if (!schema) {
      out.push(`${line.id}: unknown schema ${line.schema}`);
      continue;
    }
    if (schema.abstract) out.push(`${line.id}: abstract schema ${line.schema}`);
    const required = new Set([schema, ...schema.getParents()].flatMap((s: Schema) => s.required));
    for (const r of required) if (!line.properties[r]?.length) out.push(`${line.id}: required ${line.schema}.${r} missing`);
    for (const [name, values] of Object.entries(line.properties)) {
      if (!schema.hasProperty(name)) {
        out.push(`${line.id}: ${line.schema} has no property ${name}`);
        continue;
      }
      const prop = schema.getProperty(name);
      const ok = valueOk[prop.type.name];
      if (!ok) out.push(`${line.id}: no check for type ${prop.type.name} (${name})`);
      if (values.length === 0) out.push(`${line.id}: ${name} is empty`);
      for (const v of values) {
        if (typeof v !== 'string') out.push(`${line.id}: ${name} value ${JSON.stringify(v)} is not a string`);
        else if (ok && !ok(v)) out.push(`${line.id}: ${name} value ${JSON.stringify(v)} is not a valid ${prop.type.name}`);
        else if (v.length > prop.type.maxLength) out.push(`${line.id}: ${name} value longer than ${prop.type.maxLength}`);
        if (prop.type.name === 'entity' && byId.has(v) && !model.getSchema(byId.get(v)!.schema).isA(prop.getRange()))
          out.push(`${line.id}: ${name} points at a ${byId.get(v)!.schema}, not a ${prop.getRange().name}`);
      }
    }
    // Loading through the model (which throws on an unknown property) keeps every property.
    try {
      const kept = Object.keys(model.getEntity(line as never).toJSON().properties ?? {}).sort();
      if (kept.join() !== Object.keys(line.properties).sort().join()) out.push(`${line.id}: the model kept ${kept.join()}`);
    } catch (e) {
      out.push(`${line.id}: the model refuses it: ${(e as Error).message}`);
    }
  }
  return out;
}

function claimsCovered(tables: Tables, lines: Line[]): string[] {
  const byId = new Map(lines.map((l) => [l.id, l]));
  return tables.claims.flatMap((c) =>
    c.supplier.flatMap((s) => {
      const link = byId.get(claimLinkId(c.claim_id, s));
      const expected = {
        schema: 'UnknownLink',
        subject: [entityId(s)],
        object: [entityId(c.recipient)],
        recordId: [c.claim_id],
        summary: [c.quote],
        status: [c.certainty],
      };
      const got = link && {
        schema: link.schema,
        subject: link.properties.subject,
        object: link.properties.object,
        recordId: link.properties.recordId,
        summary: link.properties.summary,
        status: link.properties.status,
      };
      return JSON.stringify(got) === JSON.stringify(expected) ? [] : [`${c.claim_id} / ${s}: ${JSON.stringify(got)}`];
    }),
  );
}

const repo = check(diskFS('.')).tables;
const repoLines = parse(toFtm(repo));
const fixtureTree = build(secondSource());
const fixture = check(secondSource()).tables;
const fixtureLines = parse(fixtureTree.get(FTM_PATH)!);

describe.each([
  ['this repository', repo, repoLines],
  ['the second-source fixture', fixture, fixtureLines],
] as const)('the FtM export of %s', (_, tables, lines) => {
  it('is valid against the official model: schemas, properties, value types, references, required properties', () => {
    expect(lines.length).toBeGreaterThan(0);
    expect(problems(lines)).toEqual([]);
  });

  it('has every claim, once per supplier, as an UnknownLink from supplier to recipient with its quote and certainty', () => {
    expect(tables.claims.length).toBeGreaterThan(0);
    expect(claimsCovered(tables, lines)).toEqual([]);
    const links = lines.filter((l) => l.schema === 'UnknownLink');
    expect(links.length).toBe(tables.claims.reduce((n, c) => n + c.supplier.length, 0));
    for (const l of links) expect(l.properties.description?.[0]).toMatch(/^Certainty: (asserted|likely|determined|denied) \(/);
  });

  it('names in each claim link the source document the claim is read from, an emitted Document or Article', () => {
    const documents = new Map(lines.filter((l) => l.schema === 'Document' || l.schema === 'Article').map((l) => [l.id, l]));
    const sources = new Map(tables.sources.map((s) => [s.source_id, s]));
    const wrong = tables.claims.flatMap((c) =>
      c.supplier.flatMap((s) => {
        const link = lines.find((l) => l.id === claimLinkId(c.claim_id, s))!;
        const document = documents.get(sourceId(c.source_id));
        const words = `Source document: ${sources.get(c.source_id)!.title} (${sourceId(c.source_id)}).`;
        return document && link.properties.description![0]!.includes(words) ? [] : [`${c.claim_id} / ${s}`];
      }),
    );
    expect(wrong).toEqual([]);
  });

  it('has every entity and every source, with the SHA-256 of each text in a note', () => {
    const ids = new Set(lines.map((l) => l.id));
    expect(tables.entities.filter((e) => !ids.has(entityId(e.entity_id))).map((e) => e.entity_id)).toEqual([]);
    for (const s of tables.sources) {
      const doc = lines.find((l) => l.id === sourceId(s.source_id))!;
      expect(['Document', 'Article']).toContain(doc.schema);
      expect(doc.properties.notes!.some((n) => n.includes(s.sha256))).toBe(true);
    }
  });

  it('links each document to every entity it names', () => {
    const links = new Set(
      lines.filter((l) => l.schema === 'Documentation').map((l) => `${l.properties.document![0]} ${l.properties.entity![0]}`),
    );
    const missing = (tables.entity_mentions as { source_id: string; entity_id: string }[])
      .map((m) => `${sourceId(m.source_id)} ${entityId(m.entity_id)}`)
      .filter((pair) => !links.has(pair));
    expect(missing).toEqual([]);
  });
});

describe('the model check itself', () => {
  it('finds an unknown schema, an unknown property, a bad country, a bad date and a dangling reference', () => {
    const bad: Line[] = [
      { id: 'a', schema: 'Company', properties: { name: ['A'], country: ['chn'], colour: ['red'] } },
      { id: 'b', schema: 'Country', properties: { name: ['B'] } },
      { id: 'c', schema: 'UnknownLink', properties: { subject: ['a'], object: ['nowhere'], date: ['12 April 2024'] } },
    ];
    expect(problems(bad)).toEqual(
      expect.arrayContaining([
        'a: country value "chn" is not a valid country',
        'a: Company has no property colour',
        'b: unknown schema Country',
        'c: object value "nowhere" is not a valid entity',
        'c: date value "12 April 2024" is not a valid date',
      ]),
    );
  });
});

describe('the FtM export', () => {
  it('maps countries to ISO 3166-1 alpha-2 and the state to a PublicBody with its jurisdiction', () => {
    const china = repoLines.find((l) => l.id === entityId('china'))!;
    expect(china.schema).toBe('PublicBody');
    expect(china.properties).toMatchObject({ country: ['cn'], jurisdiction: ['cn'] });
    expect(repoLines.find((l) => l.id === entityId('hikvision'))).toMatchObject({ schema: 'Company', properties: { country: ['cn'] } });
  });

  it('leaves out a country code without an alpha-2 (the fixture invents QFR and QSY)', () => {
    const freedonia = fixtureLines.find((l) => l.id === entityId('freedonia'))!;
    expect(freedonia.properties).not.toHaveProperty('country');
  });

  it('takes its ids from ours, not from row order: reordered tables give the same entities', () => {
    const reversed = Object.fromEntries(
      Object.entries(repo).map(([k, rows]) => [k, [...(rows as object[])].reverse()]),
    ) as unknown as Tables;
    const sorted = (ls: Line[]) => ls.map((l) => JSON.stringify(l)).sort();
    expect(sorted(parse(toFtm(reversed)))).toEqual(sorted(repoLines));
  });

  it("is in the package: listed in datapackage.json with its size and hash, and among the site's downloads", () => {
    const descriptor = JSON.parse(new TextDecoder().decode(fixtureTree.get('datapackage.json')));
    const bytes = fixtureTree.get(FTM_PATH)!;
    expect(descriptor.resources.find((r: { path: string }) => r.path === FTM_PATH)).toMatchObject({
      name: 'entities-ftm',
      bytes: bytes.length,
    });
    expect(new TextDecoder().decode(fixtureTree.get('site/index.html'))).toContain(`href="../${FTM_PATH}"`);
  });

  it("keeps ids within FtM's 200 characters: a longer one becomes the namespace and a hash of it, the same every time", () => {
    const long = 'x'.repeat(190);
    expect(entityId('hikvision')).toBe('cn-ru-dual-use-entity-hikvision');
    expect(entityId(long)).toMatch(/^cn-ru-dual-use-entity-[0-9a-f]{40}$/);
    expect(entityId(long)).toBe(entityId(long));
    expect(entityId(long)).not.toBe(entityId(`${long}y`));
  });

  it('is deterministic: the same tables give the same bytes', () => {
    expect(Buffer.compare(Buffer.from(toFtm(repo)), Buffer.from(toFtm(check(diskFS('.')).tables)))).toBe(0);
  });
});
