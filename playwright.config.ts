import { defineConfig, devices } from '@playwright/test';
import { launchOptions, phone } from './tests/support/chromium';

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

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
    // The payload budgets are a phone's, so that spec runs on the phone only.
    { name: 'desktop', testIgnore: /(stream|hostile-input|faults|page-cache|server-limits|payload)\.spec/, use: { ...devices['Desktop Chrome'], launchOptions } },
    { name: 'phone', testIgnore: /(stream|hostile-input|faults|page-cache|server-limits)\.spec/, use: { ...phone, launchOptions } },
    // Checks of the server itself, once each: the price stream's protocol, hostile input, and portals of their own (faults, the page cache on two instances).
    { name: 'http', testMatch: /(stream|hostile-input|faults|page-cache|server-limits)\.spec/ },
  ],
  webServer: {
    command: 'node --import tsx tests/support/e2e-server.ts',
    url: `${baseURL}/api/health`,
    // Every browser and request of the suite comes from 127.0.0.1, more connections at once than one reader opens.
    env: { PORT: String(port), HOST: '127.0.0.1', SITE_URL: baseURL, PRICE_PROVIDER: 'off', MAX_CONNECTIONS_PER_CLIENT: '1000' },
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
  },
});
