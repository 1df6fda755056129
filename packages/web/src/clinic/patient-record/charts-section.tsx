import { type ProgramSide, type ProgramSummary, type Protocol, type Side, sideInWords } from '@minimus/core';
import { LineChart } from '../../shared/charts/line-chart.js';
import { painChartBands } from '../../shared/charts/pain-bands.js';
import { PsfsChart } from '../../shared/charts/psfs-chart.js';
import { useClinicSession } from '../app-session.js';
import { doseSeries, scaleTop } from '../chart-series.js';
import { BarChart } from '../charts/bar-chart.js';
import { type ClinicTranslate, useClinicI18n } from '../i18n/i18n.js';
import { formatShortDate, oneDecimal } from '../ui/format.js';
import type { PatientRecord } from './patient-record.js';

/** Pain, adherence, dose progression, PSFS against its minimal important change, and limb symmetry. */
export function ChartsSection(props: { record: PatientRecord }) {
  const { t, locale } = useClinicI18n();
  const { protocol } = useClinicSession();
  const { summary } = props.record;
  const formatDate = (date: string) => formatShortDate(date, locale);
  const bands = painChartBands(protocol.pain.trafficLight);
  return (
    <section class="panel" aria-labelledby="charts">
      <h2 id="charts">{t('charts.title')}</h2>
      <div class="chart-grid">
        <div>
          <h3>{t('charts.pain')}</h3>
          <LineChart
            title={t('charts.pain')}
            yMax={10}
            bands={bands}
            formatDate={formatDate}
            series={[
              { label: t('charts.worstPain'), className: 'series-worst', points: pick(summary, 'worstPain') },
              {
                label: t('charts.morningPain'),
                className: 'series-morning',
                points: pick(summary, 'nextMorningPain'),
              },
              {
                label: t('charts.exercisePain'),
                className: 'series-exercise',
                points: pick(summary, 'highestExercisePain'),
              },
            ]}
          />
        </div>
        <div>
          <h3>{t('charts.weeklyPain')}</h3>
          <LineChart
            title={t('charts.weeklyPain')}
            yMax={10}
            bands={bands}
            formatDate={formatDate}
            series={[
              {
                label: t('charts.weeklyMean'),
                className: 'series-worst',
                points: summary.weeklyMeanPain.map((week) => ({ date: week.weekStart, value: week.mean })),
              },
            ]}
          />
        </div>
        <AdherenceChart summary={summary} />
        <DoseCharts summary={summary} protocol={protocol} side={props.record.profile.program.side} />
        <OutcomeCharts
          summary={summary}
          protocol={protocol}
          t={t}
          bothSides={props.record.profile.program.side === 'both'}
        />
      </div>
    </section>
  );
}

function pick(summary: ProgramSummary, key: 'worstPain' | 'nextMorningPain' | 'highestExercisePain') {
  return summary.pain.map((point) => ({ date: point.date, value: point[key] }));
}

function AdherenceChart(props: { summary: ProgramSummary }) {
  const { t, locale } = useClinicI18n();
  const weeks = props.summary.adherenceByWeek.filter((week) => week.prescribedSessions > 0);
  return (
    <div>
      <h3>{t('charts.adherence')}</h3>
      <BarChart
        title={t('charts.adherence')}
        max={1}
        bars={weeks.map((week) => ({
          label: formatShortDate(week.weekStart, locale),
          value: week.share,
          text: `${week.doneSessions}/${week.prescribedSessions}`,
        }))}
      />
      <ul class="plain hint">
        {props.summary.dataPeriods.map((period) => (
          <li key={period.from}>
            {t('charts.dataDays', {
              from: formatShortDate(period.from, locale),
              to: formatShortDate(period.to, locale),
              days: period.daysWithData,
            })}{' '}
            {period.meetsSixteenDays ? t('charts.meetsSixteen') : ''}
          </li>
        ))}
      </ul>
      {weeks.length === 0 && <p class="hint">{t('charts.noAdherence')}</p>}
    </div>
  );
}

function DoseCharts(props: { summary: ProgramSummary; protocol: Protocol; side: ProgramSide }) {
  const { t, locale } = useClinicI18n();
  const name = (id: string, side: Side | null) => {
    const exercise = props.protocol.exercises.find((candidate) => candidate.id === id)?.name[locale] ?? id;
    return side ? `${exercise} (${sideInWords(side, locale)})` : exercise;
  };
  const charts = [
    {
      key: 'hold',
      title: t('charts.hold'),
      series: doseSeries(props.summary.doses, 'holdSeconds', props.side),
      step: 10,
    },
    {
      key: 'load',
      title: t('charts.load'),
      series: doseSeries(props.summary.doses, 'loadKg', props.side),
      step: 1,
    },
    {
      key: 'reps',
      title: t('charts.reps'),
      series: doseSeries(props.summary.doses, 'reps', props.side),
      step: 5,
    },
  ];
  return (
    <>
      {charts.map((chart) => (
        <div key={chart.key}>
          <h3>{chart.title}</h3>
          {chart.series.length === 0 ? (
            <p class="hint">{t('charts.noDose')}</p>
          ) : (
            <LineChart
              title={chart.title}
              yMax={scaleTop(
                chart.series.flatMap((series) => series.points.map((point) => point.value)),
                chart.step,
                chart.step,
              )}
              formatDate={(date) => formatShortDate(date, locale)}
              series={chart.series.map((series, index) => ({
                label: name(series.exerciseId, series.side),
                className: `series-c${index % 5}`,
                points: series.points,
              }))}
            />
          )}
        </div>
      ))}
    </>
  );
}

function OutcomeCharts(props: {
  summary: ProgramSummary;
  protocol: Protocol;
  t: ClinicTranslate;
  bothSides: boolean;
}) {
  const { t } = props;
  const { locale } = useClinicI18n();
  const { psfs, limbSymmetry } = props.summary;
  const mic = props.protocol.outcomes.psfs.minimalImportantChange;
  const target = props.protocol.outcomes.limbSymmetryTargetPercent;
  return (
    <>
      <div>
        <h3>{t('charts.psfs')}</h3>
        {psfs ? (
          <>
            <PsfsChart
              title={t('charts.psfsAlt', {
                baseline: oneDecimal(psfs.baselineMean, locale),
                latest: oneDecimal(psfs.latestMean, locale),
              })}
              change={psfs}
              micPoints={mic.medium}
              labels={[t('charts.baseline'), t('charts.latest')]}
            />
            <p class="hint">
              {t('charts.psfsChange', {
                change: oneDecimal(psfs.change, locale),
                size: t(`psfs.${psfs.size}`),
                mic: oneDecimal(mic.medium, locale),
              })}
            </p>
          </>
        ) : (
          <p class="hint">{t('charts.noPsfs')}</p>
        )}
      </div>
      <div>
        <h3>{t('charts.symmetry')}</h3>
        {props.bothSides ? (
          <p class="hint">{t('charts.symmetryBothSides')}</p>
        ) : limbSymmetry.length === 0 ? (
          <p class="hint">{t('charts.noSymmetry')}</p>
        ) : (
          <BarChart
            title={t('charts.symmetry')}
            max={Math.max(120, ...limbSymmetry.map((test) => test.percent))}
            target={{ value: target, label: t('charts.symmetryTarget', { target }) }}
            bars={limbSymmetry.map((test) => ({
              label: formatShortDate(test.date, locale),
              value: test.percent,
              text: `${Math.round(test.percent)} %`,
            }))}
          />
        )}
      </div>
    </>
  );
}
