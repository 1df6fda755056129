import type { FigureDefinition } from '../types.js';
import { BED_TOP, bed, box, chair, pose, stage, still } from './setting.js';

const SEATED = {
  hipFlexW: 90,
  hipFlexO: 90,
  kneeW: 90,
  kneeO: 90,
  elbowW: 60,
  elbowO: 60,
  shoulderFlexW: 20,
  shoulderFlexO: 20,
};

/** Pictures for the education page: what the muscle does, and the load-management advice. */
export const LEARN_FIGURES: readonly FigureDefinition[] = [
  {
    id: 'learn-single-leg-stance',
    stages: [
      stage({
        preset: 'standing',
        view: { yaw: 0, pitch: 8, centre: [0, 88, 0], scale: 0.8 },
        base: pose({ hipFlexO: 40, kneeO: 70, hipAbdW: -2, shoulderAbdW: 20, shoulderAbdO: 20 }),
        keyframes: still,
        endAt: 0,
      }),
    ],
  },
  {
    id: 'learn-crossed-legs',
    stages: [
      stage({
        preset: 'standing',
        view: { yaw: -40, pitch: 12, centre: [-5, 70, 15], scale: 0.85 },
        base: pose({ ...SEATED, y: 50, hipFlexW: 100, hipAbdW: -28, kneeW: 80, spineFlex: -5 }),
        planted: [{ side: 'O', ankle: [9, 6, 40], toes: [0, 0, 1] }],
        keyframes: still,
        props: chair(-22, 0).map((part) => ({ ...part, min: rotate(part.min), max: rotate(part.max) })),
        endAt: 0,
      }),
    ],
  },
  {
    id: 'learn-low-chair',
    stages: [
      stage({
        preset: 'standing',
        view: { yaw: -70, pitch: 10, centre: [0, 60, 15], scale: 0.9 },
        base: pose({ ...SEATED, y: 36, tilt: -18, spineFlex: 8 }),
        planted: [
          { side: 'W', ankle: [-10, 6, 44], toes: [0, 0, 1] },
          { side: 'O', ankle: [10, 6, 44], toes: [0, 0, 1] },
        ],
        keyframes: still,
        // A deep, low armchair: seat 28 cm high, sloping back.
        props: [box([-30, 0, -30], [30, 27, 22], 'soft'), box([-30, 0, -42], [30, 80, -26], 'soft')],
        endAt: 0,
      }),
    ],
  },
  {
    id: 'learn-pillow-between-knees',
    stages: [
      stage({
        preset: 'side-lying',
        view: { yaw: 0, pitch: 30, centre: [0, 60, 0], scale: 1.05 },
        base: pose({
          y: BED_TOP + 17,
          hipFlexW: 50,
          hipFlexO: 50,
          kneeW: 80,
          kneeO: 80,
          shoulderFlexO: 90,
          elbowO: 90,
          shoulderFlexW: 40,
          elbowW: 30,
          hipAbdW: 4,
        }),
        keyframes: still,
        props: [...bed(-100, 100), { kind: 'pillow' }],
        endAt: 0,
      }),
    ],
  },
];

/** A chair turned to face +z (its back behind the sitter at -z): swaps its x and z. */
function rotate([x, y, z]: readonly [number, number, number]): [number, number, number] {
  return [z, y, x];
}
