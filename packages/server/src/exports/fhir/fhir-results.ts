import type { Observation, QuestionnaireResponse, QuestionnaireResponseItem } from '@medplum/fhirtypes';
import {
  type CheckIn,
  type IsoDate,
  type Locale,
  type ScreenAnswers,
  type SessionLog,
  type StrengthTest,
  sideInWords,
  type Text,
} from '@minimus/core';
import type { PatientRecord } from '../patient-record.js';
import { exerciseName } from '../text/exercise-text.js';
import { EXAM_CATEGORY, PAIN_SEVERITY_0_10, SURVEY_CATEGORY } from './fhir-codes.js';
import { resourceUrn } from './fhir-ids.js';
import { type CoreReferences, reference } from './fhir-program.js';

/** A resource with the urn it is filed under in the bundle. */
export interface Filed<T> {
  urn: string;
  resource: T;
}

function painObservation(refs: CoreReferences, date: IsoDate, painScore: number, what: string): Observation {
  return {
    resourceType: 'Observation',
    status: 'final',
    category: [SURVEY_CATEGORY],
    code: { coding: [PAIN_SEVERITY_0_10], text: what },
    subject: reference(refs.patient, 'Patient'),
    effectiveDateTime: date,
    valueQuantity: { value: painScore, unit: 'score', system: 'http://unitsofmeasure.org', code: '{score}' },
  };
}

const CHECK_IN_PAIN = {
  worstPain24h: { en: 'Worst pain in the last 24 hours', es: 'Peor dolor en las últimas 24 horas' },
  nextMorningPain: { en: 'Pain on waking', es: 'Dolor al despertar' },
  walkingPain: { en: 'Pain while walking', es: 'Dolor al caminar' },
} as const satisfies Record<string, Text>;

/** One Observation per pain score of a daily check-in (NPRS 0-10). */
export function checkInObservations(
  record: PatientRecord,
  checkIn: CheckIn,
  refs: CoreReferences,
  locale: Locale,
): Filed<Observation>[] {
  const fields = ['worstPain24h', 'nextMorningPain', 'walkingPain'] as const;
  return fields.flatMap((field) => {
    const value = checkIn[field];
    if (value === null) return [];
    return [
      {
        urn: resourceUrn(record.patient.id, `check-in/${checkIn.id}/${field}`),
        resource: painObservation(refs, checkIn.date, value, CHECK_IN_PAIN[field][locale]),
      },
    ];
  });
}

/** One Observation per exercise of a session: the pain felt during it, and the pain before the session. */
export function sessionObservations(
  record: PatientRecord,
  session: SessionLog,
  refs: CoreReferences,
  locale: Locale,
): Filed<Observation>[] {
  const baseline = {
    urn: resourceUrn(record.patient.id, `session/${session.id}/baseline`),
    resource: painObservation(
      refs,
      session.date,
      session.baselinePain,
      locale === 'es' ? 'Dolor antes de la sesión' : 'Pain before the session',
    ),
  };
  const during = session.exercises.map((log) => {
    // Each leg of a both-sides program is its own entry, under its own id; one-sided logs keep theirs.
    const leg = log.side && log.side !== 'both' && record.program.side === 'both' ? log.side : null;
    const exercise = exerciseName(record.protocol, log.exerciseId, locale);
    const name = leg ? `${exercise} (${sideInWords(leg, locale)})` : exercise;
    return {
      urn: resourceUrn(record.patient.id, `session/${session.id}/${log.exerciseId}${leg ? `/${leg}` : ''}`),
      resource: painObservation(
        refs,
        session.date,
        log.painScore,
        locale === 'es' ? `Dolor durante: ${name}` : `Pain during: ${name}`,
      ),
    };
  });
  return [baseline, ...during];
}

/** Strength on each side as components; newtons for a dynamometer, repetitions at a load otherwise. */
export function strengthObservation(
  record: PatientRecord,
  test: StrengthTest,
  refs: CoreReferences,
  locale: Locale,
): Filed<Observation> {
  const quantity = (value: number) =>
    test.method === 'dynamometer'
      ? { value, unit: 'N', system: 'http://unitsofmeasure.org', code: 'N' }
      : { value, unit: 'repetitions', system: 'http://unitsofmeasure.org', code: '{repetitions}' };
  const label = locale === 'es' ? 'Fuerza de abducción de cadera' : 'Hip abduction strength';
  const bothSides = record.program.side === 'both';
  // A both-sides program records the left leg as `injuredSide` and the right as `uninjuredSide`.
  const side = (injured: boolean) =>
    bothSides
      ? sideInWords(injured ? 'left' : 'right', locale)
      : locale === 'es'
        ? injured
          ? 'Lado lesionado'
          : 'Lado sano'
        : injured
          ? 'Injured side'
          : 'Uninjured side';
  return {
    urn: resourceUrn(record.patient.id, `strength/${test.id}`),
    resource: {
      resourceType: 'Observation',
      status: 'final',
      category: [EXAM_CATEGORY],
      code: { text: test.loadKg === null ? label : `${label} (${test.loadKg} kg)` },
      subject: reference(refs.patient, 'Patient'),
      effectiveDateTime: test.date,
      performer: [{ display: test.author }],
      method: { text: test.method },
      component: [
        { code: { text: side(true) }, valueQuantity: quantity(test.injuredSide) },
        { code: { text: side(false) }, valueQuantity: quantity(test.uninjuredSide) },
      ],
    },
  };
}

function questionnaireResponse(
  refs: CoreReferences,
  date: IsoDate,
  title: string,
  items: QuestionnaireResponseItem[],
): QuestionnaireResponse {
  return {
    resourceType: 'QuestionnaireResponse',
    status: 'completed',
    subject: reference(refs.patient, 'Patient'),
    authored: date,
    item: [{ linkId: 'screen', text: title, item: items }],
  };
}

export type ScreenKind = 'red-flag' | 'tendinopathy' | 'falls' | 'maintenance-check-in';

const SCREEN_TITLE = {
  'red-flag': { en: 'Red-flag screen', es: 'Cribado de señales de alarma' },
  tendinopathy: { en: 'Tendinopathy screen', es: 'Cribado de tendinopatía' },
  falls: {
    en: 'Falls screen (CDC STEADI "Stay Independent")',
    es: 'Cribado de caídas (CDC STEADI "Manténgase independiente")',
  },
  'maintenance-check-in': { en: 'Check-in after discharge', es: 'Seguimiento tras el alta' },
} as const;

/** Each item id of a screen with the words the patient read. */
function screenQuestions(screens: PatientRecord['protocol']['screens'], kind: ScreenKind) {
  switch (kind) {
    case 'red-flag':
      return screens.redFlag.items.map((item) => ({ id: item.id, text: item.question }));
    case 'tendinopathy':
      return screens.tendinopathy.items.map((item) => ({ id: item.id, text: item.question }));
    case 'falls':
      return screens.falls.items.map((item) => ({ id: item.id, text: item.statement }));
    case 'maintenance-check-in':
      return screens.maintenanceCheckIn.items.map((item) => ({ id: item.id, text: item.question }));
  }
}

/** A screen's yes/no answers, each item with its question as the patient saw it. */
export function screenResponse(
  record: PatientRecord,
  kind: ScreenKind,
  screen: ScreenAnswers,
  refs: CoreReferences,
  locale: Locale,
): Filed<QuestionnaireResponse> {
  const questions = screenQuestions(record.protocol.screens, kind);
  const items = Object.entries(screen.answers).map(([id, answer]): QuestionnaireResponseItem => {
    const question = questions.find((item) => item.id === id)?.text[locale];
    const item: QuestionnaireResponseItem = { linkId: id, answer: [{ valueBoolean: answer }] };
    return question === undefined ? item : { ...item, text: question };
  });
  return {
    urn: resourceUrn(record.patient.id, `${kind}-screen/${screen.id}`),
    resource: questionnaireResponse(refs, screen.date, SCREEN_TITLE[kind][locale], items),
  };
}

/** The Patient-Specific Functional Scale: each named activity with its 0-10 rating (Stratford 1995). */
export function psfsResponse(
  record: PatientRecord,
  entry: PatientRecord['history']['psfs'][number],
  refs: CoreReferences,
  locale: Locale,
): Filed<QuestionnaireResponse> {
  const items = entry.activities.map(
    (activity, index): QuestionnaireResponseItem => ({
      linkId: `activity-${index + 1}`,
      text: activity.name,
      answer: [{ valueDecimal: activity.score }],
    }),
  );
  const title =
    locale === 'es'
      ? 'Escala funcional específica del paciente (PSFS)'
      : 'Patient-Specific Functional Scale (PSFS)';
  return {
    urn: resourceUrn(record.patient.id, `psfs/${entry.id}`),
    resource: questionnaireResponse(refs, entry.date, title, items),
  };
}
