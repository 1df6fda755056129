import type { Text } from '../protocol/types.js';
import type { LearnFigureId } from './types.js';

/**
 * Words that go with the figures, in every language (`{side}` filled in by `renderText`). They live
 * with the figures, so they load with them rather than on the first visit.
 */
export const FIGURE_WORDS = {
  working: {
    en: 'In orange: the leg that works ({side})',
    es: 'En naranja: la pierna que trabaja (lado {side})',
  },
  workingBoth: { en: 'In orange: the legs that work', es: 'En naranja: las piernas que trabajan' },
} as const satisfies Readonly<Record<string, Text>>;

/** What each education picture shows: the anatomy point and the load-management advice. */
export const LEARN_FIGURE_CAPTIONS: Readonly<Record<LearnFigureId, Text>> = {
  'learn-single-leg-stance': {
    en: 'Standing on one leg: this muscle keeps your pelvis level.',
    es: 'De pie sobre una pierna: este músculo mantiene la pelvis nivelada.',
  },
  'learn-crossed-legs': {
    en: 'Avoid: sitting with your legs crossed.',
    es: 'Evitar: sentarse con las piernas cruzadas.',
  },
  'learn-low-chair': {
    en: 'Avoid: low, deep chairs that put your hips below your knees.',
    es: 'Evitar: sillas bajas y hundidas que dejan las caderas por debajo de las rodillas.',
  },
  'learn-pillow-between-knees': {
    en: 'Better: lying on the other side with a pillow between your knees.',
    es: 'Mejor: tumbarse sobre el otro lado con una almohada entre las rodillas.',
  },
};
