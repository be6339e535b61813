// TEMPORARY (snapshot work): serves .aw-snapshot-dist with the production-like static server.
import base from './playwright.config';
const port = Number(process.env.E2E_PORT ?? 4350);
export default { ...base, use: { ...base.use, baseURL: `http://127.0.0.1:${port}` }, webServer: { command: `PORT=${port} node -e "import('./scripts/static-server.mjs').then(m => m.startStaticServer('.aw-snapshot-dist', ${port}))"`, url: `http://127.0.0.1:${port}/`, reuseExistingServer: false, timeout: 60000 } };
