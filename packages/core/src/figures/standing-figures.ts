import type { FigureDefinition, Pose } from './types.js';

/** Standing seen from the front; the near (working) leg is on the right of the drawing. */
const STANDING: Pose = {
  head: [110, 24],
  neck: [110, 40],
  pelvis: [110, 82],
  elbowNear: [126, 62],
  handNear: [130, 84],
  elbowFar: [94, 62],
  handFar: [90, 84],
  hipNear: [119, 82],
  kneeNear: [121, 110],
  ankleNear: [122, 136],
  toeNear: [128, 138],
  hipFar: [101, 82],
  kneeFar: [99, 110],
  ankleFar: [98, 136],
  toeFar: [92, 138],
};

/** Sitting on a chair seen from the side, facing right. */
const SEATED: Pose = {
  head: [96, 34],
  neck: [98, 48],
  pelvis: [100, 98],
  elbowNear: [110, 74],
  handNear: [128, 86],
  elbowFar: [110, 74],
  handFar: [128, 86],
  hipNear: [100, 98],
  kneeNear: [142, 98],
  ankleNear: [142, 134],
  toeNear: [154, 136],
  hipFar: [100, 98],
  kneeFar: [142, 98],
  ankleFar: [142, 134],
  toeFar: [154, 136],
};

const KNEE_TO_SHOULDER: Partial<Pose> = {
  kneeNear: [118, 62],
  ankleNear: [144, 82],
  toeNear: [152, 78],
  elbowNear: [126, 78],
  handNear: [120, 64],
  elbowFar: [88, 72],
  handFar: [116, 60],
};

const GROUND = {
  kind: 'polyline',
  points: [
    [8, 138],
    [232, 138],
  ],
} as const;

function shifted(pose: Pose, dx: number): Pose {
  return Object.fromEntries(
    Object.entries(pose).map(([joint, [x, y]]) => [joint, [x + dx, y]]),
  ) as unknown as Pose;
}

const STEP_OUT: Partial<Pose> = { kneeNear: [128, 110], ankleNear: [136, 136], toeNear: [142, 138] };

export const STANDING_FIGURES: readonly FigureDefinition[] = [
  {
    id: 'seated-knee-to-shoulder',
    view: 'side',
    loopSeconds: 10,
    base: SEATED,
    keyframes: [
      { at: 0, pose: {} },
      { at: 0.2, pose: KNEE_TO_SHOULDER },
      { at: 0.8, pose: KNEE_TO_SHOULDER },
      { at: 1, pose: {} },
    ],
    props: [
      GROUND,
      // Chair: seat, back and legs.
      {
        kind: 'polyline',
        points: [
          [78, 104],
          [124, 104],
        ],
      },
      {
        kind: 'polyline',
        points: [
          [80, 104],
          [80, 50],
        ],
      },
      {
        kind: 'polyline',
        points: [
          [82, 104],
          [82, 138],
        ],
      },
      {
        kind: 'polyline',
        points: [
          [122, 104],
          [122, 138],
        ],
      },
    ],
    efforts: [],
    peakAt: 0.5,
  },
  {
    id: 'standing-isometric-abduction',
    view: 'front',
    loopSeconds: 8,
    base: { ...STANDING, kneeNear: [123, 110], ankleNear: [126, 136], toeNear: [132, 138] },
    keyframes: [
      { at: 0, pose: {}, effort: 0 },
      { at: 0.15, pose: { kneeNear: [125, 110], ankleNear: [129, 134] }, effort: 1 },
      { at: 0.85, pose: { kneeNear: [125, 110], ankleNear: [129, 134] }, effort: 1 },
      { at: 1, pose: {}, effort: 0 },
    ],
    // The wall the outside of the working leg presses against.
    props: [GROUND, { kind: 'rect', x: 134, y: 8, width: 10, height: 130 }],
    efforts: [{ joint: 'kneeNear', dx: 22, dy: 0 }],
    peakAt: 0.5,
  },
  {
    id: 'hip-hitch',
    view: 'front',
    loopSeconds: 4,
    base: {
      head: [110, 12],
      neck: [110, 26],
      pelvis: [110, 62],
      elbowNear: [126, 44],
      handNear: [130, 64],
      elbowFar: [94, 44],
      handFar: [90, 64],
      hipNear: [119, 60],
      kneeNear: [121, 85],
      ankleNear: [122, 110],
      toeNear: [128, 112],
      hipFar: [101, 64],
      kneeFar: [100, 90],
      ankleFar: [99, 116],
      toeFar: [93, 118],
    },
    keyframes: [
      { at: 0, pose: {} },
      { at: 0.5, pose: { hipFar: [101, 54], kneeFar: [100, 80], ankleFar: [99, 106], toeFar: [93, 108] } },
      { at: 1, pose: {} },
    ],
    // The step the working leg stands on; the other foot hangs beside it, dropping and lifting with the pelvis.
    props: [GROUND, { kind: 'rect', x: 106, y: 112, width: 44, height: 26 }],
    efforts: [],
    peakAt: 0.5,
  },
  {
    id: 'band-side-steps',
    view: 'front',
    loopSeconds: 6,
    base: STANDING,
    keyframes: [
      { at: 0, pose: {} },
      { at: 0.25, pose: STEP_OUT },
      { at: 0.5, pose: shifted(STANDING, 14) },
      {
        at: 0.75,
        pose: { ...shifted(STANDING, 14), kneeFar: [106, 110], ankleFar: [98, 136], toeFar: [92, 138] },
      },
      { at: 1, pose: {} },
    ],
    props: [GROUND, { kind: 'band', from: 'kneeNear', to: 'kneeFar' }],
    efforts: [],
    peakAt: 0.25,
  },
];
