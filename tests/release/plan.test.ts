import { describe, expect, it } from 'vitest';
import { memoryFS, readText, type FileTree } from '../../pipeline/core/fs.js';
import { FiguresError } from '../../pipeline/core/errors.js';
import { planRelease, type ReleaseRequest } from '../../pipeline/release/plan.js';
import { MAX_LISTED_ROWS } from '../../pipeline/release/changelog.js';
import { packageFromTree } from '../../pipeline/release/diff/load.js';
import { datasetYaml, fakeBuild, packageJson } from './fakeBuild.js';

const text = (t: FileTree, p: string) => new TextDecoder().decode(t.get(p));
const obs = 'observation_id,value\nru-a,90\nru-b,70\n';

function repo(version: string, released: string, observations = obs, extra: Record<string, string> = {}) {
  return memoryFS({
    'raw/dataset.yaml': datasetYaml(version, released),
    'raw/tables/observations.csv': observations,
    'package.json': packageJson(version),
    ...extra,
  });
}

const previousOf = (fs: ReturnType<typeof repo>) => packageFromTree('HEAD:dist/', fakeBuild(fs));

async function codeOf(req: ReleaseRequest): Promise<string | undefined> {
  try {
    await planRelease(req);
  } catch (e) {
    return e instanceof FiguresError ? `${e.problems[0]!.code} exit ${e.exitCode}` : String(e);
  }
  return undefined;
}

describe('planRelease', () => {
  it('makes the first release 1.0.0 with a changelog that lists the tables', async () => {
    const plan = await planRelease({ fs: repo('0.1.0', '2024-06-01'), bump: 'auto', date: '2026-11-28', build: fakeBuild });
    expect(plan.version).toBe('1.0.0');
    expect(plan.zipPath).toBe('release/fixture-figures-1.0.0.zip');
    expect(plan.changelogEntry).toBe('## 1.0.0 — 2026-11-28\n\nFirst release. Tables and rows:\n\n- `observations`: 2 rows\n');
    expect(text(plan.files, 'CHANGELOG.md')).toMatch(/^# Changelog\n[\s\S]*\n## 1\.0\.0 — 2026-11-28\n/);
  });

  it('sets version and date in dataset.yaml keeping its comments, and syncs package.json', async () => {
    const plan = await planRelease({ fs: repo('0.1.0', '2024-06-01'), bump: 'auto', date: '2026-11-28', build: fakeBuild });
    expect(text(plan.files, 'raw/dataset.yaml')).toBe(datasetYaml('1.0.0', '2026-11-28'));
    expect(JSON.parse(text(plan.files, 'package.json')).version).toBe('1.0.0');
  });

  it("writes the root CITATION.cff as a copy of the new package's", async () => {
    const plan = await planRelease({ fs: repo('0.1.0', '2024-06-01'), bump: 'auto', date: '2026-11-28', build: fakeBuild });
    expect(text(plan.files, 'CITATION.cff')).toBe(new TextDecoder().decode(plan.dist.get('CITATION.cff')));
    expect(text(plan.files, 'CITATION.cff')).toMatch(/^version: 1\.0\.0$/m);
  });

  it('rebuilds from the repository as it will be: new version, date and changelog in dist/', async () => {
    const plan = await planRelease({ fs: repo('0.1.0', '2024-06-01'), bump: 'auto', date: '2026-11-28', build: fakeBuild });
    expect(JSON.parse(text(plan.dist, 'datapackage.json')).version).toBe('1.0.0');
    expect(text(plan.dist, 'CITATION.cff')).toContain('date-released: "2026-11-28"');
    expect(text(plan.dist, 'site/changelog.html')).toContain('## 1.0.0 — 2026-11-28');
  });

  it('makes the same zip, byte for byte, when planned twice', async () => {
    const a = await planRelease({ fs: repo('0.1.0', '2024-06-01'), bump: 'auto', date: '2026-11-28', build: fakeBuild });
    const b = await planRelease({ fs: repo('0.1.0', '2024-06-01'), bump: 'auto', date: '2026-11-28', build: fakeBuild });
    expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(b.sha256).toBe(a.sha256);
  });

  it('releases a corrected value as a patch and lists it with before and after', async () => {
    const previous = previousOf(repo('1.0.0', '2026-11-28'));
    const fs = repo('1.0.0', '2026-11-28', 'observation_id,value\nru-a,90\nru-b,69.5\n', {
      'CHANGELOG.md': '# Changelog\n\nIntro.\n\n## 1.0.0 — 2026-11-28\n\nFirst release.\n',
    });
    const plan = await planRelease({ fs, previous, bump: 'auto', date: '2026-12-01', build: fakeBuild });
    expect(plan.version).toBe('1.0.1');
    expect(plan.changelogEntry).toContain('| `observations` | `ru-b` | `value` | `70` | `69.5` |');
    expect(text(plan.files, 'CHANGELOG.md')).toMatch(
      /^# Changelog\n\nIntro\.\n\n## 1\.0\.1 — 2026-12-01\n[\s\S]*\n## 1\.0\.0 — 2026-11-28\n\nFirst release\.\n$/,
    );
  });

  it('lists no history column among the corrections (the candidate build still carries the old version there)', async () => {
    const previous = previousOf(repo('1.0.1', '2026-11-28', 'observation_id,value,last_changed\nru-a,90,1.0.0\nru-b,70,1.0.0\n'));
    const fs = repo('1.0.1', '2026-11-28', 'observation_id,value,last_changed\nru-a,90,1.0.0\nru-b,69.5,1.0.1\n');
    const plan = await planRelease({ fs, previous, bump: 'auto', date: '2026-12-01', build: fakeBuild });
    expect(plan.changelogEntry).toContain('| `observations` | `ru-b` | `value` | `70` | `69.5` |');
    expect(plan.changelogEntry).not.toContain('last_changed');
  });

  it('releases added rows as minor', async () => {
    const previous = previousOf(repo('1.0.0', '2026-11-28'));
    const plan = await planRelease({
      fs: repo('1.0.0', '2026-11-28', `${obs}ru-c,1\n`),
      previous,
      bump: 'auto',
      date: '2026-12-01',
      build: fakeBuild,
    });
    expect(plan.version).toBe('1.1.0');
    expect(plan.changelogEntry).toContain('- `observations`: 1 row(s): `ru-c`');
  });

  it('counts added rows past MAX_LISTED_ROWS and names the command that lists them', async () => {
    const previous = previousOf(repo('1.0.0', '2026-11-28'));
    const many = Array.from({ length: MAX_LISTED_ROWS + 1 }, (_, i) => `ru-n${i},1\n`).join('');
    const plan = await planRelease({
      fs: repo('1.0.0', '2026-11-28', `${obs}${many}`),
      previous,
      bump: 'auto',
      date: '2026-12-01',
      build: fakeBuild,
    });
    expect(plan.changelogEntry).toContain(
      `- \`observations\`: ${MAX_LISTED_ROWS + 1} row(s) (listed by \`npm run figures -- diff 1.0.0 1.1.0\`)`,
    );
    expect(plan.changelogEntry).not.toContain('`ru-n0`');
  });

  it('refuses to release when nothing changed, unless a bump is given', async () => {
    const fs = repo('1.0.0', '2026-11-28');
    expect(await codeOf({ fs, previous: previousOf(fs), bump: 'auto', build: fakeBuild })).toBe('release-nothing-changed exit 1');
    expect((await planRelease({ fs, previous: previousOf(fs), bump: 'patch', date: '2026-12-01', build: fakeBuild })).version).toBe(
      '1.0.1',
    );
  });

  it('refuses a bump smaller than the changes need', async () => {
    const fs = repo('1.0.0', '2026-11-28', 'observation_id,value\nru-a,90\n');
    expect(
      await codeOf({ fs, previous: previousOf(repo('1.0.0', '2026-11-28')), bump: 'minor', date: '2026-12-01', build: fakeBuild }),
    ).toBe('release-bump-too-small exit 2');
  });

  it('refuses a date that is no calendar date, or one before the previous release', async () => {
    const fs = repo('1.0.0', '2026-11-28', `${obs}ru-c,1\n`);
    const previous = previousOf(repo('1.0.0', '2026-11-28'));
    expect(await codeOf({ fs, previous, bump: 'auto', date: '2026-02-30', build: fakeBuild })).toBe('release-date-invalid exit 2');
    expect(await codeOf({ fs, previous, bump: 'auto', date: '2026-11-27', build: fakeBuild })).toBe('release-date-before-previous exit 2');
  });

  it('takes the date from dataset.yaml when none is given (no clock is read)', async () => {
    const plan = await planRelease({ fs: repo('0.1.0', '2025-01-02'), bump: 'auto', build: fakeBuild });
    expect(plan.date).toBe('2025-01-02');
  });

  it('never overwrites a release zip that exists', async () => {
    const fs = repo('0.1.0', '2024-06-01', obs, { 'release/fixture-figures-1.0.0.zip': 'PK' });
    expect(await codeOf({ fs, bump: 'auto', date: '2026-11-28', build: fakeBuild })).toBe('release-exists exit 1');
  });

  it('passes a build failure through without producing anything', async () => {
    const failing = () => {
      throw new FiguresError([{ code: 'schema', severity: 'error', message: 'bad row', location: {} }]);
    };
    expect(await codeOf({ fs: repo('0.1.0', '2024-06-01'), bump: 'auto', date: '2026-11-28', build: failing })).toBe('schema exit 1');
  });

  it('keeps the changelog of a repository without one readable: creates it with a heading', async () => {
    const plan = await planRelease({ fs: repo('0.1.0', '2024-06-01'), bump: 'auto', date: '2026-11-28', build: fakeBuild });
    expect(readText(memoryFS({ c: plan.files.get('CHANGELOG.md')! }), 'c')!.split('\n')[0]).toBe('# Changelog');
  });
});
