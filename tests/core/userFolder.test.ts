/**
 * Paths in messages are the ones the user can open from the folder they typed the command in:
 * `npm run figures` runs the CLI in the repository's root and keeps that folder in INIT_CWD.
 */
import { describe, expect, it } from 'vitest';
import { messages } from '../../pipeline/core/messages.js';
import { npmMoved, shownPath, userFolder } from '../../pipeline/core/userFolder.js';

const ROOT = '/srv/figures';
const npmFrom = (folder: string) => ({ INIT_CWD: folder, npm_package_json: `${ROOT}/package.json` });

describe('the folder the user ran the command in', () => {
  it('is the current folder when the CLI is run directly', () => {
    expect(userFolder({}, ROOT)).toBe(ROOT);
    expect(shownPath('out/rejects.jsonl', {}, ROOT)).toBe('out/rejects.jsonl');
  });

  it("is npm's INIT_CWD when npm run started the package's script in the root", () => {
    expect(userFolder(npmFrom(`${ROOT}/raw`), ROOT)).toBe(`${ROOT}/raw`);
    expect(shownPath('raw/x/rejects.jsonl', npmFrom(`${ROOT}/raw`), ROOT)).toBe('x/rejects.jsonl');
  });

  it("ignores an INIT_CWD inherited from another package's npm script", () => {
    expect(userFolder({ INIT_CWD: '/elsewhere', npm_package_json: '/other/package.json' }, ROOT)).toBe(ROOT);
  });

  it('gives an absolute path for a file outside the user folder, and drops doubled slashes', () => {
    expect(shownPath('out/rejects.jsonl', npmFrom(`${ROOT}/raw`), ROOT)).toBe(`${ROOT}/out/rejects.jsonl`);
    expect(shownPath('out//rejects.jsonl', {}, ROOT)).toBe('out/rejects.jsonl');
  });
});

describe('a file not found after npm moved the command', () => {
  it('says the path was read from the root, naming both folders', () => {
    const moved = npmMoved(npmFrom(`${ROOT}/raw`), ROOT);
    expect(moved).toEqual({ from: `${ROOT}/raw`, to: ROOT });
    expect(messages.fileNotFound('sources/a.txt', moved).hint).toContain(`starts the command in the repository's root (${ROOT})`);
    expect(npmMoved({}, ROOT)).toBeUndefined();
    expect(messages.fileNotFound('a.txt').hint).toBe('Check the path; it is read relative to the current folder.');
  });
});
