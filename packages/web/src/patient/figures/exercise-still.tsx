import {
  type Condition,
  figureFrame,
  figureMoments,
  figureStage,
  isFigureId,
  type PlannedExercise,
} from '@minimus/core';
import { FigureSvg } from './figure-svg.js';

/**
 * The end position of an exercise as a small still, for Today's cards: loaded with the figure module
 * after the page shows, so the first visit does not carry it.
 */
export function ExerciseStill(props: {
  figure: string;
  planned: PlannedExercise;
  condition: Condition;
  side: 'left' | 'right';
  label: string;
}) {
  if (!isFigureId(props.figure)) return null;
  const { variant, loadKind } = props.planned.prescription;
  const choice = { figure: props.figure, variant, loadKind, condition: props.condition };
  const frame = figureFrame(choice, figureMoments(figureStage(choice)).end, props.side, {
    motionArrow: true,
  });
  return <FigureSvg frame={frame} label={props.label} class="figure figure-still" />;
}
