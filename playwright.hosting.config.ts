import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// The hosting suite: the built site served by a real nginx with deploy/'s configuration (CSP,
// caching, precompressed files, 404, downloads), a sweep of every page and the journeys through
// it failing on any CSP violation, layout shift per kind of page, and vnu over every page.
// E2E_NGINX_PORT (default: E2E_PORT + 10) keeps side-by-side runs apart.
const e2ePort = Number(process.env['E2E_PORT'] ?? 4391);
const port = Number(process.env['E2E_NGINX_PORT'] ?? e2ePort + 10);
const outDir = process.env['KIT_OUT_DIR'] ?? 'dist';

export default defineConfig({
  ...base,
  testDir: 'tests/hosting',
  outputDir: 'test-results/hosting',
  use: { ...base.use, baseURL: `http://127.0.0.1:${port}` },
  webServer: {
    command: `node deploy/nginx.ts serve ${outDir} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
