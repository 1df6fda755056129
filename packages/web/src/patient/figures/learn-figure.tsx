import { figureFrame, LEARN_FIGURE_CAPTIONS, type LearnFigureId } from '@minimus/core';
import { useI18n } from '../i18n/i18n.js';
import { FigureSvg } from './figure-svg.js';

/** One education picture, drawn for the right side, with its caption in the reader's language. */
export function LearnFigure(props: { figure: LearnFigureId }) {
  const { locale } = useI18n();
  const caption = LEARN_FIGURE_CAPTIONS[props.figure][locale];
  return (
    <figure>
      <FigureSvg frame={figureFrame({ figure: props.figure }, 0, 'right')} label={caption} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
