import { cameraSessions, cameraWeeks, type SessionLog } from '@minimus/core';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { formatShortDate } from '../ui/format.js';

const degrees = (value: number | null) => (value === null ? '–' : `${value.toFixed(1)}°`);

/**
 * What the patient's phone camera counted, when they used it: reps counted against reps logged per
 * session, and the weekly mean of the peak leg angles, labelled as a trend. Absent when never used.
 */
export function CameraSection(props: { logs: readonly SessionLog[] }) {
  const { t, locale } = useClinicI18n();
  const { protocol } = useClinicSession();
  const sessions = cameraSessions(props.logs);
  if (sessions.length === 0) return null;
  const weeks = cameraWeeks(props.logs);
  const name = (id: string) => protocol.exercises.find((entry) => entry.id === id)?.name[locale] ?? id;
  return (
    <section class="panel" aria-labelledby="camera-counts" data-testid="camera-section">
      <h2 id="camera-counts">{t('camera.title')}</h2>
      <p class="muted">{t('camera.note')}</p>
      <div class="table-scroll">
        <table class="data">
          <caption>{t('camera.sessionsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('camera.date')}</th>
              <th scope="col">{t('camera.exercise')}</th>
              <th scope="col">{t('camera.counted')}</th>
              <th scope="col">{t('camera.reported')}</th>
              <th scope="col">{t('camera.highest')}</th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((session) => (
              <tr key={`${session.date}:${session.exerciseId}`}>
                <td>{formatShortDate(session.date, locale)}</td>
                <td>{name(session.exerciseId)}</td>
                <td>{session.cameraReps}</td>
                <td>{session.reportedReps}</td>
                <td>{degrees(session.highestPeakDegrees)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="table-scroll">
        <table class="data">
          <caption>{t('camera.weeksCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('camera.week')}</th>
              <th scope="col">{t('camera.exercise')}</th>
              <th scope="col">{t('camera.meanPeak')}</th>
              <th scope="col">{t('camera.reps')}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={`${week.weekStart}:${week.exerciseId}`}>
                <td>{formatShortDate(week.weekStart, locale)}</td>
                <td>{name(week.exerciseId)}</td>
                <td>{degrees(week.meanPeakDegrees)}</td>
                <td>{week.countedReps}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
