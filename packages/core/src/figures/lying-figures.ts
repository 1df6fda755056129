import type { FigureDefinition, Pose } from './types.js';

/** Lying on the back seen from above, head to the left; the near (working) leg is the lower one. */
const ABOVE_SUPINE: Pose = {
  head: [32, 80],
  neck: [48, 80],
  pelvis: [104, 80],
  elbowNear: [74, 96],
  handNear: [100, 100],
  elbowFar: [74, 64],
  handFar: [100, 60],
  hipNear: [104, 88],
  kneeNear: [146, 90],
  ankleNear: [188, 92],
  toeNear: [194, 96],
  hipFar: [104, 72],
  kneeFar: [146, 70],
  ankleFar: [188, 68],
  toeFar: [194, 64],
};

const CROSSED: Partial<Pose> = {
  kneeNear: [128, 52],
  ankleNear: [160, 74],
  toeNear: [166, 72],
  elbowFar: [92, 50],
  handFar: [124, 50],
};

/** Lying on the side seen from the front, head to the left; the near (working) leg is on top. */
const SIDE_LYING: Pose = {
  head: [30, 108],
  neck: [46, 116],
  pelvis: [110, 120],
  elbowNear: [78, 112],
  handNear: [100, 114],
  elbowFar: [34, 132],
  handFar: [22, 122],
  hipNear: [110, 116],
  kneeNear: [152, 116],
  ankleNear: [194, 116],
  toeNear: [200, 110],
  hipFar: [110, 124],
  kneeFar: [152, 126],
  ankleFar: [194, 128],
  toeFar: [200, 122],
};

/** Lying on the back seen from the side, knees bent, head to the left. */
const SUPINE_KNEES_BENT: Pose = {
  head: [30, 126],
  neck: [46, 130],
  pelvis: [104, 132],
  elbowNear: [72, 134],
  handNear: [96, 134],
  elbowFar: [72, 134],
  handFar: [96, 134],
  hipNear: [104, 132],
  kneeNear: [136, 102],
  ankleNear: [158, 132],
  toeNear: [170, 134],
  hipFar: [104, 132],
  kneeFar: [136, 102],
  ankleFar: [158, 132],
  toeFar: [170, 134],
};

const FLOOR = {
  kind: 'polyline',
  points: [
    [8, 136],
    [232, 136],
  ],
} as const;
const BED_SEEN_FROM_ABOVE = { kind: 'rect', x: 14, y: 40, width: 200, height: 80 } as const;

export const LYING_FIGURES: readonly FigureDefinition[] = [
  {
    id: 'crossover-dynamic',
    view: 'above',
    loopSeconds: 4,
    base: ABOVE_SUPINE,
    keyframes: [
      { at: 0, pose: {} },
      { at: 0.5, pose: CROSSED },
      { at: 1, pose: {} },
    ],
    props: [BED_SEEN_FROM_ABOVE],
    efforts: [],
    peakAt: 0.5,
  },
  {
    id: 'crossover-static',
    view: 'above',
    loopSeconds: 10,
    base: ABOVE_SUPINE,
    keyframes: [
      { at: 0, pose: {} },
      { at: 0.2, pose: CROSSED },
      { at: 0.8, pose: CROSSED },
      { at: 1, pose: {} },
    ],
    props: [BED_SEEN_FROM_ABOVE],
    efforts: [],
    peakAt: 0.5,
  },
  {
    id: 'sidelying-isometric-abduction',
    view: 'front',
    loopSeconds: 6,
    base: SIDE_LYING,
    keyframes: [
      { at: 0, pose: {}, effort: 0 },
      { at: 0.15, pose: { ankleNear: [194, 110], toeNear: [200, 104] }, effort: 1 },
      { at: 0.85, pose: { ankleNear: [194, 110], toeNear: [200, 104] }, effort: 1 },
      { at: 1, pose: {}, effort: 0 },
    ],
    props: [
      FLOOR,
      // The bed frame the top ankle presses up against.
      { kind: 'rect', x: 176, y: 84, width: 60, height: 22 },
      {
        kind: 'polyline',
        points: [
          [230, 106],
          [230, 136],
        ],
      },
    ],
    efforts: [{ joint: 'ankleNear', dx: 0, dy: -22 }],
    peakAt: 0.5,
  },
  {
    id: 'supine-isometric-abduction',
    view: 'above',
    loopSeconds: 8,
    base: {
      ...ABOVE_SUPINE,
      kneeNear: [146, 86],
      kneeFar: [146, 74],
      ankleNear: [188, 88],
      ankleFar: [188, 72],
    },
    keyframes: [
      { at: 0, pose: {}, effort: 0 },
      { at: 0.15, pose: { kneeNear: [146, 88], kneeFar: [146, 72] }, effort: 1 },
      { at: 0.85, pose: { kneeNear: [146, 88], kneeFar: [146, 72] }, effort: 1 },
      { at: 1, pose: {}, effort: 0 },
    ],
    props: [BED_SEEN_FROM_ABOVE, { kind: 'loop', around: ['kneeNear', 'kneeFar'] }],
    efforts: [
      { joint: 'kneeNear', dx: 0, dy: 24 },
      { joint: 'kneeFar', dx: 0, dy: -24 },
    ],
    peakAt: 0.5,
  },
  {
    id: 'sidelying-abduction',
    view: 'front',
    loopSeconds: 4,
    base: SIDE_LYING,
    keyframes: [
      { at: 0, pose: {} },
      { at: 0.5, pose: { kneeNear: [149, 98], ankleNear: [186, 80], toeNear: [193, 76] } },
      { at: 1, pose: {} },
    ],
    props: [FLOOR],
    efforts: [],
    peakAt: 0.5,
  },
  {
    id: 'bridge-progression',
    view: 'side',
    loopSeconds: 5,
    base: SUPINE_KNEES_BENT,
    keyframes: [
      { at: 0, pose: {} },
      {
        at: 0.4,
        pose: {
          pelvis: [106, 106],
          hipNear: [106, 106],
          hipFar: [106, 106],
          kneeNear: [142, 92],
          kneeFar: [142, 92],
        },
      },
      {
        at: 0.6,
        pose: {
          pelvis: [106, 106],
          hipNear: [106, 106],
          hipFar: [106, 106],
          kneeNear: [142, 92],
          kneeFar: [142, 92],
        },
      },
      { at: 1, pose: {} },
    ],
    props: [FLOOR],
    efforts: [],
    peakAt: 0.5,
  },
];
