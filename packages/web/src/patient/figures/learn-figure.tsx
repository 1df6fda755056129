import { figureFrame, type LearnFigureId } from '@minimus/core';
import { FigureSvg } from './figure-svg.js';

/** One education picture, drawn for the right side. */
export function LearnFigure(props: { figure: LearnFigureId; label: string }) {
  return <FigureSvg frame={figureFrame({ figure: props.figure }, 0, 'right')} label={props.label} />;
}
