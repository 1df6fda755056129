import type { ExerciseDefinition, Text } from '../../types.js';
import {
  HOLD_A_SUPPORT_CUE,
  PAIN_TRAFFIC_LIGHT_CUE,
  REST_SECONDS_RESISTANCE,
  repStep,
  type StageTiming,
} from './dose-steps.js';

const SIDE_STEPPING: Text = { en: 'Side-stepping', es: 'Pasos laterales' };
const BANDED: Text = { en: 'Side-steps with a band', es: 'Pasos laterales con banda elástica' };

/** Band side-slides are the harder stage: on resistance days, from phase 2 (LEAP weeks 3-8). */
const STRENGTH: StageTiming = { frequency: 'resistance-days', fromPhase: 2 };

export const BAND_SIDE_STEPS: ExerciseDefinition = {
  id: 'band-side-steps',
  name: { en: 'Side-steps, then with a band', es: 'Pasos laterales, después con banda' },
  category: 'functional',
  purpose: {
    en: 'Trains both hips to control side-to-side movement, getting you ready for everyday activity and sport.',
    es: 'Entrena las dos caderas para controlar el movimiento de lado a lado y prepararle para la actividad diaria y el deporte.',
  },
  startPosition: {
    en: 'Stand tall with feet hip-width apart, knees slightly bent, in a clear space or along a kitchen counter.',
    es: 'Póngase de pie con la espalda recta, los pies separados al ancho de las caderas y las rodillas un poco dobladas, en un espacio libre o junto a la encimera de la cocina.',
  },
  steps: [
    {
      en: 'With a band: loop it around both legs just above the knees; without: skip this step.',
      es: 'Con banda: colóquela alrededor de las dos piernas justo encima de las rodillas; sin banda: sáltese este paso.',
    },
    {
      en: 'Step sideways with one foot, about shoulder-width.',
      es: 'Dé un paso hacia un lado con un pie, más o menos al ancho de los hombros.',
    },
    {
      en: 'Bring the other foot after it, keeping the feet apart.',
      es: 'Acerque el otro pie, sin juntar los pies del todo.',
    },
    {
      en: 'Take the set number of steps one way, then the same number back the other way.',
      es: 'Dé el número de pasos indicado hacia un lado y luego el mismo número de vuelta hacia el otro.',
    },
  ],
  cues: [
    {
      en: 'Keep your pelvis level and your body upright.',
      es: 'Mantenga la pelvis nivelada y el cuerpo recto.',
    },
    { en: 'Toes point forward all the time.', es: 'Los dedos de los pies miran siempre hacia delante.' },
    {
      en: 'Slow, controlled steps; do not drag the feet.',
      es: 'Pasos lentos y controlados; no arrastre los pies.',
    },
    HOLD_A_SUPPORT_CUE,
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Step wide, stay low', es: 'Paso amplio, rodillas flexionadas' },
    { en: 'Toes forward', es: 'Dedos hacia delante' },
    { en: 'Pelvis level', es: 'Pelvis nivelada' },
    { en: 'Now the other way', es: 'Ahora hacia el otro lado' },
  ],
  commonMistakes: [
    { en: 'Letting the knees fall inwards.', es: 'Dejar que las rodillas se vayan hacia dentro.' },
    { en: 'Rocking the upper body from side to side.', es: 'Balancear el tronco de un lado a otro.' },
    {
      en: 'Letting the feet snap together between steps.',
      es: 'Juntar los pies de golpe entre paso y paso.',
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
      repStep(1, 10, SIDE_STEPPING),
      repStep(1, 15, SIDE_STEPPING),
      repStep(1, 5, BANDED, STRENGTH),
      repStep(1, 10, BANDED, STRENGTH),
      repStep(2, 10, BANDED, STRENGTH),
    ],
    goodSessionsPerStep: 2,
    minDaysPerStep: 0,
  },
  loadOptions: [
    { kind: 'bodyweight', therapistOnly: false, stepKg: null, safetyNote: null },
    { kind: 'resistance-band', therapistOnly: false, stepKg: null, safetyNote: null },
  ],
  side: 'both',
  tags: [],
  phases: [3],
  conditions: ['muscle-strain', 'tendinopathy'],
  tendinopathyPhases: [1, 2],
  fallsRisk: true,
  bedAlternative: null,
  therapistChosen: true,
  frequency: 'daily',
  evidence:
    'LEAP trial, Mellor et al. 2018, BMJ 361:k1662 (side-stepping light and daily from week 1; band side-slides 5-10 each way on resistance days).',
  figure: 'band-side-steps',
};
