import { existsSync } from 'node:fs';
import { devices } from '@playwright/test';

// Debian's Chromium where it exists (Playwright cannot download its own browser here); CHROMIUM_PATH overrides.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** How the e2e suite and the benchmarks start Chromium: quiet, no background traffic of its own. */
export const launchOptions = {
  executablePath,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};

/**
 * The phone the suite reads on: a Pixel 7 at 375 px wide. The screen is as wide as the viewport, as on a real
 * phone: with the Pixel's own 412 px screen Chromium preloads a cover for 412 px and then fetches another for 375.
 */
export const phone = { ...devices['Pixel 7'], viewport: { width: 375, height: 740 }, screen: { width: 375, height: 740 } };
