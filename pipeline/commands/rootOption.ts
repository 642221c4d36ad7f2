import { Option } from 'commander';

/** `--root DIR` of the commands that read raw/: the help names the default in words, not as ".". */
export const rootOption = (): Option => new Option('--root <dir>', 'project folder holding raw/').default('.', 'the current folder');
