import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { BodyPoints } from '@minimus/core';
import { type Browser, chromium, type Page } from 'playwright-core';
import { assembleCameraVideo, type CameraPosture, type CameraSequence } from './camera-fixtures.js';
import { CHROMIUM_PATH } from './chromium-path.js';

const WEB_DIST = new URL('../../packages/web/dist/', import.meta.url).pathname;

/** The built pose-model chunk's URL path (its name carries a hash). */
export function poseModelChunk(): string {
  const file = readdirSync(join(WEB_DIST, 'pose')).find((name) => /^pose-model-.*\.js$/.test(name));
  if (!file) throw new Error('the web build has no pose-model chunk under pose/');
  return `/pose/${file}`;
}

/** Chromium whose camera plays `posture`'s test video (assembled now from the committed frames). */
export async function browserFilming(
  posture: CameraPosture,
): Promise<{ browser: Browser; sequence: CameraSequence }> {
  const { video, sequence } = assembleCameraVideo(posture);
  const file = join(tmpdir(), `minimus-camera-${posture}-${process.pid}.y4m`);
  writeFileSync(file, video);
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${file}`,
    ],
  });
  return { browser, sequence };
}

export interface FilmedFrame {
  atMs: number;
  points: BodyPoints;
}

/**
 * What runs in the page, as source text: the test runner rewrites `import()` inside functions it
 * compiles, and the page must load the app's own chunk with the browser's.
 */
const FILM_IN_PAGE = `async ({ chunk, lying, seconds }) => {
  const started = performance.now();
  const { loadPoseModel } = await import(chunk);
  const model = await loadPoseModel();
  const loadMs = performance.now() - started;
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = await navigator.mediaDevices.getUserMedia({ video: true });
  await video.play();
  const frames = [];
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    const atMs = performance.now() - start;
    frames.push({ atMs, points: await model.see(video, lying) });
  }
  for (const track of video.srcObject.getTracks()) track.stop();
  return { frames, loadMs, backend: model.backend };
}`;

/**
 * In the app's own page: loads the pose model chunk the app loads, opens the camera and reads its frames
 * for `seconds`, returning each frame's joints; also how long the model took to load, and its backend.
 */
export async function filmJoints(
  page: Page,
  options: { lying: boolean; seconds: number },
): Promise<{ frames: FilmedFrame[]; loadMs: number; backend: string }> {
  const argument = JSON.stringify({ chunk: poseModelChunk(), ...options });
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  const filmed = await page.evaluate<{ frames: FilmedFrame[]; loadMs: number; backend: string }>(
    `(${FILM_IN_PAGE})(${argument})`,
  );
  if (filmed.backend !== 'wasm') console.log(`the page said: ${problems.join(' | ')}`);
  return filmed;
}

/** Human's own sample photograph, shipped in its package: a grid of real pictures of people. */
export const SAMPLE_PHOTOGRAPH = join(
  dirname(dirname(createRequire(import.meta.url).resolve('@vladmandic/human'))),
  'assets/samples.jpg',
);

const LOOK_AT_PHOTOGRAPH = `async ({ chunk, url, crop }) => {
  const { loadPoseModel } = await import(chunk);
  const model = await loadPoseModel();
  const image = new Image();
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = crop.width * 3;
  canvas.height = crop.height * 3;
  canvas.getContext('2d').drawImage(image, crop.x, crop.y, crop.width, crop.height, 0, 0, canvas.width, canvas.height);
  return model.see(canvas, false);
}`;

/** Where the standing figure is in the photograph (the grid's first picture), in its pixels. */
export const STANDING_FIGURE_CROP = { x: 0, y: 0, width: 150, height: 150 } as const;

/** The joints the model finds in one part of the photograph, enlarged three times. */
export async function lookAtPhotograph(
  page: Page,
  url: string,
  crop: { x: number; y: number; width: number; height: number },
): Promise<BodyPoints> {
  const argument = JSON.stringify({ chunk: poseModelChunk(), url, crop });
  return page.evaluate(`(${LOOK_AT_PHOTOGRAPH})(${argument})`);
}
