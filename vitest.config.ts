import { defineConfig } from 'vitest/config';

/**
 * Three projects. `quick` and `quick:mocks` are what a developer runs while working
 * (`npm run test:quick`); `slow` holds the suites that drive a browser, kill processes, fuzz,
 * rebuild copies of the repository or run the CLI in child processes again and again
 * (`npm run test:slow`). `npm test` and CI run all three.
 */
export const SLOW = [
  'tests/site/browser.test.ts',
  'tests/errors/kill.test.ts',
  'tests/errors/fuzz.test.ts',
  'tests/errors/cli.test.ts',
  'tests/build/commands.test.ts',
  'tests/release/reproducibility.test.ts',
  'tests/release/changelogRecords.test.ts',
  'tests/release/commands/*.test.ts',
  'tests/corpus/cli.test.ts',
  'tests/walk/*.test.ts',
];

/** Files that replace modules with vi.mock: they run isolated, so no mock reaches another file. */
export const MOCKS = ['tests/commands/build.test.ts'];

export default defineConfig({
  test: {
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Builds and browser tests share two cores; more forks only thrash.
    maxWorkers: 2,
    // The CLI the child-process tests run, compiled if a source changed.
    globalSetup: ['tests/setup/compile.ts'],
    projects: [
      // Test files share each worker's modules (no re-import of the pipeline, the schemas'
      // compiled validators and the site's libraries per file): most of the quick run's time.
      { extends: true, test: { name: 'quick', include: ['tests/**/*.test.ts'], exclude: [...SLOW, ...MOCKS], isolate: false } },
      { extends: true, test: { name: 'quick:mocks', include: MOCKS } },
      // Their timeouts only catch hangs: a copy of the repository built and released several times
      // over takes minutes on two busy cores.
      { extends: true, test: { name: 'slow', include: SLOW, testTimeout: 600_000, hookTimeout: 600_000 } },
    ],
  },
});
