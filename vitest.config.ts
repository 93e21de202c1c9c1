import { defineConfig } from 'vitest/config';

export default defineConfig({
  // url()'s base, which astro.config.mjs defines for the site; unit tests run at the root.
  define: { __SITE_BASE__: JSON.stringify('/') },
  test: {
    projects: [
      {
        // The fast loop (`npm run test:unit`): no build, no browser.
        extends: true,
        // Threads and child processes in a few of them start slowly on a busy machine.
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], testTimeout: 30_000 },
      },
      {
        // The real builds (made once, by the global setup), fixture builds and Chromium.
        extends: true,
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts', 'tests/content/**/*.test.ts', 'tests/browser/**/*.test.ts'],
          globalSetup: ['tests/support/global-setup.ts'],
          // Builds and browsers are real, and the machine has two cores.
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A browser round trip can take over a second while both cores build; poll longer than the 1 s default.
          expect: { poll: { timeout: 5_000 } },
        },
      },
    ],
    fileParallelism: true,
    maxWorkers: 2,
  },
});
