import type { ExerciseDefinition, Text } from '../../types.js';
import { PAIN_TRAFFIC_LIGHT_CUE, REST_SECONDS_RESISTANCE, repStep, type StageTiming } from './dose-steps.js';

const DOUBLE_LEG: Text = { en: 'Double-leg bridge', es: 'Puente con las dos piernas' };
const OFFSET: Text = { en: 'Offset bridge', es: 'Puente con un pie adelantado' };
const SINGLE_LEG: Text = { en: 'Single-leg bridge', es: 'Puente sobre una pierna' };

/** LEAP: both legs light and daily from week 1, offset from week 2; single leg is "somewhat hard". */
const PHASE_2: StageTiming = { fromPhase: 2, oneLeg: true };
const STRENGTH: StageTiming = { frequency: 'resistance-days', fromPhase: 2, oneLeg: true };

export const BRIDGE_PROGRESSION: ExerciseDefinition = {
  id: 'bridge-progression',
  name: { en: 'Bridge, from two legs to one', es: 'Puente, de dos piernas a una' },
  category: 'dynamic-resistance',
  purpose: {
    en: 'Strengthens the buttock and hip muscles of both legs, then of one leg at a time, for walking, stairs and sport.',
    es: 'Fortalece los glúteos y los músculos de la cadera de las dos piernas, y después de una sola, para caminar, subir escaleras y hacer deporte.',
  },
  startPosition: {
    en: 'Lie on your back with both knees bent, feet flat and hip-width apart, arms by your sides.',
    es: 'Túmbese boca arriba con las dos rodillas dobladas, los pies apoyados y separados al ancho de las caderas, y los brazos a los lados.',
  },
  steps: [
    {
      en: 'Tighten your tummy gently and squeeze your buttocks.',
      es: 'Apriete un poco el abdomen y contraiga los glúteos.',
    },
    {
      en: 'Lift your hips until your body is in a straight line from shoulders to knees.',
      es: 'Suba la cadera hasta que el cuerpo forme una línea recta de los hombros a las rodillas.',
    },
    { en: 'Hold for a moment with the pelvis level.', es: 'Mantenga un momento con la pelvis nivelada.' },
    { en: 'Lower slowly back to the bed.', es: 'Baje despacio hasta la cama.' },
    {
      en: 'Offset bridge: place one foot a little in front of the other; single-leg bridge: lift one foot off and push through the other.',
      es: 'Puente con un pie adelantado: ponga un pie un poco por delante del otro; puente sobre una pierna: levante un pie y empuje con el otro.',
    },
  ],
  cues: [
    { en: 'Push through your heels.', es: 'Empuje con los talones.' },
    {
      en: 'Keep both sides of the pelvis at the same height.',
      es: 'Mantenga los dos lados de la pelvis a la misma altura.',
    },
    { en: 'Do not arch your lower back at the top.', es: 'No arquee la zona lumbar arriba.' },
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Squeeze and lift', es: 'Apriete y suba' },
    { en: 'Pelvis level', es: 'Pelvis nivelada' },
    { en: 'Push through the heels', es: 'Empuje con los talones' },
    { en: 'Lower slowly', es: 'Baje despacio' },
  ],
  commonMistakes: [
    { en: 'Letting one side of the pelvis drop.', es: 'Dejar caer un lado de la pelvis.' },
    {
      en: 'Arching the back instead of lifting with the buttocks.',
      es: 'Arquear la espalda en lugar de subir con los glúteos.',
    },
    { en: 'Letting the knees fall inwards.', es: 'Dejar que las rodillas se vayan hacia dentro.' },
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
      repStep(1, 10, DOUBLE_LEG),
      repStep(2, 10, DOUBLE_LEG),
      repStep(1, 5, OFFSET, PHASE_2),
      repStep(1, 10, OFFSET, PHASE_2),
      repStep(2, 5, SINGLE_LEG, STRENGTH),
      repStep(2, 8, SINGLE_LEG, STRENGTH),
      repStep(2, 10, SINGLE_LEG, STRENGTH),
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
    'LEAP trial, Mellor et al. 2018, BMJ 361:k1662 (both legs light and daily, offset, then single leg on resistance days); Moore et al. 2019, J Sport Rehabil 28:544 (activation, not proof of effect); one stage per 2 good sessions is our rule.',
  figure: 'bridge-progression',
};
