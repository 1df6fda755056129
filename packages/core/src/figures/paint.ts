import { shapePath } from './frame.js';
import type { FigureFrame, Tone } from './types.js';

export interface Paint {
  fill: string | null;
  stroke: string | null;
  /** Stroke width in viewBox units. */
  width: number;
}

/**
 * How each tone is painted on screen and in print: a neutral grey-blue body (no skin tone, no gender),
 * its far side darker, the working leg in a warm accent, equipment in plain colours.
 */
export const FIGURE_PAINT: Readonly<Record<Tone, Paint>> = {
  floor: { fill: '#eef1f4', stroke: null, width: 0 },
  prop: { fill: '#d3d9df', stroke: '#7d8a97', width: 0.8 },
  'prop-top': { fill: '#e7eaee', stroke: '#7d8a97', width: 0.8 },
  soft: { fill: '#d9e4ee', stroke: '#8fa3b6', width: 0.8 },
  pillow: { fill: '#ece4f7', stroke: '#7e6aa8', width: 1 },
  'body-far': { fill: '#8e9aa7', stroke: '#34404c', width: 1 },
  'work-far': { fill: '#c06a24', stroke: '#6e3309', width: 1 },
  body: { fill: '#c3cdd7', stroke: '#34404c', width: 1 },
  work: { fill: '#f08a3c', stroke: '#6e3309', width: 1 },
  weight: { fill: '#3b4652', stroke: '#1c232a', width: 1 },
  strap: { fill: null, stroke: '#5b3f8c', width: 2.6 },
  band: { fill: null, stroke: '#c2185b', width: 2.6 },
  effort: { fill: null, stroke: '#b3261e', width: 2.6 },
  motion: { fill: null, stroke: '#1d5c8c', width: 2 },
};

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

/**
 * A frame as a standalone SVG document, labelled for screen readers; for scripts, tests and print.
 *
 * @example
 * figureSvg(figureFrame({ figure: 'bridge-progression' }, 0.5, 'right'), 'Bridge').startsWith('<svg') // true
 */
export function figureSvg(frame: FigureFrame, label: string): string {
  const shapes = frame.shapes.map((shape) => {
    const paint = FIGURE_PAINT[shape.tone];
    return `<path d="${shapePath(shape)}" fill="${paint.fill ?? 'none'}" stroke="${paint.stroke ?? 'none'}" stroke-width="${paint.width}" stroke-linejoin="round" stroke-linecap="round"/>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${frame.width} ${frame.height}" role="img" aria-label="${escapeAttribute(label)}">${shapes.join('')}</svg>`;
}
