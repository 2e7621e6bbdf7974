import { defineConfig } from '@playwright/test';

// Browser tests load the built extension (.output/chrome-mv3) into Debian's Chromium
// (shared/stack-notes.md): `npm test` builds it first.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  timeout: 120_000,
  expect: { timeout: 20_000 },
  retries: 0,
  reporter: [['list']],
  use: { trace: 'off' },
});
