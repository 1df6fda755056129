import {
  daysWithoutExercise,
  type IsoDate,
  type PhaseSegment,
  type ProgramSummary,
  type PsfsChange,
} from '@minimus/core';
import { LineChart } from '../../shared/charts/line-chart.js';
import { painChartBands } from '../../shared/charts/pain-bands.js';
import { PhaseTimeline } from '../../shared/charts/phase-timeline.js';
import { PsfsChart } from '../../shared/charts/psfs-chart.js';
import { formatDay, formatLongDay } from '../../shared/dates.js';
import { EmptyState } from '../../shared/ui/empty-state.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { fetchSummary } from '../api.js';
import { usePatientSession } from '../app/session.js';
import { type Translate, useI18n } from '../i18n/i18n.js';
import { readThrough } from '../offline/cache.js';
import { useSyncState } from '../offline/sync.js';
import { AdherenceCalendar } from '../progress/adherence-calendar.js';
import { DoseCharts } from '../progress/progress-doses.js';
import { protocolText } from '../ui/protocol-text.js';

function PainTrend(props: { summary: ProgramSummary; formatDate: (date: IsoDate) => string }) {
  const { t } = useI18n();
  const { protocol } = usePatientSession();
  return (
    <LineChart
      title={t('progress.pain')}
      yMax={10}
      formatDate={props.formatDate}
      bands={painChartBands(protocol.pain.trafficLight)}
      series={[
        {
          label: t('progress.painWorst'),
          className: 'series-worst',
          points: props.summary.pain.map((point) => ({ date: point.date, value: point.worstPain })),
        },
        {
          label: t('progress.painExercise'),
          className: 'series-exercise',
          points: props.summary.pain.map((point) => ({ date: point.date, value: point.highestExercisePain })),
        },
      ]}
    />
  );
}

/**
 * The PSFS change in plain words: better or worse by how much since when, and whether it is a change
 * that matters, as core judged it against the protocol's minimal important change (`size`).
 */
function psfsInWords(change: PsfsChange, mic: number, since: string, t: Translate): string {
  const points = Math.abs(change.change).toFixed(1);
  if (Math.abs(change.change) < 0.05) return t('progress.psfsSame', { date: since });
  if (change.change < 0) return t('progress.psfsWorse', { change: points, date: since });
  return change.size === 'medium' || change.size === 'large'
    ? t('progress.psfsBetterClear', { change: points, date: since })
    : t('progress.psfsBetter', { change: points, date: since, mic });
}

function Psfs(props: { summary: ProgramSummary; formatDate: (date: IsoDate) => string }) {
  const { t, locale } = useI18n();
  const { protocol } = usePatientSession();
  const change = props.summary.psfs;
  if (!change) return <p>{t('progress.psfsNone')}</p>;
  const mic = protocol.outcomes.psfs.minimalImportantChange.medium;
  return (
    <>
      <PsfsChart
        title={t('progress.psfs')}
        change={change}
        micPoints={mic}
        labels={[props.formatDate(change.baselineDate), props.formatDate(change.latestDate)]}
      />
      <p>{psfsInWords(change, mic, formatLongDay(change.baselineDate, locale), t)}</p>
    </>
  );
}

function Summary(props: { summary: ProgramSummary }) {
  const { locale, t } = useI18n();
  const { protocol } = usePatientSession();
  const sync = useSyncState();
  const { summary } = props;
  const formatDate = (date: IsoDate) => formatDay(date, locale);
  const sessionDates = new Set([
    ...summary.doses.map((dose) => dose.date),
    ...sync.items.flatMap((item) =>
      item.kind === 'session-logs' && item.body.date !== undefined ? [item.body.date] : [],
    ),
  ]);
  const describe = (segment: PhaseSegment) => {
    const phase = protocol.phases.find((candidate) => candidate.phase === segment.phase);
    const name = phase ? protocolText(phase.name, locale) : String(segment.phase);
    return segment.status === 'active' ? name : `${name} (${t(`progress.status.${segment.status}`)})`;
  };
  return (
    <>
      <section aria-labelledby="pain-title">
        <h2 id="pain-title">{t('progress.pain')}</h2>
        {summary.pain.length > 0 ? (
          <PainTrend summary={summary} formatDate={formatDate} />
        ) : (
          <EmptyState picture="chart">{t('progress.noData')}</EmptyState>
        )}
      </section>
      <section aria-labelledby="adherence-title">
        <h2 id="adherence-title">{t('progress.adherence')}</h2>
        <AdherenceCalendar
          title={t('progress.adherence')}
          from={summary.from}
          to={summary.to}
          sessionDates={sessionDates}
          restDates={daysWithoutExercise(summary.timeline)}
          locale={locale}
          formatDate={formatDate}
        />
        <p class="hint">{t('progress.adherenceLegend')}</p>
        <ul class="plain" data-testid="adherence-weeks">
          {summary.adherenceByWeek
            .filter((week) => week.share !== null)
            .map((week) => (
              <li key={week.weekStart}>
                {t('progress.weekShare', {
                  date: formatDate(week.weekStart),
                  share: `${week.doneSessions}/${week.prescribedSessions}`,
                })}
              </li>
            ))}
        </ul>
      </section>
      <section aria-labelledby="dose-title">
        <h2 id="dose-title">{t('progress.dose')}</h2>
        <DoseCharts doses={summary.doses} formatDate={formatDate} />
      </section>
      <section aria-labelledby="psfs-title">
        <h2 id="psfs-title">{t('progress.psfs')}</h2>
        <Psfs summary={summary} formatDate={formatDate} />
      </section>
      <section aria-labelledby="timeline-title">
        <h2 id="timeline-title">{t('progress.timeline')}</h2>
        <PhaseTimeline
          title={t('progress.timeline')}
          segments={summary.timeline}
          describe={describe}
          formatDate={formatDate}
        />
      </section>
    </>
  );
}

export function ProgressPage() {
  const { t } = useI18n();
  const { patientId } = usePatientSession();
  const sync = useSyncState();
  const [loaded, reload] = useAsync(`summary:${patientId}:${sync.pending}`, () =>
    readThrough(`summary:${patientId}`, () => fetchSummary(patientId)),
  );
  return (
    <section class="stack progress">
      <h1>{t('progress.title')}</h1>
      {loaded.kind === 'loading' && <Loading />}
      {loaded.kind === 'failed' && <ErrorNotice error={loaded.error} onRetry={reload} />}
      {loaded.kind === 'ready' && <Summary summary={loaded.value.value} />}
    </section>
  );
}
