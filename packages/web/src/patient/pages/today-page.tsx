import { type Alert, APP_WORDING, type DayPlan, doseInWords } from '@minimus/core';
import { useEffect, useRef } from 'react';
import { formatDay, localToday } from '../../shared/dates.js';
import { navigate } from '../../shared/router.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { physicianSummaryUrl } from '../api.js';
import { loadPlan } from '../app/plans.js';
import { usePatientSession } from '../app/session.js';
import { Link } from '../app/shell.js';
import { exerciseDayStates, exercisesLeft } from '../app/today-progress.js';
import { useI18n } from '../i18n/i18n.js';
import { useSyncState } from '../offline/sync.js';
import { needsOnboarding } from '../onboarding/onboarding-state.js';
import { savedSessionFor } from '../player/session-storage.js';
import { DueList } from '../today/today-due.js';
import { protocolText } from '../ui/protocol-text.js';

function AlertNotice(props: { alert: Alert; patientId: string }) {
  const { locale, t } = useI18n();
  const tone = props.alert.severity === 'info' ? 'info' : 'bad';
  return (
    <div class={`notice notice-${tone}`} role={tone === 'bad' ? 'alert' : undefined}>
      <p>{protocolText(props.alert.message, locale)}</p>
      {props.alert.physicianMessage && (
        <p>
          <a href={physicianSummaryUrl(props.patientId)} download>
            {t('today.physicianSummary')}
          </a>
        </p>
      )}
    </div>
  );
}

function Suspended(props: { plan: DayPlan; patientId: string }) {
  const { t } = useI18n();
  return (
    <section class="stack">
      <h1>{t('redFlag.suspended')}</h1>
      {props.plan.alerts.map((alert) => (
        <AlertNotice key={alert.key} alert={alert} patientId={props.patientId} />
      ))}
      <p>{t('today.suspendedContact')}</p>
    </section>
  );
}

function Reasons(props: { plan: DayPlan }) {
  const { locale, t } = useI18n();
  return (
    <details class="reasons">
      <summary>{t('today.why')}</summary>
      <ul>
        {props.plan.decisions.map((decision, index) => (
          <li key={index}>{protocolText(decision.text, locale)}</li>
        ))}
      </ul>
    </details>
  );
}

function ExerciseList(props: { plan: DayPlan }) {
  const { locale, t } = useI18n();
  const { protocol } = usePatientSession();
  const sync = useSyncState();
  const states = exerciseDayStates(props.plan, sync.items, protocol.pain);
  return (
    <ul class="exercises">
      {props.plan.exercises.map((planned) => {
        const definition = protocol.exercises.find((exercise) => exercise.id === planned.exerciseId);
        const state = states.get(planned.exerciseId);
        const total = planned.prescription.timesPerDay;
        return (
          <li key={planned.exerciseId} class="exercise" data-exercise={planned.exerciseId}>
            <h3>{definition ? protocolText(definition.name, locale, planned.side) : planned.exerciseId}</h3>
            <p>{doseInWords(planned.prescription, locale, APP_WORDING)}</p>
            <p>{t('dose.side', { side: t(`side.${planned.side}`) })}</p>
            {state?.stopped ? (
              <p class="status status-red">{t('today.stopped')}</p>
            ) : state && state.done > 0 ? (
              <p class="status status-green">
                {total > 1
                  ? t('today.doneTimes', { done: Math.min(state.done, total), total })
                  : t('today.done')}
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

function ActivePlan(props: { plan: DayPlan; patientId: string; fromDevice: boolean }) {
  const { locale, t } = useI18n();
  const { protocol } = usePatientSession();
  const sync = useSyncState();
  const { plan } = props;
  const phase = protocol.phases.find((candidate) => candidate.phase === plan.phase);
  const left = exercisesLeft(plan, exerciseDayStates(plan, sync.items, protocol.pain));
  const resumable = savedSessionFor(props.patientId, plan.date) !== null;
  return (
    <section class="stack">
      <h1>{t('today.title')}</h1>
      <p class="phase">{formatDay(plan.date, locale)}</p>
      {(props.fromDevice || !sync.online) && <p class="notice notice-info">{t('today.offlinePlan')}</p>}
      <p class="phase">
        {t('today.phase', { phase: plan.phase, name: phase ? protocolText(phase.name, locale) : '' })}
        {' · '}
        {plan.isResistanceDay ? t('today.resistanceDay') : t('today.restDay')}
      </p>
      {plan.alerts.map((alert) => (
        <AlertNotice key={alert.key} alert={alert} patientId={props.patientId} />
      ))}
      <DueList due={plan.due} />
      <h2>{t('today.exercises')}</h2>
      {plan.exercises.length === 0 ? <p>{t('today.nothing')}</p> : <ExerciseList plan={plan} />}
      {left.length > 0 ? (
        <Link href="/session" class="button primary big">
          {resumable ? t('today.resume') : t('today.start')}
        </Link>
      ) : (
        plan.exercises.length > 0 && <p class="notice notice-good">{t('today.allDone')}</p>
      )}
      <Reasons plan={plan} />
    </section>
  );
}

function GoTo(props: { path: string }) {
  useEffect(() => navigate(props.path, { replace: true }), [props.path]);
  return <Loading />;
}

export function TodayPage() {
  const { t } = useI18n();
  const { patientId } = usePatientSession();
  const today = localToday();
  const sync = useSyncState();
  const [loaded, reload] = useAsync(`plan:${patientId}:${today}`, () => loadPlan(patientId, today));
  // After waiting logs reach the server, its plan includes them: fetch it again.
  const previousPending = useRef(sync.pending);
  useEffect(() => {
    if (sync.pending < previousPending.current) reload();
    previousPending.current = sync.pending;
  }, [sync.pending, reload]);
  if (loaded.kind === 'loading') return <Loading />;
  if (loaded.kind === 'failed') return <ErrorNotice error={loaded.error} onRetry={reload} />;
  const { plan, fromDevice } = loaded.value;
  if (needsOnboarding(plan, patientId)) return <GoTo path="/onboarding" />;
  if (plan.status === 'suspended') return <Suspended plan={plan} patientId={patientId} />;
  if (plan.status === 'discharged')
    return (
      <section class="stack">
        <h1>{t('today.title')}</h1>
        <p>{t('today.discharged')}</p>
      </section>
    );
  return <ActivePlan plan={plan} patientId={patientId} fromDevice={fromDevice} />;
}
