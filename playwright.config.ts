import { existsSync } from 'node:fs';
import { defineConfig, devices, chromium } from '@playwright/test';

// Playwright cannot download its browser on our machines: fall back to Debian's Chromium.
function chromiumPath(): string | undefined {
  try {
    if (existsSync(chromium.executablePath())) return undefined;
  } catch {
    // No bundled browser registered: use the system one below.
  }
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

// E2E_PORT and KIT_OUT_DIR let several people run the suite side by side on one machine.
const port = Number(process.env['E2E_PORT'] ?? 4391);
const outDir = process.env['KIT_OUT_DIR'] ?? 'dist';
const systemChromium = chromiumPath();

export default defineConfig({
  testDir: 'tests/e2e',
  forbidOnly: !!process.env['CI'],
  retries: 0,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'off',
    locale: 'nl-NL',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(systemChromium === undefined ? {} : { executablePath: systemChromium }),
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
    },
  ],
  webServer: {
    command: `node scripts/serve.mjs ${outDir} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
