import type { DayPlan, Decision } from '@minimus/core';
import { PhaseTimeline } from '../../shared/charts/phase-timeline.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { fetchPlan } from '../api.js';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { changeKindLabel } from '../program/change-kind.js';
import { buildTimeline, phaseStartDates, type TimelineEntry } from '../timeline.js';
import { formatShortDate, formatTimestamp } from '../ui/format.js';
import type { PatientRecord } from './patient-record.js';

/** Decisions about where the program stands, as opposed to each exercise's dose or the condition. */
const PHASE_SUBJECTS: ReadonlySet<string> = new Set(['phase', 'status']);

/** The phases over time with the rule and data behind each move, and every therapist change with its reason. */
export function TimelineSection(props: { record: PatientRecord }) {
  const { t, locale } = useClinicI18n();
  const { protocol } = useClinicSession();
  const { summary, program, plan, profile } = props.record;
  const dates = phaseStartDates(summary.timeline);
  const [plans] = useAsync(`timeline:${profile.id}:${program.version}:${dates.join()}`, () =>
    Promise.all(dates.map((date) => fetchPlan(profile.id, date))),
  );
  const phaseName = (phase: number) => protocol.phases.find((entry) => entry.phase === phase)?.name[locale];
  return (
    <section class="panel" aria-labelledby="timeline">
      <h2 id="timeline">{t('timeline.title')}</h2>
      <div class="timeline-bar">
        <PhaseTimeline
          title={t('timeline.chart')}
          segments={summary.timeline}
          describe={(segment) =>
            `${t('phase.short', { phase: segment.phase })} ${phaseName(segment.phase) ?? ''}${
              segment.status === 'active' ? '' : ` (${t(`status.${segment.status}`)})`
            }`
          }
          formatDate={(date) => formatShortDate(date, locale)}
        />
      </div>
      <p class="hint">{t('timeline.newestFirst')}</p>
      {plans.kind === 'loading' && <Loading />}
      {plans.kind === 'failed' && <ErrorNotice error={plans.error} />}
      {plans.kind === 'ready' && (
        <ol class="timeline">
          {buildTimeline(summary.timeline, program.changes)
            .reverse()
            .map((entry) => (
              <TimelineItem
                key={entryKey(entry)}
                entry={entry}
                plan={plans.value.find((candidate) => candidate.date === entry.date)}
              />
            ))}
        </ol>
      )}
      <h3>{t('timeline.today')}</h3>
      <DecisionList decisions={plan.decisions} />
    </section>
  );
}

function entryKey(entry: TimelineEntry): string {
  return entry.kind === 'phase' ? `p${entry.date}` : `c${entry.change.version}`;
}

function TimelineItem(props: { entry: TimelineEntry; plan: DayPlan | undefined }) {
  const { t, locale } = useClinicI18n();
  const { entry } = props;
  if (entry.kind === 'change')
    return (
      <li class="timeline-change">
        <p>
          <strong>{formatShortDate(entry.date, locale)}</strong>{' '}
          {t('timeline.change', {
            kind: changeKindLabel(entry.change.kind, t),
            version: entry.change.version,
          })}
        </p>
        <p>
          {t('timeline.reason')} {entry.change.reason}
        </p>
        <p class="hint">
          {entry.change.author}, {formatTimestamp(entry.change.at, locale)}
        </p>
      </li>
    );
  const decisions = props.plan?.decisions.filter((decision) => PHASE_SUBJECTS.has(decision.subject)) ?? [];
  return (
    <li class={`timeline-phase phase-mark-${entry.segment.phase}`}>
      <p>
        <strong>{formatShortDate(entry.date, locale)}</strong>{' '}
        {t('timeline.phaseFrom', {
          phase: entry.segment.phase,
          to: formatShortDate(entry.segment.to, locale),
        })}
        {entry.segment.status !== 'active' && ` (${t(`status.${entry.segment.status}`)})`}{' '}
        <code class="rule">{entry.segment.ruleId}</code>
      </p>
      <DecisionList decisions={decisions} />
    </li>
  );
}

/** Each decision with who made it (the engine's rule or a therapist) and its reason in words. */
export function DecisionList(props: { decisions: readonly Decision[] }) {
  const { t, locale } = useClinicI18n();
  if (props.decisions.length === 0) return null;
  return (
    <ul class="decisions">
      {props.decisions.map((decision, index) => (
        <li key={`${decision.ruleId}:${decision.subject}:${index}`}>
          <span class={`source source-${decision.source}`}>
            {decision.source === 'therapist'
              ? t('decision.therapist', { author: decision.author ?? '' })
              : t('decision.engine')}
          </span>{' '}
          {decision.text[locale]} <code class="rule">{decision.ruleId}</code>
        </li>
      ))}
    </ul>
  );
}
