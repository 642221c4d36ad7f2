/** Every command's --help reads as text for a person: no defaults printed as code values such as [] or ".". */
import { describe, expect, it } from 'vitest';
import { CLI, repoRoot, runCli } from '../fixtures/cli.js';

const COMMANDS = ['build', 'validate', 'extract', 'merge-shards', 'suggest', 'read', 'review', 'diff', 'zip', 'release', 'verify', 'serve'];

describe('--help of each command', () => {
  it.each(COMMANDS)('%s --help shows no empty-list default and names the --root default in words', (command) => {
    const r = runCli(repoRoot, CLI, [command, '--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`Usage: figures ${command}`);
    expect(r.stdout).not.toContain('(default: [])');
    expect(r.stdout).not.toContain('(default: ".")');
  });

  it('review --help lists --accept, --reject and --again without a default', () => {
    const out = runCli(repoRoot, CLI, ['review', '--help']).stdout.replace(/\s+/g, ' ');
    expect(out).toContain('--accept <n> accept draft N as proposed (repeatable, or 1,2,3) --reject');
    expect(out).toContain('--root <dir> project folder holding raw/ (default: the current folder)');
  });
});
