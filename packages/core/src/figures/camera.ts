import { dot, RADIANS, sub, type Vec2, type Vec3 } from './vector.js';

/**
 * Where the figure is seen from: turned `yaw` degrees round the vertical (0 looks from the front of
 * the scene, 90 from its right), raised `pitch` degrees (90 looks straight down), aimed at `centre`
 * (cm) with `scale` drawing units per cm. Orthographic: sizes do not change with distance.
 */
export interface View {
  yaw: number;
  pitch: number;
  centre: Vec3;
  scale: number;
}

/** Every figure is drawn in this box, in SVG user units. */
export const FIGURE_VIEWBOX = { width: 240, height: 160 } as const;

export interface Camera {
  /** Drawing coordinates of a world point (y down, as in SVG). */
  project(point: Vec3): Vec2;
  /** How near the viewer a world point is: larger is nearer. */
  depth(point: Vec3): number;
  /** Drawing units per centimetre. */
  scale: number;
}

export function camera(view: View): Camera {
  const yaw = view.yaw * RADIANS;
  const pitch = view.pitch * RADIANS;
  const right: Vec3 = [Math.cos(yaw), 0, -Math.sin(yaw)];
  const towards: Vec3 = [Math.sin(yaw) * Math.cos(pitch), Math.sin(pitch), Math.cos(yaw) * Math.cos(pitch)];
  const up: Vec3 = [-Math.sin(yaw) * Math.sin(pitch), Math.cos(pitch), -Math.cos(yaw) * Math.sin(pitch)];
  const { width, height } = FIGURE_VIEWBOX;
  return {
    scale: view.scale,
    project(point) {
      const relative = sub(point, view.centre);
      return [width / 2 + dot(relative, right) * view.scale, height / 2 - dot(relative, up) * view.scale];
    },
    depth(point) {
      return dot(sub(point, view.centre), towards);
    },
  };
}
