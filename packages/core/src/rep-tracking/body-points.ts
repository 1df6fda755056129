/** A point of a picture: x to the right, y down, in any unit (pixels or a share of the frame). */
export type PicturePoint = readonly [x: number, y: number];

/** The joints the camera rules read; the pose model's left and right labels are not trusted. */
export const TRACKED_JOINTS = [
  'leftShoulder',
  'rightShoulder',
  'leftHip',
  'rightHip',
  'leftKnee',
  'rightKnee',
  'leftAnkle',
  'rightAnkle',
] as const;
export type TrackedJoint = (typeof TRACKED_JOINTS)[number];

export interface SeenJoint {
  at: PicturePoint;
  /** The pose model's confidence, 0 to 1. */
  score: number;
}

/** One frame's joints as the pose model saw them; a joint it did not find is missing. */
export type BodyPoints = Readonly<Partial<Record<TrackedJoint, SeenJoint>>>;

/**
 * A joint below this confidence counts as not seen. Low, because MoveNet-Lightning gives a still,
 * well-placed body as little as 0.15-0.25 (measured on the test videos); a stray joint is then caught by
 * the tracker's smoothing and its lift and return thresholds.
 */
export const MIN_JOINT_SCORE = 0.15;

/** The joints without which no angle is read: both shoulders, hips and knees. */
export const REQUIRED_JOINTS: readonly TrackedJoint[] = [
  'leftShoulder',
  'rightShoulder',
  'leftHip',
  'rightHip',
  'leftKnee',
  'rightKnee',
];

/** Whether the body is seen well enough to read the leg: every required joint above the confidence floor. */
export function bodySeen(points: BodyPoints): boolean {
  return REQUIRED_JOINTS.every((joint) => (points[joint]?.score ?? 0) >= MIN_JOINT_SCORE);
}

/**
 * The same joints turned `degrees` about the picture's origin (clockwise on screen, y being down): how
 * points found in a frame turned upright before detection go back to the frame as filmed.
 */
export function turnPoints(points: BodyPoints, degrees: number): BodyPoints {
  const radians = (degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(radians), Math.sin(radians)];
  const turned: Partial<Record<TrackedJoint, SeenJoint>> = {};
  for (const joint of TRACKED_JOINTS) {
    const seen = points[joint];
    if (seen)
      turned[joint] = {
        ...seen,
        at: [seen.at[0] * cos - seen.at[1] * sin, seen.at[0] * sin + seen.at[1] * cos],
      };
  }
  return turned;
}
