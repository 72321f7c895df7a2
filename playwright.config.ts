import { defineConfig, devices } from '@playwright/test';
import { launchOptions, phone } from './tests/support/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // The demo-seeded template each spec's portal clones its database from (tests/support/e2e-portal.ts). A portal's log
  // is checked for secrets when it stops, and kept in .data/e2e-logs.
  globalSetup: './tests/support/e2e-setup.ts',
  // Time to fail a hung test, not a speed target: with two workers each starting a portal per spec file on two cores,
  // newsroom tests that took 15 s alone took 25 to 31 s in full runs (three timed out at 30 s on 2026-12-07).
  timeout: 60_000,
  use: { launchOptions, trace: 'retain-on-failure' },
  projects: [
    // The payload budgets are a phone's, so that spec runs on the phone only, as do tests tagged @phone.
    { name: 'desktop', testIgnore: /(stream|hostile-input|faults|page-cache|server-limits|collaboration-instances|notes-private|behind-nginx|payload)\.spec/, grepInvert: /@phone/, use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', testIgnore: /(stream|hostile-input|faults|page-cache|server-limits|collaboration-instances|notes-private|behind-nginx)\.spec/, use: { ...phone, launchOptions } },
    // Checks of the server itself, once each: the price stream's protocol, hostile input, what public routes answer (notes never among it), and portals of their own (faults, the page cache on two instances).
    { name: 'http', testMatch: /(stream|hostile-input|faults|page-cache|server-limits|collaboration-instances|notes-private|behind-nginx)\.spec/ },
  ],
});
