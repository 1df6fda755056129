/** Three-dimensional points in centimetres: x to the viewer's right, y up, z towards the viewer. */
export type Vec3 = readonly [x: number, y: number, z: number];
export type Vec2 = readonly [x: number, y: number];

export const add = (a: Vec3, b: Vec3): Vec3 => [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
export const sub = (a: Vec3, b: Vec3): Vec3 => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
export const scale = (a: Vec3, k: number): Vec3 => [a[0] * k, a[1] * k, a[2] * k];
export const dot = (a: Vec3, b: Vec3): number => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
export const cross = (a: Vec3, b: Vec3): Vec3 => [
  a[1] * b[2] - a[2] * b[1],
  a[2] * b[0] - a[0] * b[2],
  a[0] * b[1] - a[1] * b[0],
];
export const length = (a: Vec3): number => Math.hypot(a[0], a[1], a[2]);
export const mix = (a: Vec3, b: Vec3, amount: number): Vec3 => add(a, scale(sub(b, a), amount));

/** `origin + Σ axis × amount`: a point given in a body part's own axes. */
export function offset(origin: Vec3, ...terms: readonly (readonly [Vec3, number])[]): Vec3 {
  return terms.reduce<Vec3>((point, [axis, amount]) => add(point, scale(axis, amount)), origin);
}

export const RADIANS = Math.PI / 180;

/**
 * Turns `v` in the plane of the perpendicular unit vectors `from` and `to`, by `degrees`, in the sense
 * that takes `from` towards `to`. Naming the plane by two directions keeps every joint's convention
 * readable (a hip flexes "down towards forward") whatever the handedness of the axes.
 */
export function turn(v: Vec3, from: Vec3, to: Vec3, degrees: number): Vec3 {
  const angle = degrees * RADIANS;
  const a = dot(v, from);
  const b = dot(v, to);
  const cos = Math.cos(angle) - 1;
  const sin = Math.sin(angle);
  return add(v, add(scale(from, cos * a - sin * b), scale(to, cos * b + sin * a)));
}

/** A body part's axes: its right (the body's right), up (towards the head) and forward (its front). */
export interface Axes {
  right: Vec3;
  up: Vec3;
  forward: Vec3;
}

/** Turns all three axes together, in the plane of `from` and `to` (two of the axes, possibly negated). */
export function turnAxes(axes: Axes, from: Vec3, to: Vec3, degrees: number): Axes {
  return {
    right: turn(axes.right, from, to, degrees),
    up: turn(axes.up, from, to, degrees),
    forward: turn(axes.forward, from, to, degrees),
  };
}
