import type { LoadKind, Locale } from '../protocol/types.js';
import { type DoseWording, formatDecimal } from './dose-words.js';
import { shorthand } from './shorthand-wordings.js';

// The clinician's wording sits in a module of its own, so the patient app's bundle leaves it out.

const LOAD_KIND_WORDS: Readonly<Record<Locale, Readonly<Record<LoadKind, string>>>> = {
  en: {
    bodyweight: 'bodyweight',
    'ankle-weight': 'ankle weight',
    'resistance-band': 'resistance band',
    barbell: 'barbell',
  },
  es: {
    bodyweight: 'peso corporal',
    'ankle-weight': 'tobillera lastrada',
    'resistance-band': 'banda elástica',
    barbell: 'barra',
  },
};

const EASED: Readonly<Record<Locale, (sessions: number) => string>> = {
  en: (sessions) => `eased for ${sessions} more sessions after a setback`,
  es: (sessions) => `más suave durante ${sessions} sesiones más tras una recaída`,
};

/** The clinician app: the shorthand with the kind of load and any easing after a setback. */
export const CLINIC_WORDING: DoseWording = {
  name: 'clinic',
  write: (dose, locale) =>
    shorthand(
      dose,
      locale,
      `${formatDecimal(dose.loadKg, locale)} kg ${LOAD_KIND_WORDS[locale][dose.loadKind]}`,
      dose.regressedSessionsLeft > 0 ? EASED[locale](dose.regressedSessionsLeft) : null,
    ),
};
