import { defineConfig } from 'vitest/config';

export default defineConfig({
  // url()'s base, which astro.config.mjs defines for the site; unit tests run at the root.
  define: { __SITE_BASE__: JSON.stringify('/') },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    // Builds and browsers are real, and the machine has two cores.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    fileParallelism: true,
    maxWorkers: 2,
    // A browser round trip can take over a second while both cores build; poll longer than the 1 s default.
    expect: { poll: { timeout: 5_000 } },
  },
});
