// Temporary (timeline engineer): same as playwright.config.ts, but serves a private copy of dist on its own port.
import base from './playwright.config';
import { defineConfig } from '@playwright/test';
export default defineConfig({
  ...base,
  use: { ...base.use, baseURL: 'http://127.0.0.1:4391' },
  webServer: {
    command: `node -e "import('./scripts/static-server.mjs').then(m => m.startStaticServer('/tmp/tl-dist', 4391))"`,
    url: 'http://127.0.0.1:4391/',
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
