import type { CameraRule } from '../../types.js';

/**
 * The side-lying leg lift seen by a phone on the floor facing the patient's front. The top leg rests a
 * little below level and rises about 30 degrees; a lift of 15 degrees above rest starts a repetition and
 * coming back within 7 ends it, so the counter ignores wobble at rest and a half-hearted lift. [rule]
 * The form thresholds sit well above what the pose model's jitter reaches at rest (about 15 degrees as
 * foreshortening), and a cue needs several frames running.
 */
export const SIDELYING_ABDUCTION_CAMERA: CameraRule = {
  posture: 'lying',
  placement: {
    en: 'Stand the phone sideways (landscape) on the floor about 2 metres in front of you, facing your front, so your whole body from head to feet is in the picture.',
    es: 'Ponga el teléfono en horizontal en el suelo, a unos 2 metros delante de usted y mirando hacia su frente, de modo que se vea todo su cuerpo, de la cabeza a los pies.',
  },
  liftDegrees: 15,
  lowerDegrees: 7,
  restFrames: 8,
  restSpreadDegrees: 6,
  formRules: [
    {
      check: 'trunk-rolling-back',
      thresholdDegrees: 35,
      frames: 4,
      cue: {
        en: 'Keep your top hip rolled slightly forward; try not to roll back.',
        es: 'Mantenga la cadera de arriba un poco girada hacia delante; intente no girarse hacia atrás.',
      },
    },
    {
      check: 'hip-flexing-forward',
      thresholdDegrees: 35,
      frames: 4,
      cue: {
        en: 'Keep the leg in line with your body, not in front of it.',
        es: 'Mantenga la pierna en línea con el cuerpo, no por delante.',
      },
    },
    {
      check: 'knee-bending',
      thresholdDegrees: 30,
      frames: 4,
      cue: {
        en: 'Keep the top knee straight as you lift.',
        es: 'Mantenga recta la rodilla de arriba al subir.',
      },
    },
  ],
};
