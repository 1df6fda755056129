import type { FigureDefinition, FigureId } from '../types.js';
import { LEARN_FIGURES } from './learn.js';
import { LYING_FIGURES } from './lying.js';
import { SIDE_LYING_FIGURES } from './side-lying.js';
import { STANDING_FIGURES } from './standing.js';

/** Every figure, keyed by its id: an exercise's id, or an education picture's. */
export const FIGURES: ReadonlyMap<FigureId, FigureDefinition> = new Map(
  [...LYING_FIGURES, ...SIDE_LYING_FIGURES, ...STANDING_FIGURES, ...LEARN_FIGURES].map((figure) => [
    figure.id,
    figure,
  ]),
);

/** Whether `value` names a figure (an exercise's `figure` field is plain text in a protocol file). */
export function isFigureId(value: string): value is FigureId {
  return FIGURES.has(value as FigureId);
}
