/**
 * The camera's test videos, made from the figure model: a side-lying and a standing leg lift with known
 * angles. The distinct frames are committed as small PNGs (e2e/fixtures/camera/POSTURE/), with a
 * sequence file that lists, frame by frame, the picture and the true hip angle; the video Chromium's fake
 * camera plays is assembled from them at test time.
 *
 *   npx tsx scripts/camera-fixtures.ts   (rewrites the PNGs and sequence files)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { poseFrame } from '@minimus/core';
import { CAMERA_VIEWS, SIDE_LYING_REST, STANDING_REST } from '@minimus/core/testing';
import { decodePng, encodePng } from './png.js';
import { type Palette, rasterise } from './raster.js';
import { y4mVideo } from './y4m.js';

export const CAMERA_POSTURES = ['lying', 'standing'] as const;
export type CameraPosture = (typeof CAMERA_POSTURES)[number];

/** What the frames show, frame by frame, and what a counter should make of them. */
export interface CameraSequence {
  posture: CameraPosture;
  framesPerSecond: number;
  widthPixels: number;
  /** The PNG of each frame (by its true hip angle) and that angle, degrees. */
  frames: readonly { picture: string; hipDegrees: number }[];
  /** Full lifts: each one's true peak angle. */
  liftPeaks: readonly number[];
  /** Lifts too small to count. */
  partialPeaks: readonly number[];
}

const FRAMES_PER_SECOND = 10;
const WIDTH_PIXELS = 480;
/**
 * A person rather than a diagram: skin-toned limbs, dark clothes on the trunk would need more shapes, so
 * the whole body is one skin tone, the far side darker, on a grey floor; no highlighted leg.
 */
const PERSON: Palette = {
  floor: { fill: '#8a8f96', stroke: null, width: 0 },
  body: { fill: '#d9a27e', stroke: '#6b4a36', width: 0.6 },
  work: { fill: '#d9a27e', stroke: '#6b4a36', width: 0.6 },
  'body-far': { fill: '#b07e5e', stroke: '#5a3c2a', width: 0.6 },
  'work-far': { fill: '#b07e5e', stroke: '#5a3c2a', width: 0.6 },
};
const PLANS: Record<CameraPosture, { rest: number; lifts: number[]; partial: number[] }> = {
  lying: { rest: -6, lifts: [25, 32, 40], partial: [6] },
  // Standing, MoveNet-Lightning reads a lifted leg low (25 degrees read as 14, short of a repetition).
  standing: { rest: 0, lifts: [30, 36, 42], partial: [7] },
};

const folder = (posture: CameraPosture) => new URL(`../fixtures/camera/${posture}/`, import.meta.url);
const pictureName = (degrees: number) =>
  `hip${degrees < 0 ? 'm' : 'p'}${String(Math.abs(degrees)).padStart(2, '0')}.png`;

/**
 * Angles frame by frame: still for 3.5 s (the model loads and the resting angle settles), then each
 * lift up (0.8 s), held (0.8 s), down (0.8 s) and a rest of a second.
 */
function angles(posture: CameraPosture): number[] {
  const { rest, lifts, partial } = PLANS[posture];
  const still = (frames: number) => Array.from({ length: frames }, () => rest);
  const ramp = (peak: number) =>
    Array.from({ length: 8 }, (_, index) => Math.round(rest + ((peak - rest) * (index + 1)) / 8));
  const lift = (peak: number) => [
    ...ramp(peak),
    ...Array.from({ length: 8 }, () => peak),
    ...ramp(peak).reverse(),
    ...still(10),
  ];
  return [...still(35), ...lifts.flatMap(lift), ...partial.flatMap(lift), ...still(15)];
}

export function cameraSequence(posture: CameraPosture): CameraSequence {
  return {
    posture,
    framesPerSecond: FRAMES_PER_SECOND,
    widthPixels: WIDTH_PIXELS,
    frames: angles(posture).map((hipDegrees) => ({ picture: pictureName(hipDegrees), hipDegrees })),
    liftPeaks: PLANS[posture].lifts,
    partialPeaks: PLANS[posture].partial,
  };
}

/** Renders every distinct frame of both sequences as PNG and writes the sequence files. */
export function writeCameraFixtures(): { posture: CameraPosture; pictures: number; bytes: number }[] {
  return CAMERA_POSTURES.map((posture) => {
    const sequence = cameraSequence(posture);
    mkdirSync(folder(posture), { recursive: true });
    const distinct = [...new Set(sequence.frames.map((frame) => frame.hipDegrees))];
    let bytes = 0;
    for (const degrees of distinct) {
      const rest = posture === 'lying' ? SIDE_LYING_REST : STANDING_REST;
      const frame = poseFrame(
        { ...rest, hipAbdW: degrees },
        posture === 'lying' ? 'side-lying' : 'standing',
        CAMERA_VIEWS[posture],
      );
      const png = encodePng(rasterise(frame, WIDTH_PIXELS, PERSON));
      bytes += png.length;
      writeFileSync(new URL(pictureName(degrees), folder(posture)), png);
    }
    writeFileSync(new URL('sequence.json', folder(posture)), `${JSON.stringify(sequence, null, 2)}\n`);
    return { posture, pictures: distinct.length, bytes };
  });
}

/** The committed sequence of `posture` as a Y4M video for Chromium's fake camera. */
export function assembleCameraVideo(posture: CameraPosture): { video: Buffer; sequence: CameraSequence } {
  const sequence = JSON.parse(
    readFileSync(new URL('sequence.json', folder(posture)), 'utf8'),
  ) as CameraSequence;
  const pictures = new Map<string, ReturnType<typeof decodePng>>();
  const frames = sequence.frames.map(({ picture }) => {
    const known = pictures.get(picture) ?? decodePng(readFileSync(new URL(picture, folder(posture))));
    pictures.set(picture, known);
    return known;
  });
  return { video: y4mVideo(frames, sequence.framesPerSecond), sequence };
}
