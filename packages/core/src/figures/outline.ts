import type { Vec2 } from './vector.js';

export interface Circle {
  centre: Vec2;
  radius: number;
}

function circlePoints({ centre: [x, y], radius }: Circle): Vec2[] {
  const count = Math.min(20, Math.max(8, Math.round(radius * 1.6)));
  return Array.from({ length: count }, (_, index) => {
    const angle = (2 * Math.PI * index) / count;
    return [x + radius * Math.cos(angle), y + radius * Math.sin(angle)] as const;
  });
}

const turnsLeft = (o: Vec2, a: Vec2, b: Vec2) =>
  (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0]);

/** The convex hull of `points` (Andrew's monotone chain), without repeated or collinear points. */
export function convexHull(points: readonly Vec2[]): Vec2[] {
  const sorted = [...points].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  if (sorted.length < 3) return sorted;
  const half = (input: readonly Vec2[]) => {
    const chain: Vec2[] = [];
    for (const point of input) {
      while (chain.length >= 2) {
        const [o, a] = [chain[chain.length - 2], chain[chain.length - 1]] as [Vec2, Vec2];
        if (turnsLeft(o, a, point) > 0) break;
        chain.pop();
      }
      chain.push(point);
    }
    chain.pop();
    return chain;
  };
  return [...half(sorted), ...half([...sorted].reverse())];
}

/**
 * The outline around a set of circles: a limb is two circles (a tapered capsule), a trunk four or five,
 * a head one. Always a convex polygon, so mirroring, measuring and printing it need nothing special.
 */
export function blob(circles: readonly Circle[]): Vec2[] {
  return convexHull(circles.flatMap(circlePoints));
}
