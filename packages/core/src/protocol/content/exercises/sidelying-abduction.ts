import type { ExerciseDefinition } from '../../types.js';
import { SIDELYING_ABDUCTION_CAMERA } from './camera-rules.js';
import { PAIN_TRAFFIC_LIGHT_CUE, REST_SECONDS_RESISTANCE } from './dose-steps.js';

export const SIDELYING_ABDUCTION: ExerciseDefinition = {
  id: 'sidelying-abduction',
  name: { en: 'Side-lying leg lift', es: 'Elevación lateral de la pierna, de lado' },
  category: 'dynamic-resistance',
  purpose: {
    en: 'Builds strength in the muscles that lift the {side} leg out to the side and keep your pelvis level when you walk.',
    es: 'Fortalece los músculos que separan la pierna del lado {side} hacia fuera y mantienen la pelvis nivelada al caminar.',
  },
  startPosition: {
    en: 'Lie on your {otherSide} side with your {side} leg on top, lower knee bent, head resting on your arm.',
    es: 'Túmbese sobre el lado {otherSide} con la pierna del lado {side} encima, la rodilla de abajo doblada y la cabeza apoyada en el brazo.',
  },
  steps: [
    {
      en: 'Straighten your top leg in line with your body, toes pointing forward.',
      es: 'Estire la pierna de arriba en línea con el cuerpo, con los dedos del pie mirando hacia delante.',
    },
    {
      en: 'Lift the top leg slowly towards the ceiling, about a foot or 30 cm.',
      es: 'Suba despacio la pierna de arriba hacia el techo, unos 30 cm.',
    },
    { en: 'Pause for a moment at the top.', es: 'Pare un momento arriba.' },
    {
      en: 'Lower the leg slowly, taking about as long as the lift.',
      es: 'Baje la pierna despacio, tardando más o menos lo mismo que al subirla.',
    },
    {
      en: 'Repeat for the set, then rest before the next set.',
      es: 'Repita hasta completar la serie y descanse antes de la siguiente.',
    },
  ],
  cues: [
    { en: 'Lead with the heel, not the toes.', es: 'Suba guiando con el talón, no con los dedos.' },
    {
      en: 'Keep the top hip rolled slightly forward.',
      es: 'Mantenga la cadera de arriba un poco girada hacia delante.',
    },
    { en: 'Slow and smooth both ways.', es: 'Lento y suave al subir y al bajar.' },
    {
      en: 'With a tendon problem: a pillow between the knees, and the top leg never drops below level with the hip.',
      es: 'Si tiene un problema del tendón: una almohada entre las rodillas, y la pierna de arriba nunca baja por debajo de la altura de la cadera.',
    },
    PAIN_TRAFFIC_LIGHT_CUE,
  ],
  spokenCues: [
    { en: 'Lift slowly, heel first', es: 'Suba despacio, primero el talón' },
    { en: 'Pause at the top', es: 'Pausa arriba' },
    { en: 'Lower with control', es: 'Baje con control' },
    { en: 'Toes point forward', es: 'Dedos del pie hacia delante' },
  ],
  commonMistakes: [
    {
      en: 'Rolling backwards so the toes turn up to the ceiling.',
      es: 'Girarse hacia atrás de modo que los dedos miren al techo.',
    },
    { en: 'Swinging the leg or dropping it quickly.', es: 'Balancear la pierna o dejarla caer de golpe.' },
    { en: 'Bringing the leg forward in front of the body.', es: 'Llevar la pierna por delante del cuerpo.' },
    { en: 'Hitching the hip up towards the ribs.', es: 'Subir la cadera hacia las costillas.' },
  ],
  defaultDose: {
    sets: 2,
    reps: 10,
    holdSeconds: null,
    effort: null,
    loadKg: 0,
    loadKind: 'bodyweight',
    timesPerDay: 1,
    restSecondsBetweenSets: REST_SECONDS_RESISTANCE,
  },
  progression: {
    kind: 'double-progression',
    minReps: 8,
    maxReps: 12,
    twoForTwoExtraReps: 2,
    loadStepKg: 0.5,
    maxSets: 3,
    intermediateStepsBelowKg: 5,
  },
  loadOptions: [
    { kind: 'bodyweight', therapistOnly: false, stepKg: null, safetyNote: null },
    { kind: 'ankle-weight', therapistOnly: false, stepKg: 0.5, safetyNote: null },
    { kind: 'resistance-band', therapistOnly: false, stepKg: null, safetyNote: null },
    {
      kind: 'barbell',
      therapistOnly: true,
      stepKg: null,
      safetyNote: {
        en: 'A barbell resting across the outside of the foot can slip and puts a long lever on the hip. Only a therapist may switch this on, after checking the patient can control it; an ankle weight is the usual choice.',
        es: 'Una barra apoyada sobre la parte de fuera del pie puede resbalar y hace mucha palanca sobre la cadera. Solo un fisioterapeuta puede activarla, tras comprobar que el paciente la controla; lo habitual es usar un peso en el tobillo.',
      },
    },
  ],
  side: 'injured',
  tags: [],
  phases: [2],
  conditions: ['muscle-strain', 'tendinopathy'],
  tendinopathyPhases: [],
  fallsRisk: false,
  bedAlternative: null,
  therapistChosen: false,
  frequency: 'resistance-days',
  evidence:
    'Starting article program (seed); double progression after the ACSM 2009 position stand, Med Sci Sports Exerc 41:687; the 2-for-2 rule, an extra set before each 0.5 kg step under 5 kg, and the pillow between the knees for tendinopathy (after Grimaldi & Fearon 2015) are our rules.',
  figure: 'sidelying-abduction',
  camera: SIDELYING_ABDUCTION_CAMERA,
};
