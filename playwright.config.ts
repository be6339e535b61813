import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/chromium-path';

// Browser tests drive the built site (run `npm run build` first; `npm test` does) in the system's Chromium.
// Playwright never downloads a browser here: see README → Requirements.
const port = Number(process.env.E2E_PORT ?? 4329);

export default defineConfig({
  testDir: 'tests/e2e',
  // Generous: Python starts in a few seconds on a quiet machine, but CI machines can be busy.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    screenshot: 'only-on-failure',
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: chromiumPath(),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    // Our static server serves dist/ the way a production host would (gzip, dist/_headers incl. the CSP header).
    command: `node scripts/static-server.mjs`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
