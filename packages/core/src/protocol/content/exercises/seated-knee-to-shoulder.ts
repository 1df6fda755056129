import type { ExerciseDefinition } from '../../types.js';
import { holdStep, PAIN_TRAFFIC_LIGHT_CUE, REST_SECONDS_HOLD, STRETCH_FEELING_CUE } from './dose-steps.js';

export const SEATED_KNEE_TO_SHOULDER: ExerciseDefinition = {
  id: 'seated-knee-to-shoulder',
  name: {
    en: 'Seated knee to opposite shoulder stretch',
    es: 'Estiramiento sentado, rodilla hacia el hombro contrario',
  },
  category: 'flexibility',
  purpose: {
    en: 'Stretches the back and outside of the {side} hip while you sit upright.',
    es: 'Estira la parte de atrás y de fuera de la cadera del lado {side} mientras está sentado.',
  },
  startPosition: {
    en: 'Sit tall on the floor or a firm bed with both legs straight out in front of you.',
    es: 'Siéntese con la espalda recta en el suelo o en una cama firme, con las dos piernas estiradas hacia delante.',
  },
  steps: [
    {
      en: 'Bend your {side} knee and bring it up towards your chest.',
      es: 'Doble la rodilla del lado {side} y acérquela al pecho.',
    },
    {
      en: 'Wrap both arms around the {side} knee and shin.',
      es: 'Rodee con los dos brazos la rodilla y la espinilla del lado {side}.',
    },
    {
      en: 'Gently pull the knee towards your {otherSide} shoulder until you feel a mild stretch in the buttock and outer hip.',
      es: 'Tire con suavidad de la rodilla hacia el hombro del lado {otherSide} hasta notar un estiramiento leve en la nalga y la parte de fuera de la cadera.',
    },
    {
      en: 'Stay there for the hold time, sitting tall and breathing normally.',
      es: 'Quédese así el tiempo indicado, con la espalda recta y respirando con normalidad.',
    },
    { en: 'Slowly let go and straighten the leg.', es: 'Suelte despacio y estire la pierna.' },
  ],
  cues: [
    {
      en: 'Sit tall; do not slump to reach further.',
      es: 'Mantenga la espalda recta; no se encorve para llegar más lejos.',
    },
    { en: 'Hold still; do not bounce.', es: 'Mantenga la postura sin moverse; no haga rebotes.' },
    STRETCH_FEELING_CUE,
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Knee to opposite shoulder', es: 'Rodilla hacia el hombro contrario' },
    { en: 'Sit tall and breathe', es: 'Espalda recta, y respire' },
    { en: 'Mild stretch, no pain', es: 'Estiramiento leve, sin dolor' },
    { en: 'Slowly let go', es: 'Suelte despacio' },
  ],
  commonMistakes: [
    {
      en: 'Rounding the back instead of moving the knee.',
      es: 'Redondear la espalda en lugar de mover la rodilla.',
    },
    {
      en: 'Pulling hard enough to pinch the front of the hip.',
      es: 'Tirar tan fuerte que se note un pellizco en la parte delantera de la cadera.',
    },
    { en: 'Holding your breath.', es: 'Aguantar la respiración.' },
  ],
  defaultDose: {
    sets: 3,
    reps: null,
    holdSeconds: 10,
    effort: null,
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 1,
    restSecondsBetweenSets: REST_SECONDS_HOLD,
  },
  progression: {
    kind: 'ladder',
    steps: [holdStep(3, 10), holdStep(3, 15), holdStep(3, 20), holdStep(3, 25), holdStep(3, 30)],
    goodSessionsPerStep: 1,
    minDaysPerStep: 0,
  },
  loadOptions: [{ kind: 'bodyweight', therapistOnly: false, stepKg: null, safetyNote: null }],
  side: 'injured',
  tags: ['adduction'],
  phases: [1, 2, 3],
  conditions: ['muscle-strain'],
  tendinopathyPhases: [],
  fallsRisk: false,
  bedAlternative: null,
  therapistChosen: false,
  frequency: 'daily',
  evidence: 'Starting article program (seed): held stretch daily; +5 s per good day to 30 s is our rule.',
  figure: 'seated-knee-to-shoulder',
};
