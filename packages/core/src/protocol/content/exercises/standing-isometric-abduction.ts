import type { ExerciseDefinition } from '../../types.js';
import { holdStep, PAIN_TRAFFIC_LIGHT_CUE, REST_SECONDS_HOLD } from './dose-steps.js';

export const STANDING_ISOMETRIC_ABDUCTION: ExerciseDefinition = {
  id: 'standing-isometric-abduction',
  name: { en: 'Standing leg press into a wall', es: 'Empuje de la pierna contra la pared, de pie' },
  category: 'isometric',
  purpose: {
    en: 'Strengthens the side of the {side} hip in standing, with the leg in a neutral position.',
    es: 'Fortalece el lateral de la cadera del lado {side} de pie, con la pierna en posición neutra.',
  },
  startPosition: {
    en: 'Stand side-on to a wall with your {side} side next to it, feet hip-width apart, a hand on a chair for balance.',
    es: 'Póngase de pie de lado a una pared, con el lado {side} junto a ella, los pies separados al ancho de las caderas y una mano en una silla para mantener el equilibrio.',
  },
  steps: [
    {
      en: 'Stand close enough that the outside of your {side} knee and thigh touch the wall.',
      es: 'Acérquese hasta que la parte de fuera de la rodilla y el muslo del lado {side} toquen la pared.',
    },
    {
      en: 'Stand tall with your weight on both feet and your pelvis level.',
      es: 'Mantenga la espalda recta, el peso en los dos pies y la pelvis nivelada.',
    },
    {
      en: 'Press the outside of the {side} leg into the wall with light effort.',
      es: 'Empuje la parte de fuera de la pierna del lado {side} contra la pared con un esfuerzo ligero.',
    },
    {
      en: 'Hold the press for the set time without leaning into the wall.',
      es: 'Mantenga el empuje el tiempo indicado sin apoyar el cuerpo en la pared.',
    },
    {
      en: 'Relax slowly, rest, then repeat for the next set.',
      es: 'Relaje despacio, descanse y repita la siguiente serie.',
    },
  ],
  cues: [
    {
      en: 'Keep your body upright; only the leg presses.',
      es: 'Mantenga el cuerpo recto; solo empuja la pierna.',
    },
    {
      en: 'Keep the pelvis level, do not hitch the hip.',
      es: 'Mantenga la pelvis nivelada, sin subir la cadera.',
    },
    { en: 'Breathe normally during the hold.', es: 'Respire con normalidad mientras empuja.' },
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Press the leg into the wall', es: 'Empuje la pierna contra la pared' },
    { en: 'Stand tall', es: 'Espalda recta' },
    { en: 'Keep breathing', es: 'Siga respirando' },
    { en: 'And relax', es: 'Y relaje' },
  ],
  commonMistakes: [
    { en: 'Leaning the upper body into the wall.', es: 'Apoyar el tronco en la pared.' },
    {
      en: 'Standing with the feet crossed or close together.',
      es: 'Ponerse con los pies cruzados o muy juntos.',
    },
    { en: 'Holding your breath.', es: 'Aguantar la respiración.' },
  ],
  defaultDose: {
    sets: 3,
    reps: null,
    holdSeconds: 5,
    effort: 'light',
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 1,
    restSecondsBetweenSets: REST_SECONDS_HOLD,
  },
  progression: {
    kind: 'ladder',
    steps: [
      holdStep(3, 5, 'light'),
      holdStep(5, 5, 'light'),
      holdStep(5, 10, 'light'),
      holdStep(5, 15, 'light'),
      holdStep(6, 20, 'moderate'),
      holdStep(6, 30, 'moderate'),
    ],
    goodSessionsPerStep: 1,
    minDaysPerStep: 2,
  },
  loadOptions: [{ kind: 'bodyweight', therapistOnly: false, stepKg: null, safetyNote: null }],
  side: 'injured',
  tags: [],
  phases: [1, 2],
  conditions: ['tendinopathy'],
  tendinopathyPhases: [],
  fallsRisk: false,
  bedAlternative: null,
  therapistChosen: false,
  frequency: 'daily',
  evidence:
    'LEAP trial, Mellor et al. 2018, BMJ 361:k1662 (3-5 x 5-15 s light, daily); progression towards 6 x 30 s once daily after Clifford et al. 2019; at most one step per 48 h is our rule.',
  figure: 'standing-isometric-abduction',
};
