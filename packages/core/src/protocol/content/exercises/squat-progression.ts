import type { ExerciseDefinition, Text } from '../../types.js';
import {
  HOLD_A_SUPPORT_CUE,
  PAIN_TRAFFIC_LIGHT_CUE,
  REST_SECONDS_RESISTANCE,
  repStep,
  type StageTiming,
} from './dose-steps.js';

const BOTH_LEGS: Text = { en: 'Squat to a chair', es: 'Sentadilla hasta una silla' };
const OFFSET: Text = { en: 'Offset squat', es: 'Sentadilla con un pie adelantado' };
const SINGLE_LEG_BIASED: Text = { en: 'Single-leg-biased squat', es: 'Sentadilla cargando una pierna' };

/** As the bridge (LEAP): both legs light and daily from week 1, offset next, single-leg biased is harder. */
const PHASE_2: StageTiming = { fromPhase: 2, oneLeg: true };
const STRENGTH: StageTiming = { frequency: 'resistance-days', fromPhase: 2, oneLeg: true };

export const SQUAT_PROGRESSION: ExerciseDefinition = {
  id: 'squat-progression',
  name: {
    en: 'Squat to a chair, from two legs to one',
    es: 'Sentadilla hasta una silla, de dos piernas a una',
  },
  category: 'functional',
  purpose: {
    en: 'Strengthens the buttock and thigh muscles for getting up from a chair, stairs and walking, first on both legs and then mostly on one.',
    es: 'Fortalece los glúteos y los muslos para levantarse de una silla, subir escaleras y caminar, primero con las dos piernas y después sobre todo con una.',
  },
  startPosition: {
    en: 'Stand in front of a firm chair without wheels, its seat just behind your knees, feet hip-width apart, arms forward or a hand on a counter.',
    es: 'Póngase de pie delante de una silla firme sin ruedas, con el asiento justo detrás de las rodillas, los pies separados al ancho de las caderas y los brazos hacia delante o una mano en una encimera.',
  },
  steps: [
    {
      en: 'Push your hips back and bend your knees as if to sit down.',
      es: 'Lleve la cadera hacia atrás y doble las rodillas como si fuera a sentarse.',
    },
    {
      en: 'Lower slowly until your buttocks just touch the chair, without sitting down.',
      es: 'Baje despacio hasta que los glúteos rocen la silla, sin llegar a sentarse.',
    },
    {
      en: 'Push through your heels to stand up tall again.',
      es: 'Empuje con los talones para volver a ponerse de pie del todo.',
    },
    {
      en: 'Offset squat: place one foot half a foot ahead of the other, so the back leg works harder. Single-leg-biased squat: the front foot further ahead, resting on its heel, so the back leg does most of the work.',
      es: 'Sentadilla con un pie adelantado: ponga un pie medio pie por delante del otro, para que la pierna de atrás trabaje más. Sentadilla cargando una pierna: el pie de delante más adelantado, apoyado solo en el talón, para que la pierna de atrás haga casi todo el trabajo.',
    },
  ],
  cues: [
    {
      en: 'Knees stay in line with your toes.',
      es: 'Las rodillas siguen la línea de los dedos de los pies.',
    },
    { en: 'Keep your pelvis level as you go down.', es: 'Mantenga la pelvis nivelada al bajar.' },
    { en: 'Slow down, steady up.', es: 'Baje despacio y suba con control.' },
    HOLD_A_SUPPORT_CUE,
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Hips back, knees bend', es: 'Cadera atrás, rodillas dobladas' },
    { en: 'Just touch the chair', es: 'Roce la silla' },
    { en: 'Push through the heels', es: 'Empuje con los talones' },
    { en: 'Stand tall', es: 'Póngase recto' },
  ],
  commonMistakes: [
    { en: 'Letting the knees fall inwards.', es: 'Dejar que las rodillas se vayan hacia dentro.' },
    {
      en: 'Dropping onto the chair instead of lowering slowly.',
      es: 'Dejarse caer en la silla en lugar de bajar despacio.',
    },
    {
      en: 'Leaning the body sideways, away from the working leg.',
      es: 'Inclinar el cuerpo hacia un lado, lejos de la pierna que trabaja.',
    },
  ],
  defaultDose: {
    sets: 1,
    reps: 10,
    holdSeconds: null,
    effort: null,
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 1,
    restSecondsBetweenSets: REST_SECONDS_RESISTANCE,
  },
  progression: {
    kind: 'ladder',
    steps: [
      repStep(1, 10, BOTH_LEGS),
      repStep(2, 10, BOTH_LEGS),
      repStep(1, 5, OFFSET, PHASE_2),
      repStep(1, 10, OFFSET, PHASE_2),
      repStep(2, 5, SINGLE_LEG_BIASED, STRENGTH),
      repStep(2, 8, SINGLE_LEG_BIASED, STRENGTH),
      repStep(2, 10, SINGLE_LEG_BIASED, STRENGTH),
    ],
    goodSessionsPerStep: 2,
    minDaysPerStep: 0,
  },
  loadOptions: [{ kind: 'bodyweight', therapistOnly: false, stepKg: null, safetyNote: null }],
  side: 'both',
  tags: [],
  phases: [3],
  conditions: ['muscle-strain', 'tendinopathy'],
  tendinopathyPhases: [1, 2],
  fallsRisk: false,
  bedAlternative: null,
  therapistChosen: true,
  frequency: 'daily',
  evidence:
    'LEAP trial, Mellor et al. 2018, BMJ 361:k1662 (squat progression alongside the bridge); one stage per 2 good sessions is our rule.',
  figure: 'squat-progression',
};
