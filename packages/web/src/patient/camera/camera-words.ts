import type { Locale } from '@minimus/core';
import { useCallback } from 'react';
import { type Catalogue, type MessageValues, translatorFor } from '../../shared/i18n/kernel.js';
import { useI18n } from '../i18n/i18n.js';

const CAMERA_WORDS_EN = {
  offer: 'Count with camera',
  offerNote:
    'Optional. The picture stays on this phone and is never saved: only the count and the leg angle are.',
  loading: 'Getting the counter ready. The first time it downloads about 5 MB.',
  lookingForYou: 'Looking for you: make sure your whole body is in the picture.',
  keepStill: 'Seen. Keep still for a moment with your leg down.',
  counting: 'Counting. Lift and lower your leg.',
  unavailable: 'This browser cannot use the camera here. You can use the timer instead.',
  failed: 'The camera could not be opened. You can use the timer instead.',
  reps: '{count} counted',
  held: 'Held up: {seconds} s',
  peaks: 'Highest leg angle each time (a guide to your own progress, not a measurement): {angles}',
  setDone: 'Set done',
  useTimer: 'Use the timer instead',
  preview: 'Camera picture, shown only on this phone',
  review: 'Check the count',
  reviewNote: 'Change a number if the camera missed or added a repetition.',
  setReps: 'Set {set}: repetitions',
  setOf: 'Set {set} of {sets}',
  save: 'Save and continue',
} as const;

export type CameraWord = keyof typeof CAMERA_WORDS_EN;

/**
 * The camera counter's own words, kept with it (in the player's chunk and the counter's, not in the
 * first load's catalogue).
 */
const CAMERA_WORDS: Catalogue<CameraWord> = {
  en: CAMERA_WORDS_EN,
  es: {
    offer: 'Contar con la cámara',
    offerNote:
      'Opcional. La imagen se queda en este teléfono y nunca se guarda: solo se guardan las repeticiones y el ángulo de la pierna.',
    loading: 'Preparando el contador. La primera vez descarga unos 5 MB.',
    lookingForYou: 'Buscándole: asegúrese de que se ve todo su cuerpo en la imagen.',
    keepStill: 'Ya le veo. Quédese quieto un momento con la pierna abajo.',
    counting: 'Contando. Suba y baje la pierna.',
    unavailable: 'Este navegador no puede usar la cámara aquí. Puede usar el temporizador.',
    failed: 'No se pudo abrir la cámara. Puede usar el temporizador.',
    reps: '{count} contadas',
    held: 'Mantenida arriba: {seconds} s',
    peaks:
      'Ángulo más alto de la pierna cada vez (una guía de su propio progreso, no una medición): {angles}',
    setDone: 'Serie terminada',
    useTimer: 'Usar el temporizador',
    preview: 'Imagen de la cámara, visible solo en este teléfono',
    review: 'Compruebe las repeticiones',
    reviewNote: 'Cambie un número si la cámara se saltó o añadió una repetición.',
    setReps: 'Serie {set}: repeticiones',
    setOf: 'Serie {set} de {sets}',
    save: 'Guardar y continuar',
  },
};

export const cameraWord = translatorFor(CAMERA_WORDS);

/** `t` for the camera's words in the app's language. */
export function useCameraWords(): { locale: Locale; t: (key: CameraWord, values?: MessageValues) => string } {
  const { locale } = useI18n();
  const t = useCallback(
    (key: CameraWord, values?: MessageValues) => cameraWord(locale, key, values),
    [locale],
  );
  return { locale, t };
}
