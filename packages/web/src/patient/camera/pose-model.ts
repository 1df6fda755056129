/**
 * The pose model, loaded only when the camera counter is used (this module is its own chunk): Human's
 * MoveNet-Lightning body model on the wasm backend, with the model and wasm files served by the app
 * under /pose/. Frames go to the model and nowhere else; nothing here keeps or sends a picture.
 */
import { type BodyPoints, TRACKED_JOINTS, type TrackedJoint } from '@minimus/core';
import { Human } from '@vladmandic/human';

/** What the model can look at: the camera's video, or a picture (the tests' photograph). */
export type PoseSource = HTMLVideoElement | HTMLImageElement | HTMLCanvasElement;

export interface PoseModel {
  /**
   * The joints seen in the current video frame, laid on a square. Lying, the frame is turned a quarter
   * first: the model expects an upright body. The points stay in that square (the readings are angles
   * and ratios, the same in any turn).
   */
  see(source: PoseSource, lying: boolean): Promise<BodyPoints>;
  /** Which backend runs the model, for the bench. */
  backend: string;
}

const POSE_BASE = '/pose/';
const TRACKED = new Set<string>(TRACKED_JOINTS);

/**
 * How the frame is laid before detection: 0 as filmed; 1 turned a quarter so the picture's right side
 * comes to the top (a head on the right comes up), -1 the other way.
 */
type Quarter = 0 | 1 | -1;

/**
 * The frame on a square canvas, centred and turned by `quarter`: the model takes a square input, and a
 * wide frame squeezed into it makes a lifted leg look closer to the other than it is.
 */
function squareFrame(source: PoseSource, canvas: HTMLCanvasElement, quarter: Quarter): HTMLCanvasElement {
  const [width, height] =
    source instanceof HTMLVideoElement
      ? [source.videoWidth, source.videoHeight]
      : source instanceof HTMLImageElement
        ? [source.naturalWidth, source.naturalHeight]
        : [source.width, source.height];
  const side = Math.max(width, height);
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('this browser cannot draw a video frame');
  context.fillStyle = '#808080';
  context.fillRect(0, 0, side, side);
  context.setTransform(1, 0, 0, 1, side / 2, side / 2);
  context.rotate((-quarter * Math.PI) / 2);
  context.drawImage(source, -width / 2, -height / 2, width, height);
  context.setTransform(1, 0, 0, 1, 0, 0);
  return canvas;
}

/** Below this overall score a lying body is looked for the other way up (head on the other side). */
const UNSURE_BODY = 0.3;

/** Loads the model and its backend (about 5 MB, once; the service worker keeps them for offline use). */
export async function loadPoseModel(): Promise<PoseModel> {
  const human = new Human({
    backend: 'wasm',
    wasmPath: POSE_BASE,
    wasmPlatformFetch: false,
    modelBasePath: POSE_BASE,
    cacheSensitivity: 0,
    warmup: 'none',
    filter: { enabled: false },
    face: { enabled: false },
    hand: { enabled: false },
    object: { enabled: false },
    gesture: { enabled: false },
    segmentation: { enabled: false },
    body: {
      enabled: true,
      modelPath: 'movenet-lightning.json',
      maxDetected: 1,
      minConfidence: 0.1,
      skipFrames: 0,
      skipTime: 0,
    },
  });
  await human.load();
  const canvas = document.createElement('canvas');
  let quarter: 1 | -1 = 1;
  const detect = async (source: PoseSource, lying: boolean) => {
    if (!lying) return human.detect(squareFrame(source, canvas, 0));
    const result = await human.detect(squareFrame(source, canvas, quarter));
    if ((result.body[0]?.score ?? 0) >= UNSURE_BODY) return result;
    const other = await human.detect(squareFrame(source, canvas, quarter === 1 ? -1 : 1));
    if ((other.body[0]?.score ?? 0) <= (result.body[0]?.score ?? 0)) return result;
    quarter = quarter === 1 ? -1 : 1;
    return other;
  };
  return {
    backend: human.tf.getBackend(),
    async see(source, lying) {
      const result = await detect(source, lying);
      const points: Partial<Record<TrackedJoint, { at: readonly [number, number]; score: number }>> = {};
      for (const keypoint of result.body[0]?.keypoints ?? []) {
        if (TRACKED.has(keypoint.part))
          points[keypoint.part as TrackedJoint] = {
            at: [keypoint.position[0], keypoint.position[1]],
            score: keypoint.score,
          };
      }
      return points;
    },
  };
}
