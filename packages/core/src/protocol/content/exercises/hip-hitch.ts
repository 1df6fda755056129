import type { ExerciseDefinition, Text } from '../../types.js';
import {
  HOLD_A_SUPPORT_CUE,
  holdStep,
  PAIN_TRAFFIC_LIGHT_CUE,
  REST_SECONDS_RESISTANCE,
  repStep,
  type StageTiming,
} from './dose-steps.js';

const HOLD: Text = { en: 'Hip hitch, held', es: 'Elevación de cadera, mantenida' };
const MOVING: Text = { en: 'Hip hitch, lift and lower', es: 'Elevación de cadera, subir y bajar' };

const STRENGTH: StageTiming = { frequency: 'resistance-days', fromPhase: 3 };

export const HIP_HITCH: ExerciseDefinition = {
  id: 'hip-hitch',
  name: { en: 'Standing hip hitch on a step', es: 'Elevación de cadera de pie en un escalón' },
  category: 'dynamic-resistance',
  purpose: {
    en: 'Trains the {side} hip to hold your pelvis level when you stand on one leg, as in walking and on stairs.',
    es: 'Entrena la cadera del lado {side} para mantener la pelvis nivelada al apoyarse en una pierna, como al caminar o en las escaleras.',
  },
  startPosition: {
    en: 'Stand sideways on the bottom stair on your {side} leg, holding the rail, with your {otherSide} foot off the edge.',
    es: 'Póngase de lado en el primer escalón, con el peso sobre la pierna del lado {side}, sujetándose a la barandilla, con el pie del lado {otherSide} por fuera del borde.',
  },
  steps: [
    {
      en: 'Stand tall with your {side} knee straight but not locked.',
      es: 'Mantenga la espalda recta y la rodilla del lado {side} estirada pero sin bloquearla.',
    },
    {
      en: 'Let your {otherSide} hip drop gently so that foot sinks a little below the step.',
      es: 'Deje bajar con suavidad la cadera del lado {otherSide} para que ese pie quede un poco por debajo del escalón.',
    },
    {
      en: 'Using the {side} hip, lift the {otherSide} side of your pelvis back up until it is level or slightly higher.',
      es: 'Con la cadera del lado {side}, vuelva a subir el lado {otherSide} de la pelvis hasta que quede nivelada o un poco más alta.',
    },
    {
      en: 'Held version: stay with the pelvis level for the hold time.',
      es: 'Versión mantenida: quédese con la pelvis nivelada el tiempo indicado.',
    },
    {
      en: 'Moving version: lower and lift slowly for the set number of repetitions.',
      es: 'Versión en movimiento: baje y suba despacio el número de repeticiones indicado.',
    },
  ],
  cues: [
    {
      en: 'Keep both knees straight; the movement comes from the hip.',
      es: 'Mantenga las dos rodillas estiradas; el movimiento sale de la cadera.',
    },
    { en: 'Keep your upper body still and upright.', es: 'Mantenga el tronco quieto y recto.' },
    {
      en: 'Hold the rail for balance, not to pull yourself up.',
      es: 'Sujétese a la barandilla para el equilibrio, no para tirar de ella.',
    },
    HOLD_A_SUPPORT_CUE,
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Stand tall on the step', es: 'Espalda recta sobre el escalón' },
    { en: 'Lift the free hip', es: 'Suba la cadera libre' },
    { en: 'Knees straight', es: 'Rodillas estiradas' },
    { en: 'Lower slowly', es: 'Baje despacio' },
  ],
  commonMistakes: [
    {
      en: 'Bending the standing knee to move the foot.',
      es: 'Doblar la rodilla de apoyo para mover el pie.',
    },
    { en: 'Leaning the upper body sideways.', es: 'Inclinar el tronco hacia un lado.' },
    { en: 'Pulling on the rail to lift the hip.', es: 'Tirar de la barandilla para subir la cadera.' },
  ],
  defaultDose: {
    sets: 5,
    reps: null,
    holdSeconds: 10,
    effort: null,
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 1,
    restSecondsBetweenSets: REST_SECONDS_RESISTANCE,
  },
  progression: {
    kind: 'ladder',
    steps: [
      holdStep(5, 10, null, STRENGTH, HOLD),
      holdStep(5, 20, null, STRENGTH, HOLD),
      holdStep(5, 30, null, STRENGTH, HOLD),
      repStep(2, 8, MOVING, STRENGTH),
      repStep(2, 12, MOVING, STRENGTH),
      repStep(3, 12, MOVING, STRENGTH),
    ],
    goodSessionsPerStep: 2,
    minDaysPerStep: 0,
  },
  loadOptions: [{ kind: 'bodyweight', therapistOnly: false, stepKg: null, safetyNote: null }],
  side: 'injured',
  tags: [],
  phases: [3],
  conditions: ['muscle-strain', 'tendinopathy'],
  tendinopathyPhases: [],
  fallsRisk: true,
  bedAlternative: null,
  therapistChosen: true,
  frequency: 'resistance-days',
  evidence:
    'Ganderton et al. 2017, J Orthop Sports Phys Ther (activation in healthy women, not proof of effect); doses and the negative falls screen it needs are our rules.',
  figure: 'hip-hitch',
};
