import { defineConfig } from 'vitest/config';

/**
 * Two projects. `quick` is what a developer runs while working (`npm run test:quick`); `slow`
 * holds the suites that drive a browser, kill processes, fuzz, rebuild copies of the
 * repository or run the CLI many times (`npm run test:slow`). `npm test` and CI run both.
 */
export const SLOW = [
  'tests/site/browser.test.ts',
  'tests/errors/kill.test.ts',
  'tests/errors/fuzz.test.ts',
  'tests/errors/cli.test.ts',
  'tests/release/reproducibility.test.ts',
  'tests/release/commands/*.test.ts',
  'tests/corpus/cli.test.ts',
];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds and browser tests share two cores; more forks only thrash.
    maxWorkers: 2,
    // The CLI the child-process tests run, compiled if a source changed.
    globalSetup: ['tests/setup/compile.ts'],
    projects: [
      { extends: true, test: { name: 'quick', include: ['tests/**/*.test.ts'], exclude: SLOW } },
      { extends: true, test: { name: 'slow', include: SLOW } },
    ],
  },
});
