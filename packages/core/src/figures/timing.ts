import type { FigureStage } from './types.js';

/** The three moments a contact sheet or a handout shows: the start, halfway, and the end position. */
export function figureMoments(stage: FigureStage): { start: number; middle: number; end: number } {
  return { start: 0, middle: stage.endAt / 2, end: stage.endAt };
}

/**
 * The moment of the loop for `progress` (0-1) through repetition `rep` (1-based): one repetition of the
 * player is one repetition of the figure, and side-steps alternate direction rep by rep.
 */
export function repMoment(stage: FigureStage, rep: number, progress: number): number {
  const clamped = Math.min(1, Math.max(0, progress));
  const index = (((Math.max(1, Math.floor(rep)) - 1) % stage.loopReps) + stage.loopReps) % stage.loopReps;
  return (index + clamped) / stage.loopReps;
}

/** How long the figure takes to move into a hold and out of it again, at most. */
const HOLD_EASE_SECONDS = 1.5;

/**
 * The moment of a hold's loop after `heldSeconds` of `holdSeconds`: moving into position at the start,
 * held still while the timer runs, and out of it over the last moment.
 */
export function holdMoment(stage: FigureStage, heldSeconds: number, holdSeconds: number): number {
  const ease = Math.min(HOLD_EASE_SECONDS, holdSeconds / 4);
  const held = Math.min(holdSeconds, Math.max(0, heldSeconds));
  const reached = stage.endAt;
  if (ease <= 0) return reached;
  if (held < ease) return (reached * held) / ease;
  const left = holdSeconds - held;
  if (left < ease) return 1 - (reached * left) / ease;
  return 0.5;
}
