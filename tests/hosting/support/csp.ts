// A Playwright `test` that fails when any page of the test (pop-ups and frames included)
// reports a Content-Security-Policy violation. Chromium fires `securitypolicyviolation` in the
// page and logs "Refused to …" on the console; both are collected, so nothing slips through.
import { test as base, expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Collected violations, as readable lines. */
export interface CspLog {
  violations: string[];
  /** Violations seen so far (await before asserting: events arrive asynchronously). */
  settle(): Promise<string[]>;
}

function watch(page: Page, violations: string[]): void {
  page.on('console', (message) => {
    const text = message.text();
    if (/Content[- ]Security[- ]Policy/i.test(text) || /^Refused to /.test(text))
      violations.push(`console on ${page.url()}: ${text}`);
  });
}

export const test = base.extend<{ csp: CspLog }>({
  csp: [
    async ({ context }, use) => {
      const violations: string[] = [];
      await context.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(
            `${event.effectiveDirective} blocked ${event.blockedURI || '(inline)'} in ${event.documentURI}${event.sample ? `: ${event.sample}` : ''}`,
          );
        });
      });
      for (const page of context.pages()) watch(page, violations);
      context.on('page', (page) => watch(page, violations));
      const collect = async () => {
        for (const page of context.pages()) {
          if (page.isClosed()) continue;
          for (const frame of page.frames()) {
            const seen = await frame.evaluate(() => window.__cspViolations ?? []).catch(() => []);
            for (const line of seen) if (!violations.includes(line)) violations.push(line);
          }
        }
        return violations;
      };
      await use({ violations, settle: collect });
      await collect();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
