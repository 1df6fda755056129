import type { ExerciseDefinition } from '../../types.js';
import { PAIN_TRAFFIC_LIGHT_CUE, REST_SECONDS_HOLD, repStep, STRETCH_FEELING_CUE } from './dose-steps.js';

export const CROSSOVER_DYNAMIC: ExerciseDefinition = {
  id: 'crossover-dynamic',
  name: { en: 'Lying crossover stretch, moving', es: 'Estiramiento cruzado boca arriba, en movimiento' },
  category: 'flexibility',
  purpose: {
    en: 'Gently moves the {side} hip through its range so the muscle on the side of the hip loosens without strain.',
    es: 'Mueve con suavidad la cadera del lado {side} en todo su recorrido para soltar el músculo del lateral de la cadera sin forzarlo.',
  },
  startPosition: {
    en: 'Lie on your back on a firm bed or the floor with both legs straight.',
    es: 'Túmbese boca arriba en una cama firme o en el suelo, con las dos piernas estiradas.',
  },
  steps: [
    {
      en: 'Bend your {side} knee and cross your {side} leg over the other one.',
      es: 'Doble la rodilla del lado {side} y cruce esa pierna por encima de la otra.',
    },
    {
      en: 'Put your {side} foot flat on the bed, just outside your other knee.',
      es: 'Apoye el pie del lado {side} en la cama, justo por fuera de la otra rodilla.',
    },
    {
      en: 'Hold the outside of your {side} knee with your {otherSide} hand.',
      es: 'Sujete la parte de fuera de la rodilla del lado {side} con la mano del lado {otherSide}.',
    },
    {
      en: 'Slowly draw the knee across towards your {otherSide} side until you feel a gentle stretch in the outer hip.',
      es: 'Lleve despacio la rodilla hacia el lado {otherSide} hasta notar un estiramiento suave en la parte de fuera de la cadera.',
    },
    {
      en: 'Let the knee come back to upright. That is one repetition.',
      es: 'Deje que la rodilla vuelva a quedar recta. Eso es una repetición.',
    },
  ],
  cues: [
    { en: 'Keep both shoulders resting on the bed.', es: 'Mantenga los dos hombros apoyados en la cama.' },
    {
      en: 'Move slowly; a stretch, never a sharp pain.',
      es: 'Muévase despacio; debe notar estiramiento, nunca un dolor punzante.',
    },
    STRETCH_FEELING_CUE,
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Knee slowly across', es: 'Rodilla hacia el lado, despacio' },
    { en: 'Gentle stretch, no pain', es: 'Estiramiento suave, sin dolor' },
    { en: 'Knee back to upright', es: 'Rodilla de vuelta al centro' },
    { en: 'Shoulders stay down', es: 'Hombros apoyados' },
  ],
  commonMistakes: [
    {
      en: 'Yanking the knee across instead of moving it with control.',
      es: 'Tirar de la rodilla de golpe en lugar de moverla con control.',
    },
    {
      en: 'Rolling the pelvis and shoulders over to go further.',
      es: 'Girar la pelvis y los hombros para llegar más lejos.',
    },
    { en: 'Pushing into pain to reach a bigger stretch.', es: 'Forzar hasta sentir dolor para estirar más.' },
  ],
  defaultDose: {
    sets: 1,
    reps: 10,
    holdSeconds: null,
    effort: null,
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 1,
    restSecondsBetweenSets: REST_SECONDS_HOLD,
  },
  progression: {
    kind: 'ladder',
    steps: [repStep(1, 10), repStep(1, 11), repStep(1, 12), repStep(1, 13), repStep(1, 14), repStep(1, 15)],
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
  evidence: 'Starting article program (seed): 10 slow repetitions daily, progressing to 15.',
  figure: 'crossover-dynamic',
};
