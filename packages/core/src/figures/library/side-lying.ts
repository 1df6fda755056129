import type { FigureDefinition } from '../types.js';
import { bed, box, hold, mat, pose, rep, stage } from './setting.js';

/**
 * On the other side on the floor, seen from the front, head to the right (+x); the working leg on top.
 * The lower knee bends a little for balance and the lower arm pillows the head.
 */
const SIDE_LYING = pose({
  y: 17,
  hipFlexO: 30,
  kneeO: 55,
  hipFlexW: 4,
  shoulderFlexO: 165,
  elbowO: 120,
  shoulderFlexW: 20,
  elbowW: 25,
  spineSide: 4,
  neckFlex: 5,
});
const FROM_THE_FRONT = { yaw: 0, pitch: 22, centre: [-8, 30, 0], scale: 1.02 } as const;

const lift = {
  preset: 'side-lying',
  view: FROM_THE_FRONT,
  endAt: 0.5,
  trace: { joint: 'ankleW', offset: [-16, 0, 0] },
  takesAnkleWeight: true,
} as const;

export const SIDE_LYING_FIGURES: readonly FigureDefinition[] = [
  {
    id: 'sidelying-isometric-abduction',
    stages: [
      stage({
        preset: 'side-lying',
        view: { ...FROM_THE_FRONT, centre: [-40, 34, 0], scale: 0.88 },
        base: { ...SIDE_LYING, hipAbdW: 0 },
        keyframes: hold({ hipAbdW: 2 }, 1),
        // The bed beyond the feet: the top ankle presses up under its side rail.
        props: [box([-158, 0, -40], [-152, 31, 40]), ...bed(-158, -88).slice(2).map(lower)],
        efforts: [{ joint: 'ankleW', right: 1, up: 0, forward: 0 }],
        endAt: 0.2,
      }),
    ],
  },
  {
    id: 'sidelying-abduction',
    stages: [
      stage({
        ...lift,
        base: { ...SIDE_LYING, hipAbdW: -6 },
        keyframes: rep({ hipAbdW: 32 }),
        props: [mat([-105, 100], [-35, 35])],
      }),
      // With tendinopathy the top leg starts level on a pillow and never drops below it.
      stage({
        ...lift,
        condition: 'tendinopathy',
        base: { ...SIDE_LYING, hipFlexO: 12, kneeO: 20, hipFlexW: 10, kneeW: 4, hipAbdW: 4 },
        keyframes: rep({ hipAbdW: 30 }),
        props: [mat([-105, 100], [-35, 35]), { kind: 'pillow' }],
      }),
    ],
  },
];

/** The bed's frame and mattress lowered so the rail's underside is just above the top ankle. */
function lower(part: ReturnType<typeof box>): ReturnType<typeof box> {
  return {
    ...part,
    min: [part.min[0], part.min[1] - 11, part.min[2]],
    max: [part.max[0], part.max[1] - 11, part.max[2]],
  };
}
