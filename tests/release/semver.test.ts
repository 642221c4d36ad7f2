import { describe, expect, it } from 'vitest';
import { bumpAtLeast, bumpVersion, compareVersions, maxBump, parseVersion } from '../../pipeline/release/semver.js';

describe('semver', () => {
  it('bumps major, minor and patch, resetting the lower parts', () => {
    expect(bumpVersion('0.1.0', 'major')).toBe('1.0.0');
    expect(bumpVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(bumpVersion('1.2.3', 'patch')).toBe('1.2.4');
  });
  it('compares numerically, not as text', () => {
    expect(compareVersions('1.10.0', '1.9.0')).toBeGreaterThan(0);
    expect(['1.10.0', '1.2.0', '1.9.9'].sort(compareVersions)).toEqual(['1.2.0', '1.9.9', '1.10.0']);
  });
  it('rejects leading zeros and pre-release tags', () => {
    expect(parseVersion('01.0.0')).toBeUndefined();
    expect(parseVersion('1.0.0-rc.1')).toBeUndefined();
  });
  it('orders bumps none < patch < minor < major', () => {
    expect(maxBump('patch', 'major', 'minor')).toBe('major');
    expect(maxBump()).toBe('none');
    expect(bumpAtLeast('minor', 'patch')).toBe(true);
    expect(bumpAtLeast('patch', 'minor')).toBe(false);
  });
});
