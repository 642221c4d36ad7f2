/**
 * The CHANGELOG records, for each release, the commit that made it and the SHA-256 of its zip.
 * Neither is known while the release is made (the commit holds the changelog, the zip holds the
 * site that shows it), so a release records them for the releases before it, and
 * `release --record` does it for the newest one once it is committed.
 */

export interface ReleaseRecord {
  commit: string;
  zipName: string;
  sha256: string;
}

const RECORD_LINE = /^Release commit `/;

/** The line a changelog entry carries once its release is recorded. */
export function recordLine(version: string, r: ReleaseRecord): string {
  return `Release commit \`${r.commit}\`; zip \`${r.zipName}\`, SHA-256 \`${r.sha256}\` (\`npm run figures -- zip ${version}\` makes it again).`;
}

/** The zip SHA-256 the changelog records for `version`, if its entry is recorded. */
export function recordedSha256(changelog: string, version: string): string | undefined {
  const section = changelog.split(/^(?=## )/m).find((s) => s.startsWith(`## ${version} `));
  return section
    ?.split('\n')
    .find((l) => RECORD_LINE.test(l))
    ?.match(/SHA-256 `([0-9a-f]{64})`/)?.[1];
}

/** Versions whose changelog entry has no record line yet, newest first. */
export function unrecordedVersions(changelog: string): string[] {
  const out: string[] = [];
  const sections = changelog.split(/^(?=## )/m).slice(1);
  for (const s of sections) {
    const version = /^## (\S+)/.exec(s)?.[1];
    if (version && !s.split('\n').some((l) => RECORD_LINE.test(l))) out.push(version);
  }
  return out;
}

/**
 * The changelog with every unrecorded release recorded that `record` knows (never `except`, the
 * release being made), and the versions it recorded.
 */
export function recordReleases(
  changelog: string,
  record: (version: string) => ReleaseRecord | undefined,
  except?: string,
): { text: string; recorded: Array<[string, ReleaseRecord]> } {
  let text = changelog;
  const recorded: Array<[string, ReleaseRecord]> = [];
  for (const v of unrecordedVersions(changelog)) {
    const r = v === except ? undefined : record(v);
    if (!r) continue;
    text = addRecord(text, v, r);
    recorded.push([v, r]);
  }
  return { text, recorded };
}

/** The changelog with a record line under the heading of `version` (unchanged if it has one). */
export function addRecord(changelog: string, version: string, r: ReleaseRecord): string {
  if (!unrecordedVersions(changelog).includes(version)) return changelog;
  const heading = new RegExp(`^## ${version.replace(/[.]/g, '\\.')} [^\\n]*\\n\\n`, 'm');
  return changelog.replace(heading, (h) => `${h}${recordLine(version, r)}\n\n`);
}
