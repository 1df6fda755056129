/**
 * The camera counter's figures in headless Chromium (wasm backend, no GPU), against the built app served
 * by the real server: how long the pose model takes to load, how long a frame takes, and the bytes the
 * feature fetches on demand (none of them on the first visit). Prints figures; asserts nothing.
 *
 *   npm run bench:camera   (after `npm run build -w @minimus/web`)
 */
import { browserFilming, filmJoints } from '../../e2e/harness/camera-browser.js';
import { initialAssets, kilobytes } from '../web/page-weight.js';
import { startServer } from '../web/server.js';

const DIST = new URL('../../packages/web/dist/', import.meta.url).pathname;
const ROUNDS = 3;

async function measure(
  url: string,
  round: number,
): Promise<{ loadMs: number; frameMs: number; bytes: Map<string, number> }> {
  const lying = round % 2 === 1;
  const { browser } = await browserFilming(lying ? 'lying' : 'standing');
  try {
    const page = await browser.newPage();
    const bytes = new Map<string, number>();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      const length = Number(response.headers()['content-length'] ?? Number.NaN);
      if (path.startsWith('/pose/')) bytes.set(path, length);
    });
    await page.goto(`${url}/`);
    const filmed = await filmJoints(page, { lying, seconds: 6 });
    return { loadMs: filmed.loadMs, frameMs: 6000 / filmed.frames.length, bytes };
  } finally {
    await browser.close();
  }
}

console.log('Starting the server ...');
const server = await startServer();
try {
  const rounds = [];
  for (let round = 0; round < ROUNDS; round++) {
    console.log(`Round ${round + 1} of ${ROUNDS} ...`);
    rounds.push(await measure(server.url, round));
  }
  console.log('Camera counter (MoveNet-Lightning, wasm backend, headless Chromium, 480x320 camera):');
  for (const [index, round] of rounds.entries())
    console.log(
      `  round ${index + 1} (${index % 2 === 1 ? 'lying, frame turned' : 'standing'}): model load ${round.loadMs.toFixed(0)} ms, ${round.frameMs.toFixed(0)} ms a frame`,
    );
  const first = rounds[0]?.bytes ?? new Map<string, number>();
  console.log('Fetched on demand, the first time the patient taps "Count with camera":');
  for (const [path, size] of [...first.entries()].sort())
    console.log(`  ${path.padEnd(48)} ${kilobytes(size).padStart(8)} KB`);
  const total = [...first.values()].reduce((sum, size) => sum + size, 0);
  console.log(
    `  total ${kilobytes(total)} KB as served (the server does not compress; the code chunk is 410 KB gzip)`,
  );
  const initial = await initialAssets(DIST);
  const onFirstVisit = initial.filter((asset) => asset.path.startsWith('/pose/'));
  console.log(
    `Pose files on the first visit's initial load: ${onFirstVisit.length} (of ${initial.length} initial files)`,
  );
} finally {
  await server.stop();
}
