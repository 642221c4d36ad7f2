/**
 * The folder the user ran the command in, and paths as they can open them from there.
 * `npm run figures` starts the CLI in the package's root whatever folder it is typed in, and
 * keeps that folder in INIT_CWD; `node bin/figures.js` starts it where it is typed.
 */
import { dirname, isAbsolute, relative, resolve } from 'node:path';

type Env = Readonly<Record<string, string | undefined>>;

export function userFolder(env: Env = process.env, cwd: string = process.cwd()): string {
  const { INIT_CWD: init, npm_package_json: pkg } = env;
  // Only for an npm script of the package run here: a child of `npm test` elsewhere inherits INIT_CWD too.
  const byNpm = init !== undefined && init !== '' && pkg !== undefined && resolve(dirname(pkg)) === resolve(cwd);
  return byNpm ? resolve(init) : resolve(cwd);
}

/** `path` (relative to the process's folder) from the user's folder; absolute when it lies outside it. */
export function shownPath(path: string, env: Env = process.env, cwd: string = process.cwd()): string {
  const full = resolve(cwd, path);
  const rel = relative(userFolder(env, cwd), full);
  if (rel === '') return '.';
  return rel.startsWith('..') || isAbsolute(rel) ? full : rel;
}

/** The folder npm moved the command to, when it is not the user's: paths on the command line are read from there. */
export function npmMoved(env: Env = process.env, cwd: string = process.cwd()): { from: string; to: string } | undefined {
  const from = userFolder(env, cwd);
  return from === resolve(cwd) ? undefined : { from, to: resolve(cwd) };
}
