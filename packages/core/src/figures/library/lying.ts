import type { FigureDefinition } from '../types.js';
import { BED_TOP, bed, hold, mat, pose, rep, stage } from './setting.js';

/** On the back on a bed, head to the left (-x); the working (right) side faces the viewer (+z). */
const SUPINE = pose({ y: BED_TOP + 9, shoulderAbdW: 8, shoulderAbdO: 8, elbowW: 10, elbowO: 10 });

/** The working foot set down outside the other knee, the knee pointing up. */
const CROSSED = { twistW: 0 };
const crossover = {
  preset: 'supine',
  view: { yaw: 90, pitch: 58, centre: [3, 60, 0], scale: 0.96 },
  base: { ...SUPINE, ...CROSSED },
  planted: [{ side: 'W', ankle: [40, BED_TOP + 7, -14], toes: [1, 0, -0.2] }],
  props: bed(-95, 100),
  reach: { O: 'knee' },
  trace: { joint: 'kneeW', offset: [0, 14, 0] },
  endAt: 0.5,
} as const;

const KNEES_BENT = {
  planted: [
    { side: 'W', ankle: [36, BED_TOP + 7, 11], toes: [1, 0, 0] },
    { side: 'O', ankle: [36, BED_TOP + 7, -11], toes: [1, 0, 0] },
  ],
} as const;

const FLOOR_SUPINE = pose({ y: 11, shoulderAbdW: 8, shoulderAbdO: 8 });
const bridgeFeet = (working: number, other: number) =>
  [
    { side: 'W', ankle: [working, 8, 11], toes: [1, 0, 0] },
    { side: 'O', ankle: [other, 8, -11], toes: [1, 0, 0] },
  ] as const;
const BRIDGE_UP = { y: 27, tilt: -19, neckFlex: 19 };
const bridge = {
  preset: 'supine',
  view: { yaw: 18, pitch: 16, centre: [-2, 26, 0], scale: 1.12 },
  base: FLOOR_SUPINE,
  keyframes: rep(BRIDGE_UP),
  props: [mat([-100, 85], [-32, 32])],
  trace: { joint: 'pelvis', offset: [4, -4, 34] },
  endAt: 0.5,
} as const;

export const LYING_FIGURES: readonly FigureDefinition[] = [
  { id: 'crossover-dynamic', stages: [stage({ ...crossover, keyframes: rep({ twistW: 42 }) })] },
  { id: 'crossover-static', stages: [stage({ ...crossover, keyframes: hold({ twistW: 42 }), endAt: 0.2 })] },
  {
    id: 'supine-isometric-abduction',
    stages: [
      stage({
        preset: 'supine',
        view: { yaw: 28, pitch: 55, centre: [5, 58, 0], scale: 1.2 },
        base: { ...SUPINE, twistW: -4, twistO: -4 },
        ...KNEES_BENT,
        keyframes: hold({ twistW: -8, twistO: -8 }, 1),
        props: [...bed(-95, 100), { kind: 'loop', tone: 'strap' }],
        efforts: [
          { joint: 'kneeW', right: 1, up: 0, forward: 0 },
          { joint: 'kneeO', right: -1, up: 0, forward: 0 },
        ],
        working: 'both',
        endAt: 0.2,
      }),
    ],
  },
  {
    id: 'bridge-progression',
    stages: [
      stage({ ...bridge, variant: 'Double-leg bridge', planted: bridgeFeet(34, 34), working: 'both' }),
      stage({ ...bridge, variant: 'Offset bridge', planted: bridgeFeet(28, 44) }),
      stage({
        ...bridge,
        variant: 'Single-leg bridge',
        base: { ...FLOOR_SUPINE, hipFlexO: 55, kneeO: 75, ankleO: 10 },
        keyframes: rep({ ...BRIDGE_UP, hipFlexO: 4, kneeO: 0 }),
        planted: bridgeFeet(32, 32).slice(0, 1),
      }),
    ],
  },
];
