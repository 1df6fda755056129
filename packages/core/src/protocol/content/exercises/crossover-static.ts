import type { ExerciseDefinition } from '../../types.js';
import { holdStep, PAIN_TRAFFIC_LIGHT_CUE, REST_SECONDS_HOLD, STRETCH_FEELING_CUE } from './dose-steps.js';

export const CROSSOVER_STATIC: ExerciseDefinition = {
  id: 'crossover-static',
  name: { en: 'Lying crossover stretch, held', es: 'Estiramiento cruzado boca arriba, mantenido' },
  category: 'flexibility',
  purpose: {
    en: 'Holds a gentle stretch on the outside of the {side} hip to ease stiffness in the muscle.',
    es: 'Mantiene un estiramiento suave en la parte de fuera de la cadera del lado {side} para aliviar la rigidez del músculo.',
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
      en: 'Gently draw the knee towards your {otherSide} side until you feel a mild stretch in the outer hip.',
      es: 'Lleve con suavidad la rodilla hacia el lado {otherSide} hasta notar un estiramiento leve en la parte de fuera de la cadera.',
    },
    {
      en: 'Stay there for the hold time, breathing normally.',
      es: 'Quédese así el tiempo indicado, respirando con normalidad.',
    },
    {
      en: 'Slowly let go and bring the knee back to upright.',
      es: 'Suelte despacio y vuelva a poner la rodilla recta.',
    },
  ],
  cues: [
    { en: 'Keep both shoulders resting on the bed.', es: 'Mantenga los dos hombros apoyados en la cama.' },
    { en: 'Hold still; do not bounce.', es: 'Mantenga la postura sin moverse; no haga rebotes.' },
    STRETCH_FEELING_CUE,
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Knee across, gently', es: 'Rodilla hacia el lado, con suavidad' },
    { en: 'Hold still and breathe', es: 'Sin moverse, y respire' },
    { en: 'Mild stretch, no pain', es: 'Estiramiento leve, sin dolor' },
    { en: 'Slowly let go', es: 'Suelte despacio' },
  ],
  commonMistakes: [
    { en: 'Bouncing at the end of the stretch.', es: 'Hacer rebotes al final del estiramiento.' },
    { en: 'Holding your breath.', es: 'Aguantar la respiración.' },
    {
      en: 'Rolling the pelvis and shoulders over to go further.',
      es: 'Girar la pelvis y los hombros para llegar más lejos.',
    },
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
  evidence: 'Starting article program (seed): 10-30 s holds daily; +5 s per good day is our rule.',
  figure: 'crossover-static',
};
