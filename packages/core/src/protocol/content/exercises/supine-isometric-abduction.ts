import type { ExerciseDefinition } from '../../types.js';
import { holdStep, PAIN_TRAFFIC_LIGHT_CUE, REST_SECONDS_HOLD, type StageTiming } from './dose-steps.js';

/** LEAP's light isometrics are done twice a day; the longer holds once (Clifford et al. 2019). */
const TWICE_DAILY: StageTiming = { timesPerDay: 2 };

export const SUPINE_ISOMETRIC_ABDUCTION: ExerciseDefinition = {
  id: 'supine-isometric-abduction',
  name: {
    en: 'Lying knee push-out against a belt',
    es: 'Empuje de rodillas hacia fuera contra un cinturón, boca arriba',
  },
  category: 'isometric',
  purpose: {
    en: 'Strengthens the muscles on the side of both hips with the legs in a neutral position, which is kind to sore tendons.',
    es: 'Fortalece los músculos del lateral de las dos caderas con las piernas en posición neutra, algo que cuida los tendones doloridos.',
  },
  startPosition: {
    en: 'Lie on your back with both knees bent, feet flat and hip-width apart, and a belt looped around your legs just above the knees.',
    es: 'Túmbese boca arriba con las dos rodillas dobladas, los pies apoyados y separados al ancho de las caderas, y un cinturón alrededor de las piernas justo por encima de las rodillas.',
  },
  steps: [
    {
      en: 'Fasten the belt so it is snug with your knees hip-width apart.',
      es: 'Ajuste el cinturón para que quede firme con las rodillas separadas al ancho de las caderas.',
    },
    {
      en: 'Gently push both knees outwards into the belt, using light effort.',
      es: 'Empuje con suavidad las dos rodillas hacia fuera contra el cinturón, con un esfuerzo ligero.',
    },
    {
      en: 'Hold the push for the set time; the knees should barely move.',
      es: 'Mantenga el empuje el tiempo indicado; las rodillas casi no deben moverse.',
    },
    { en: 'Relax slowly and rest.', es: 'Relaje despacio y descanse.' },
    { en: 'Repeat for the next set.', es: 'Repita la siguiente serie.' },
  ],
  cues: [
    {
      en: 'Keep your knees in line with your hips, not wider.',
      es: 'Mantenga las rodillas en línea con las caderas, no más abiertas.',
    },
    {
      en: 'Effort is light to moderate, never a strain.',
      es: 'El esfuerzo es de ligero a moderado, nunca forzado.',
    },
    { en: 'Breathe normally during the hold.', es: 'Respire con normalidad mientras empuja.' },
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Knees push out gently', es: 'Rodillas hacia fuera, suave' },
    { en: 'Hold it steady', es: 'Mantenga firme' },
    { en: 'Keep breathing', es: 'Siga respirando' },
    { en: 'And relax', es: 'Y relaje' },
  ],
  commonMistakes: [
    {
      en: 'Letting the knees fall wide apart; the belt should stop them.',
      es: 'Dejar que las rodillas se abran mucho; el cinturón debe impedirlo.',
    },
    { en: 'Lifting the bottom off the bed.', es: 'Levantar los glúteos de la cama.' },
    { en: 'Holding your breath.', es: 'Aguantar la respiración.' },
  ],
  defaultDose: {
    sets: 3,
    reps: null,
    holdSeconds: 5,
    effort: 'light',
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 2,
    restSecondsBetweenSets: REST_SECONDS_HOLD,
  },
  progression: {
    kind: 'ladder',
    steps: [
      holdStep(3, 5, 'light', TWICE_DAILY),
      holdStep(5, 5, 'light', TWICE_DAILY),
      holdStep(5, 10, 'light', TWICE_DAILY),
      holdStep(5, 15, 'moderate'),
      holdStep(6, 20, 'moderate'),
      holdStep(6, 30, 'moderate'),
    ],
    goodSessionsPerStep: 1,
    minDaysPerStep: 2,
  },
  loadOptions: [{ kind: 'bodyweight', therapistOnly: false, stepKg: null, safetyNote: null }],
  side: 'both',
  tags: [],
  phases: [1, 2],
  conditions: ['tendinopathy'],
  tendinopathyPhases: [],
  fallsRisk: false,
  bedAlternative: null,
  therapistChosen: false,
  frequency: 'daily',
  evidence:
    'LEAP trial, Mellor et al. 2018, BMJ 361:k1662 (3-5 x 5-10 s light, twice daily); progression towards 6 x 30 s once daily after Clifford et al. 2019; at most one step per 48 h is our rule.',
  figure: 'supine-isometric-abduction',
};
