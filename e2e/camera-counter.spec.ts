import {
  bodySeen,
  type CameraRule,
  countedReps,
  GLUTEUS_MINIMUS_PROTOCOL,
  readLeg,
  trackReps,
} from '@minimus/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launchBrowser } from './harness/browser.js';
import {
  browserFilming,
  filmJoints,
  lookAtPhotograph,
  SAMPLE_PHOTOGRAPH,
  STANDING_FIGURE_CROP,
} from './harness/camera-browser.js';
import type { CameraPosture } from './harness/camera-fixtures.js';
import { buildWebApp, type RunningServer, startServer } from './harness/server.js';

const SIDE_LYING = GLUTEUS_MINIMUS_PROTOCOL.exercises.find(
  (exercise) => exercise.id === 'sidelying-abduction',
);
if (!SIDE_LYING?.camera) throw new Error('the side-lying leg lift has no camera rule');
const SIDELYING_ABDUCTION_CAMERA = SIDE_LYING.camera;

/** The protocol's rule; standing, the same thresholds with the body upright (no protocol entry yet). */
const RULES: Record<CameraPosture, CameraRule> = {
  lying: SIDELYING_ABDUCTION_CAMERA,
  standing: { ...SIDELYING_ABDUCTION_CAMERA, posture: 'standing' },
};
/**
 * Largest difference between a lift's true peak and the one read, per view, as measured: side-lying
 * (frame turned) reads within about 2 degrees; standing, MoveNet-Lightning reads a lifted leg low, by
 * 9 to 15 degrees (no protocol entry counts a standing lift). A change that makes either worse fails here.
 */
const MAX_ANGLE_ERROR: Record<CameraPosture, number> = { lying: 5, standing: 16 };

describe.runIf(browserAvailable)("the camera counter on the figure model's test videos", () => {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    await buildWebApp();
    server = await startServer();
  });
  afterAll(async () => server?.stop());

  it.each(['lying', 'standing'] as const)(
    'counts the full lifts (%s), not the partial one, with each peak angle near the true one',
    async (posture) => {
      const { browser, sequence } = await browserFilming(posture);
      try {
        const page = await browser.newPage();
        await page.goto(`${server?.url}/`);
        const seconds = sequence.frames.length / sequence.framesPerSecond - 0.5;
        const filmed = await filmJoints(page, { lying: posture === 'lying', seconds });
        const readings = filmed.frames.map((frame) => ({ atMs: frame.atMs, reading: readLeg(frame.points) }));
        const reps = countedReps(trackReps(readings, RULES[posture]));
        const rows = sequence.liftPeaks.map((truth, index) => ({
          pose: `${posture === 'lying' ? 'side-lying' : 'standing'} leg lift`,
          view: posture === 'lying' ? 'floor, facing the front (frame turned 90 deg)' : 'front, 2 m',
          trueDegrees: truth,
          detectedDegrees: reps[index] ? Number(reps[index].peakDegrees.toFixed(1)) : null,
        }));
        console.table(rows);
        console.log(
          `${posture}: ${filmed.frames.length} frames in ${seconds.toFixed(1)} s (${((seconds * 1000) / filmed.frames.length).toFixed(0)} ms a frame), model loaded in ${filmed.loadMs.toFixed(0)} ms on ${filmed.backend}`,
        );
        expect(filmed.backend).toBe('wasm');
        expect(reps).toHaveLength(sequence.liftPeaks.length);
        for (const row of rows)
          expect(Math.abs((row.detectedDegrees ?? Number.NaN) - row.trueDegrees)).toBeLessThanOrEqual(
            MAX_ANGLE_ERROR[posture],
          );
      } finally {
        await browser.close();
      }
    },
  );
});

describe.runIf(browserAvailable)('the camera counter on a real photograph', () => {
  let server: RunningServer | undefined;
  beforeAll(async () => {
    await buildWebApp();
    server = await startServer();
  });
  afterAll(async () => server?.stop());

  it("finds the standing figure in the pose model's sample photograph, upright with the legs down", async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.route('**/sample-photograph.jpg', (route) => route.fulfill({ path: SAMPLE_PHOTOGRAPH }));
      await page.goto(`${server?.url}/`);
      const points = await lookAtPhotograph(
        page,
        `${server?.url}/sample-photograph.jpg`,
        STANDING_FIGURE_CROP,
      );
      const reading = readLeg(points);
      console.log(
        `sample photograph, standing figure: leg angle ${reading?.abductionDegrees.toFixed(1)} deg`,
      );
      expect(bodySeen(points)).toBe(true);
      const { leftShoulder, rightShoulder, leftHip, rightHip, leftKnee, rightKnee } = points;
      for (const [above, below] of [
        [leftShoulder, leftHip],
        [rightShoulder, rightHip],
        [leftHip, leftKnee],
        [rightHip, rightKnee],
      ])
        expect(above?.at[1] ?? Number.POSITIVE_INFINITY).toBeLessThan(below?.at[1] ?? 0);
      expect(Math.abs(reading?.abductionDegrees ?? 90)).toBeLessThan(15);
    } finally {
      await browser.close();
    }
  });
});
