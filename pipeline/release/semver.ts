/** Semantic versions of the data package (MAJOR.MINOR.PATCH, no pre-release tags). */

export type Bump = 'major' | 'minor' | 'patch' | 'none';

const ORDER: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function parseVersion(v: string): [number, number, number] | undefined {
  const m = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.exec(v);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
}

export function bumpVersion(v: string, bump: Exclude<Bump, 'none'>): string {
  const p = parseVersion(v);
  if (!p) throw new Error(`not a semantic version: ${v}`);
  const [major, minor, patch] = p;
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** Negative if a < b, 0 if equal, positive if a > b. */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a)!;
  const pb = parseVersion(b)!;
  return pa[0] - pb[0] || pa[1] - pb[1] || pa[2] - pb[2];
}

export function maxBump(...bumps: Bump[]): Bump {
  return bumps.reduce<Bump>((a, b) => (ORDER[b] > ORDER[a] ? b : a), 'none');
}

export function bumpAtLeast(bump: Bump, needed: Bump): boolean {
  return ORDER[bump] >= ORDER[needed];
}
