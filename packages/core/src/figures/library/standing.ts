import type { FigureDefinition, Keyframe } from '../types.js';
import { box, chair, hold, mat, pose, rep, stage } from './setting.js';

/** Facing the viewer: the working (right) side is on the viewer's left (-x). */
const FRONT = { yaw: 12, pitch: 10, centre: [-4, 88, 0], scale: 0.8 } as const;

const WALL = box([-40, 0, -45], [-20, 190, 45]);

/** The pelvis rolled so the free (other) side drops (+) or rises (-), the standing leg kept upright. */
const hitch = (roll: number) => ({
  roll,
  hipAbdW: -roll,
  hipAbdO: roll,
  spineSide: roll,
  y: 110 - 9 * Math.sin((roll * Math.PI) / 180),
});
const onStep = {
  preset: 'standing',
  view: { yaw: -10, pitch: 12, centre: [-8, 92, 0], scale: 0.74 },
  base: pose({ ...hitch(14), shoulderAbdO: 12 }),
  planted: [{ side: 'W', ankle: [-9, 24, 0], toes: [0, 0, 1] }],
  // The bottom stair under the working foot, the other foot off its edge, a hand on the rail post.
  props: [
    box([-42, 0, -25], [-1, 18, 28]),
    box([-58, 0, -3], [-53, 96, 3]),
    box([-60, 96, -30], [-51, 101, 30]),
  ],
  reach: { W: [-55, 98, 4] },
  trace: { joint: 'ankleO', offset: [14, 0, 0] },
} as const;

/** Knees soft, leaning a little forward: the side-stepping stance. */
const stance = (depth: number) => ({
  y: 92 - depth / 6,
  hipFlexW: depth / 2,
  hipFlexO: depth / 2,
  kneeW: depth,
  kneeO: depth,
  ankleW: depth / 2,
  ankleO: depth / 2,
  spineFlex: 10,
  shoulderAbdW: 14,
  shoulderAbdO: 14,
  elbowW: 20,
  elbowO: 20,
});

/** One step to the working side and one back, each foot leading in turn; pelvis x in cm. */
function sideSteps(depth: number): Keyframe[] {
  const lifted = (side: 'W' | 'O', out: number) => ({
    [`hipAbd${side}`]: out,
    [`hipFlex${side}`]: depth / 2 + 22,
    [`knee${side}`]: depth + 40,
  });
  return [
    { at: 0, pose: { x: 0 } },
    { at: 0.1, pose: { x: 0, ...lifted('W', 14) } },
    { at: 0.2, pose: { x: -6, hipAbdW: 16, hipAbdO: 2 } },
    { at: 0.3, pose: { x: -15, hipAbdW: 10, hipAbdO: 10 } },
    { at: 0.4, pose: { x: -24, hipAbdW: 4, ...lifted('O', 4) } },
    { at: 0.5, pose: { x: -30 } },
    { at: 0.6, pose: { x: -30, ...lifted('O', 14) } },
    { at: 0.7, pose: { x: -24, hipAbdO: 16, hipAbdW: 2 } },
    { at: 0.8, pose: { x: -15, hipAbdW: 10, hipAbdO: 10 } },
    { at: 0.9, pose: { x: -6, hipAbdO: 4, ...lifted('W', 4) } },
    { at: 1, pose: { x: 0 } },
  ];
}

const sideStepping = {
  preset: 'standing',
  view: { ...FRONT, yaw: -22, centre: [-15, 84, 0] },
  loopReps: 2,
  trace: { joint: 'pelvis', offset: [0, -86, 34] },
  working: 'both',
  endAt: 0.5,
} as const;

/** A kitchen chair behind the patient (-z), seat 42 cm high, its front edge at z = -22. */
const CHAIR_BEHIND = [
  box([-20, 38, -62], [20, 42, -22]),
  box([-20, 0, -26], [-16, 38, -22]),
  box([16, 0, -26], [20, 38, -22]),
  box([-20, 0, -62], [-16, 88, -58]),
  box([16, 0, -62], [20, 88, -58]),
  box([-20, 70, -62], [20, 86, -58]),
];

/** Feet planted, the other foot `otherAhead` cm forward (offset and single-leg-biased squats). */
const squatFeet = (otherAhead: number) =>
  [
    { side: 'W', ankle: [-11, 8, 0], toes: [0, 0, 1] },
    { side: 'O', ankle: [11, 8, otherAhead], toes: [0, 0, 1] },
  ] as const;

/** Hips back and down until the buttocks just touch the seat, trunk leaning forward, arms forward. */
const squatDown = (depth: number) => ({
  y: 88 - 36 * depth,
  z: -28 * depth,
  tilt: 30 * depth,
  shoulderFlexW: 70 * depth,
  shoulderFlexO: 70 * depth,
});

/** Start standing, halfway down, the bottom at the middle of the loop, and back up. */
const squatKeyframes: Keyframe[] = [
  { at: 0, pose: {} },
  { at: 0.25, pose: squatDown(0.5) },
  { at: 0.5, pose: squatDown(1) },
  { at: 0.75, pose: squatDown(0.5) },
  { at: 1, pose: {} },
];

const squat = {
  preset: 'standing',
  view: { yaw: -62, pitch: 10, centre: [0, 80, -10], scale: 0.8 },
  // Knees soft at the top, so a foot set forward is still within reach of the leg.
  base: pose({ y: 88 }),
  keyframes: squatKeyframes,
  props: CHAIR_BEHIND,
  trace: { joint: 'pelvis', offset: [-30, 0, 0] },
  endAt: 0.5,
} as const;

export const STANDING_FIGURES: readonly FigureDefinition[] = [
  {
    id: 'seated-knee-to-shoulder',
    stages: [
      stage({
        preset: 'standing',
        view: { yaw: -50, pitch: 15, centre: [0, 42, 20], scale: 1.2 },
        base: pose({
          y: 12,
          tilt: -18,
          spineFlex: 16,
          hipFlexO: 72,
          ankleO: -20,
          hipFlexW: 113,
          kneeW: 100,
          ankleW: 15,
        }),
        keyframes: hold({ hipFlexW: 128, hipAbdW: -22, kneeW: 125, spineFlex: 22 }),
        props: [mat([-35, 35], [-30, 110])],
        reach: { W: 'shin', O: 'shin' },
        trace: { joint: 'kneeW', offset: [0, 14, 0] },
        endAt: 0.2,
      }),
    ],
  },
  {
    id: 'standing-isometric-abduction',
    stages: [
      stage({
        preset: 'standing',
        view: FRONT,
        base: pose({ hipAbdW: 1, hipAbdO: 1, x: 0, spineSide: 0 }),
        keyframes: hold({ hipAbdW: 3 }, 1),
        props: [WALL, ...chair(34)],
        reach: { O: [36, 86, 0] },
        efforts: [{ joint: 'kneeW', right: 1, up: 0, forward: 0 }],
        endAt: 0.2,
      }),
    ],
  },
  {
    id: 'hip-hitch',
    stages: [
      stage({ ...onStep, variant: 'Hip hitch, held', keyframes: hold(hitch(-3)), endAt: 0.2 }),
      stage({ ...onStep, variant: 'Hip hitch, lift and lower', keyframes: rep(hitch(-6)), endAt: 0.5 }),
    ],
  },
  {
    id: 'squat-progression',
    stages: [
      stage({ ...squat, variant: 'Squat to a chair', planted: squatFeet(0), working: 'both' }),
      stage({ ...squat, variant: 'Offset squat', planted: squatFeet(12) }),
      stage({ ...squat, variant: 'Single-leg-biased squat', planted: squatFeet(22) }),
    ],
  },
  {
    id: 'band-side-steps',
    stages: [
      stage({ ...sideStepping, variant: 'Side-stepping', base: pose(stance(20)), keyframes: sideSteps(20) }),
      stage({
        ...sideStepping,
        variant: 'Side-steps with a band',
        base: pose(stance(36)),
        keyframes: sideSteps(36),
        props: [{ kind: 'loop', tone: 'band' }],
      }),
    ],
  },
];
