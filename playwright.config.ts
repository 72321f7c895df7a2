import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
// Debian's Chromium where it exists (Playwright cannot download its own browser here); CHROMIUM_PATH overrides.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
const launchOptions = {
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

export default defineConfig({
  testDir: 'tests/e2e',
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  // Runs before the web server stops: no test left a password, session token or the signing secret in its log.
  globalTeardown: './tests/support/e2e-teardown.ts',
  timeout: 30_000,
  use: { baseURL, launchOptions, trace: 'retain-on-failure' },
  projects: [
    { name: 'desktop', testIgnore: /(stream|hostile-input|faults|page-cache)\.spec/, use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', testIgnore: /(stream|hostile-input|faults|page-cache)\.spec/, use: { ...devices['Pixel 7'], viewport: { width: 375, height: 740 }, launchOptions } },
    // Checks of the server itself, once each: the price stream's protocol, hostile input, and portals of their own (faults, the page cache on two instances).
    { name: 'http', testMatch: /(stream|hostile-input|faults|page-cache)\.spec/ },
  ],
  webServer: {
    command: 'node --import tsx tests/support/e2e-server.ts',
    url: `${baseURL}/api/health`,
    env: { PORT: String(port), HOST: '127.0.0.1', SITE_URL: baseURL, PRICE_PROVIDER: 'off' },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
