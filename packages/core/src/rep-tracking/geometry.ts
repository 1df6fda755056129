import type { PicturePoint } from './body-points.js';

export const minus = (a: PicturePoint, b: PicturePoint): PicturePoint => [a[0] - b[0], a[1] - b[1]];
export const midpoint = (a: PicturePoint, b: PicturePoint): PicturePoint => [
  (a[0] + b[0]) / 2,
  (a[1] + b[1]) / 2,
];
export const span = (a: PicturePoint): number => Math.hypot(a[0], a[1]);
export const dot2 = (a: PicturePoint, b: PicturePoint): number => a[0] * b[0] + a[1] * b[1];
export const DEGREES = 180 / Math.PI;

/** Degrees from direction `a` to direction `b`, 0 to 180. */
export function angleBetween(a: PicturePoint, b: PicturePoint): number {
  const lengths = span(a) * span(b);
  if (lengths === 0) return 0;
  return Math.acos(Math.max(-1, Math.min(1, dot2(a, b) / lengths))) * DEGREES;
}

/** The angle whose cosine is `shortened / full`, 0 when not shorter: how far a segment turned out of the picture. */
export function foreshortening(shortened: number, full: number): number {
  if (full <= 0) return 0;
  return Math.acos(Math.max(0, Math.min(1, shortened / full))) * DEGREES;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2 === 1
    ? (sorted[middle] ?? Number.NaN)
    : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}
