import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

import { CHROMIUM_PATH } from './chromium-path.js';

export { CHROMIUM_PATH };

const SCREENSHOTS = new URL('../screenshots/', import.meta.url).pathname;

/** Browser tests run wherever Chromium is; in CI (CI=true) its absence is a failure, not a skip. */
export const browserAvailable = existsSync(CHROMIUM_PATH) || process.env.CI === 'true';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** A phone-sized page (360 px wide), in the given language, optionally asking for reduced motion. */
export async function phoneContext(
  browser: Browser,
  locale: 'en-GB' | 'es-ES' = 'en-GB',
  reducedMotion: 'reduce' | 'no-preference' = 'no-preference',
): Promise<BrowserContext> {
  return browser.newContext({
    reducedMotion,
    viewport: { width: 360, height: 780 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale,
    serviceWorkers: 'allow',
  });
}

/** A desktop-sized page (1280 x 900), as the clinic's computers show the clinician app. */
export async function desktopContext(
  browser: Browser,
  locale: 'en-GB' | 'es-ES' = 'en-GB',
  options: { acceptDownloads?: boolean } = {},
): Promise<BrowserContext> {
  return browser.newContext({ viewport: { width: 1280, height: 900 }, locale, ...options });
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: `${SCREENSHOTS}${name}.png`, fullPage: true });
}

const axeSource = (() => {
  const require = createRequire(import.meta.url);
  return require('axe-core').source as string;
})();

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core in the page against WCAG 2.0-2.2 A and AA; returns the violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated through the debugging protocol, so the app's Content-Security-Policy stays as in production.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }> };
      }
    ).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => ({ target: node.target })),
    }));
  });
}
