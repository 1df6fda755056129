import {
  CLINIC_WORDING,
  doseInWords,
  type ExerciseLog,
  type SessionLog,
  sideInWords,
  trafficLight,
} from '@minimus/core';
import { useState } from 'react';
import { EmptyState } from '../../shared/ui/empty-state.js';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { formatShortDate } from '../ui/format.js';

/** A week of sessions at first, so the page stays readable; the rest on request. */
const FIRST_SHOWN = 7;

/** What the patient did, newest first: each exercise's sets against what was prescribed, and its pain. */
export function SessionLogsSection(props: { logs: readonly SessionLog[] }) {
  const { t, locale } = useClinicI18n();
  const [showAll, setShowAll] = useState(false);
  const sorted = [...props.logs].sort((a, b) => (a.date < b.date ? 1 : -1));
  const logs = showAll ? sorted : sorted.slice(0, FIRST_SHOWN);
  return (
    <section class="panel" aria-labelledby="session-logs">
      <h2 id="session-logs">{t('logs.title')}</h2>
      {logs.length === 0 ? (
        <EmptyState picture="notebook">{t('logs.none')}</EmptyState>
      ) : (
        <div class="table-scroll">
          <table class="data">
            <caption class="visually-hidden">{t('logs.caption', { count: logs.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('logs.date')}</th>
                <th scope="col">{t('logs.exercise')}</th>
                <th scope="col">{t('logs.prescribed')}</th>
                <th scope="col">{t('logs.done')}</th>
                <th scope="col">{t('logs.pain')}</th>
              </tr>
            </thead>
            <tbody>
              {logs.flatMap((log) =>
                log.exercises.map((exercise, index) => (
                  <tr key={`${log.id}:${exercise.exerciseId}:${index}`}>
                    <td>
                      {index === 0
                        ? `${formatShortDate(log.date, locale)} (${t('logs.baseline', { pain: log.baselinePain })})`
                        : ''}
                    </td>
                    <ExerciseCells exercise={exercise} />
                  </tr>
                )),
              )}
            </tbody>
          </table>
        </div>
      )}
      {sorted.length > logs.length && (
        <button type="button" class="button secondary" onClick={() => setShowAll(true)}>
          {t('logs.showAll', { count: sorted.length })}
        </button>
      )}
    </section>
  );
}

function ExerciseCells(props: { exercise: ExerciseLog }) {
  const { t, locale } = useClinicI18n();
  const { protocol } = useClinicSession();
  const { exercise } = props;
  const name = protocol.exercises.find((entry) => entry.id === exercise.exerciseId)?.name[locale];
  const prescribed = doseInWords(exercise.prescription, locale, CLINIC_WORDING);
  const done = exercise.sets
    .map((set) =>
      [
        set.reps ?? '',
        set.holdSeconds !== null ? `${set.holdSeconds} s` : '',
        set.loadKg > 0 ? `${set.loadKg} kg` : '',
      ]
        .filter((part) => part !== '')
        .join(' '),
    )
    .join(', ');
  return (
    <>
      <td>
        {name ?? exercise.exerciseId}
        {exercise.side && exercise.side !== 'both' && (
          <span class="muted" data-testid="logged-side">
            {' '}
            ({sideInWords(exercise.side, locale)})
          </span>
        )}
      </td>
      <td>
        {prescribed}
        {exercise.serverPrescription && (
          <span class="muted" data-testid="server-prescription">
            {' '}
            {t('logs.serverPlan', { dose: doseInWords(exercise.serverPrescription, locale, CLINIC_WORDING) })}
          </span>
        )}
      </td>
      <td>
        {done || '–'}
        {exercise.stoppedEarly && <span class="tag tag-alert"> {t('logs.stopped')}</span>}
      </td>
      <td
        class={
          trafficLight(exercise.painScore, protocol.pain.trafficLight) === 'red' ? 'pain-high' : undefined
        }
      >
        {exercise.painScore}/10
      </td>
    </>
  );
}
