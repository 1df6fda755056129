import type { ExerciseDefinition } from '../../types.js';
import { holdStep, PAIN_TRAFFIC_LIGHT_CUE, REST_SECONDS_HOLD } from './dose-steps.js';

export const SIDELYING_ISOMETRIC_ABDUCTION: ExerciseDefinition = {
  id: 'sidelying-isometric-abduction',
  name: {
    en: 'Side-lying leg press-up under a bed',
    es: 'Empuje de la pierna hacia arriba bajo una cama, de lado',
  },
  category: 'isometric',
  purpose: {
    en: 'Wakes up the small muscle on the side of the {side} hip by pressing without moving the joint.',
    es: 'Activa el pequeño músculo del lateral de la cadera del lado {side} empujando sin mover la articulación.',
  },
  startPosition: {
    en: 'Lie on the floor on your {otherSide} side, close to a bed or sofa, with your {side} leg on top and straight.',
    es: 'Túmbese en el suelo sobre el lado {otherSide}, cerca de una cama o un sofá, con la pierna del lado {side} encima y estirada.',
  },
  steps: [
    {
      en: 'Bend your lower knee a little for balance and rest your head on your arm.',
      es: 'Doble un poco la rodilla de abajo para tener equilibrio y apoye la cabeza en el brazo.',
    },
    {
      en: 'Slide the top ankle under the edge of the bed frame so it touches from below.',
      es: 'Meta el tobillo de arriba bajo el borde de la cama, de modo que la toque por debajo.',
    },
    {
      en: 'Gently press the ankle up into the bed, using light effort.',
      es: 'Empuje con suavidad el tobillo hacia arriba contra la cama, con un esfuerzo ligero.',
    },
    {
      en: 'Hold the press for the set time without letting the leg move.',
      es: 'Mantenga el empuje el tiempo indicado sin que la pierna se mueva.',
    },
    {
      en: 'Relax fully, rest, then repeat for the next set.',
      es: 'Relájese del todo, descanse y repita la siguiente serie.',
    },
  ],
  cues: [
    {
      en: 'Keep your hips stacked, one directly above the other.',
      es: 'Mantenga las caderas una encima de la otra.',
    },
    {
      en: 'Keep the top knee facing forward, not up to the ceiling.',
      es: 'La rodilla de arriba mira hacia delante, no hacia el techo.',
    },
    { en: 'Breathe normally during the hold.', es: 'Respire con normalidad mientras empuja.' },
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Press the ankle up gently', es: 'Empuje el tobillo hacia arriba, suave' },
    { en: 'Hips stacked', es: 'Caderas una sobre otra' },
    { en: 'Keep breathing', es: 'Siga respirando' },
    { en: 'And relax', es: 'Y relaje' },
  ],
  commonMistakes: [
    {
      en: 'Pushing as hard as possible: the effort should stay light.',
      es: 'Empujar con toda la fuerza: el esfuerzo debe ser ligero.',
    },
    {
      en: 'Rolling backwards so the toes point to the ceiling.',
      es: 'Girarse hacia atrás de modo que los dedos del pie miren al techo.',
    },
    { en: 'Holding your breath.', es: 'Aguantar la respiración.' },
  ],
  defaultDose: {
    sets: 5,
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
      holdStep(5, 5, 'light'),
      holdStep(5, 6, 'light'),
      holdStep(5, 7, 'light'),
      holdStep(5, 8, 'light'),
      holdStep(5, 9, 'light'),
      holdStep(5, 10, 'light'),
      holdStep(5, 10, 'moderate'),
    ],
    goodSessionsPerStep: 1,
    minDaysPerStep: 2,
  },
  loadOptions: [{ kind: 'bodyweight', therapistOnly: false, stepKg: null, safetyNote: null }],
  side: 'injured',
  tags: [],
  phases: [1, 2],
  conditions: ['muscle-strain'],
  tendinopathyPhases: [],
  fallsRisk: false,
  bedAlternative: {
    en: 'On a bed instead: lie on your {otherSide} side on the bed with a belt looped around both ankles, and press the {side} ankle up into the belt without lifting the leg.',
    es: 'En la cama: túmbese sobre el lado {otherSide} en la cama con un cinturón alrededor de los dos tobillos y empuje el tobillo {side} hacia arriba contra el cinturón sin levantar la pierna.',
  },
  therapistChosen: false,
  frequency: 'daily',
  evidence:
    'Starting article program (seed): 5-10 s holds daily; +1 s per good day and light to moderate effort is our rule.',
  figure: 'sidelying-isometric-abduction',
};
