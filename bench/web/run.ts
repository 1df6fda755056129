/**
 * Patient web app figures: initial JS+CSS gzip for the Today page, and Lighthouse mobile scores of the
 * patient pages served by the real server. Prints figures; asserts nothing.
 *
 *   npx tsx bench/web/run.ts
 */
import { execFileSync } from 'node:child_process';
import lighthouse from 'lighthouse';
import { chromium } from 'playwright-core';
import { initialAssets, kilobytes } from './page-weight.js';
import { seededPatientCookie, startServer } from './server.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const DIST = `${ROOT}packages/web/dist/`;
const DEBUG_PORT = 9333;
const PAGES = ['/', '/progress', '/learn', '/session', '/check-in', '/sign-in'];

async function printPageWeight(): Promise<void> {
  const assets = await initialAssets(DIST);
  console.log('Initial JS+CSS of the Today page (first visit):');
  for (const asset of assets)
    console.log(
      `  ${asset.path.padEnd(40)} ${kilobytes(asset.bytes).padStart(7)} KB  ${kilobytes(asset.gzipBytes).padStart(6)} KB gzip`,
    );
  const total = assets.reduce((sum, asset) => sum + asset.gzipBytes, 0);
  console.log(`  total ${kilobytes(total)} KB gzip (target <= 120 KB; lightest comparable app 53 KB)\n`);
}

async function printLighthouse(url: string, cookie: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      `--remote-debugging-port=${DEBUG_PORT}`,
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
  try {
    console.log('Lighthouse 12 mobile (simulated throttling), patient pages:');
    console.log(`  ${'page'.padEnd(12)} perf  a11y  best  FCP ms  LCP ms  TBT ms`);
    for (const path of PAGES) {
      const result = await lighthouse(`${url}${path}`, {
        port: DEBUG_PORT,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices'],
        extraHeaders: { Cookie: cookie },
      });
      if (!result) throw new Error(`no Lighthouse result for ${path}`);
      const { categories, audits, runtimeError } = result.lhr;
      if (runtimeError) {
        console.log(
          `  ${path.padEnd(12)} Lighthouse could not measure it: ${runtimeError.code} ${runtimeError.message}`,
        );
        continue;
      }
      const score = (id: string) => String(Math.round((categories[id]?.score ?? 0) * 100)).padStart(4);
      const ms = (id: string) => String(Math.round(audits[id]?.numericValue ?? 0)).padStart(6);
      const failing = (categories.accessibility?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id);
      console.log(
        `  ${path.padEnd(12)} ${score('performance')}  ${score('accessibility')}  ${score('best-practices')}  ${ms('first-contentful-paint')}  ${ms('largest-contentful-paint')}  ${ms('total-blocking-time')}${failing.length ? `  a11y: ${failing.join(', ')}` : ''}`,
      );
    }
  } finally {
    await browser.close();
  }
}

execFileSync('npm', ['run', 'build', '-w', '@minimus/web'], { cwd: ROOT, stdio: 'ignore' });
await printPageWeight();
const server = await startServer();
try {
  await printLighthouse(server.url, await seededPatientCookie(server.url));
} finally {
  await server.stop();
}
