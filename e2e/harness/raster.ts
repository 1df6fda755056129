/**
 * Paints a figure frame into RGB pixels without a browser: convex outlines filled scanline by scanline,
 * strokes as round-ended bands, drawn at twice the size and averaged down so edges are smooth.
 */
import { FIGURE_PAINT, type FigureFrame, type Tone } from '@minimus/core';

export interface RgbImage {
  width: number;
  height: number;
  /** Red, green, blue per pixel, rows top to bottom. */
  pixels: Uint8Array;
}

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];
const WALL: Rgb = [0xf7, 0xf5, 0xf0];
const OVERSAMPLE = 2;

const rgb = (hex: string): Rgb => [
  Number.parseInt(hex.slice(1, 3), 16),
  Number.parseInt(hex.slice(3, 5), 16),
  Number.parseInt(hex.slice(5, 7), 16),
];

function blank(width: number, height: number): RgbImage {
  const pixels = new Uint8Array(width * height * 3);
  for (let index = 0; index < width * height; index++) pixels.set(WALL, index * 3);
  return { width, height, pixels };
}

function fillPolygon(image: RgbImage, points: readonly Point[], colour: Rgb): void {
  for (let y = 0; y < image.height; y++) {
    const centre = y + 0.5;
    const crossings: number[] = [];
    for (let index = 0; index < points.length; index++) {
      const a = points[index];
      const b = points[(index + 1) % points.length];
      if (!a || !b || a[1] <= centre === b[1] <= centre) continue;
      crossings.push(a[0] + ((centre - a[1]) / (b[1] - a[1])) * (b[0] - a[0]));
    }
    crossings.sort((p, q) => p - q);
    for (let index = 0; index + 1 < crossings.length; index += 2) {
      const from = Math.max(0, Math.ceil((crossings[index] ?? 0) - 0.5));
      const to = Math.min(image.width - 1, Math.floor((crossings[index + 1] ?? 0) - 0.5));
      for (let x = from; x <= to; x++) image.pixels.set(colour, (y * image.width + x) * 3);
    }
  }
}

function strokeSegment(image: RgbImage, a: Point, b: Point, halfWidth: number, colour: Rgb): void {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const lengthSquared = dx * dx + dy * dy || 1;
  const top = Math.max(0, Math.floor(Math.min(a[1], b[1]) - halfWidth));
  const bottom = Math.min(image.height - 1, Math.ceil(Math.max(a[1], b[1]) + halfWidth));
  const left = Math.max(0, Math.floor(Math.min(a[0], b[0]) - halfWidth));
  const right = Math.min(image.width - 1, Math.ceil(Math.max(a[0], b[0]) + halfWidth));
  for (let y = top; y <= bottom; y++) {
    for (let x = left; x <= right; x++) {
      const [px, py] = [x + 0.5 - a[0], y + 0.5 - a[1]];
      const along = Math.max(0, Math.min(1, (px * dx + py * dy) / lengthSquared));
      if (Math.hypot(px - along * dx, py - along * dy) <= halfWidth)
        image.pixels.set(colour, (y * image.width + x) * 3);
    }
  }
}

function shrink(image: RgbImage, factor: number): RgbImage {
  const width = image.width / factor;
  const height = image.height / factor;
  const pixels = new Uint8Array(width * height * 3);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++)
      for (let channel = 0; channel < 3; channel++) {
        let sum = 0;
        for (let v = 0; v < factor; v++)
          for (let u = 0; u < factor; u++)
            sum += image.pixels[((y * factor + v) * image.width + x * factor + u) * 3 + channel] ?? 0;
        pixels[(y * width + x) * 3 + channel] = Math.round(sum / factor / factor);
      }
  return { width, height, pixels };
}

/** Colours by tone; by default the figures' own. */
export type Palette = Partial<Record<Tone, { fill: string | null; stroke: string | null; width: number }>>;

/** The frame painted `width` pixels wide (the height follows the frame's proportions). */
export function rasterise(frame: FigureFrame, width: number, palette: Palette = {}): RgbImage {
  const scale = (width / frame.width) * OVERSAMPLE;
  const image = blank(width * OVERSAMPLE, Math.round((width * frame.height) / frame.width) * OVERSAMPLE);
  for (const shape of frame.shapes) {
    const paint = palette[shape.tone] ?? FIGURE_PAINT[shape.tone];
    const points = shape.points.map(([x, y]) => [x * scale, y * scale] as const);
    if (shape.closed && paint.fill) fillPolygon(image, points, rgb(paint.fill));
    if (!paint.stroke) continue;
    const ends = shape.closed ? [...points, points[0] ?? [0, 0]] : points;
    for (let index = 0; index + 1 < ends.length; index++) {
      const [a, b] = [ends[index], ends[index + 1]];
      if (a && b) strokeSegment(image, a, b, (paint.width * scale) / 2, rgb(paint.stroke));
    }
  }
  return shrink(image, OVERSAMPLE);
}
