import { type Alert, APP_WORDING, type DayPlan, dateInWords, doseInWords } from '@minimus/core';
import { lazy, Suspense, useEffect, useMemo, useRef } from 'react';
import { localToday } from '../../shared/dates.js';
import { navigate } from '../../shared/router.js';
import { ActionIcon } from '../../shared/ui/action-icon.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { physicianSummaryUrl } from '../api.js';
import { loadPlan } from '../app/plans.js';
import { usePatientSession } from '../app/session.js';
import { Link } from '../app/shell.js';
import { dueToday, exerciseDayStates, exercisesLeft, plannedKey } from '../app/today-progress.js';
import { useI18n } from '../i18n/i18n.js';
import { ContactCard } from '../messages/contact-card.js';
import { useSyncState } from '../offline/sync.js';
import { needsOnboarding } from '../onboarding/onboarding-state.js';
import { savedSessionFor } from '../player/session-storage.js';
import { ReminderPrompt } from '../reminders/reminder-prompt.js';
import { FallsPrecautionNote } from '../today/falls-precaution.js';
import { alertsToShow, markAlertsSeen } from '../today/seen-alerts.js';
import { DueList } from '../today/today-due.js';
import { protocolText } from '../ui/protocol-text.js';

// The figures load after the page shows, in the player's chunk: the first visit does not carry them.
const ExerciseStill = lazy(() =>
  import('../figures/exercise-still.js').then((module) => ({ default: module.ExerciseStill })),
);

function AlertNotice(props: { alert: Alert; patientId: string }) {
  const { locale, t } = useI18n();
  // Only a warning sign is an alarm; a flare or a setback is told calmly (CLINICAL 6).
  const tone = props.alert.kind === 'red-flag' ? 'bad' : 'info';
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

/** The plan's alerts: each message once, then its quiet status line (CLINICAL 6). */
function AlertNotices(props: { plan: DayPlan; patientId: string }) {
  const { locale } = useI18n();
  const { plan, patientId } = props;
  // Decided once per plan, so remembering them below does not turn the message into its status line.
  const shown = useMemo(() => alertsToShow(plan.alerts, patientId), [plan.alerts, patientId]);
  useEffect(() => markAlertsSeen(plan.alerts, patientId), [plan.alerts, patientId]);
  return (
    <>
      {shown.map((entry) =>
        entry.kind === 'message' ? (
          <AlertNotice key={entry.alert.key} alert={entry.alert} patientId={patientId} />
        ) : (
          <p key={entry.alert.key} class="status-line" data-testid="alert-status-line">
            {entry.alert.statusLine ? protocolText(entry.alert.statusLine, locale) : null}
          </p>
        ),
      )}
    </>
  );
}

/** Before the therapist confirms the program: education, and no exercises (CLINICAL 1). */
function AwaitingConfirmation(props: { plan: DayPlan }) {
  const { locale, t } = useI18n();
  const reviewing = props.plan.decisions.find(
    (decision) => decision.ruleId === 'program.awaiting-confirmation',
  );
  return (
    <section class="stack" data-testid="awaiting-confirmation">
      <h1>{t('today.title')}</h1>
      <p class="phase">{dateInWords(props.plan.date)[locale]}</p>
      <p class="notice notice-info">
        {reviewing ? protocolText(reviewing.text, locale) : t('today.awaitingConfirmation')}
      </p>
      <DueList due={props.plan.due} />
      <Link href="/learn" class="button primary big">
        {t('today.learn')}
      </Link>
    </section>
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
      <ContactCard />
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
        const state = states.get(plannedKey(planned));
        const total = planned.prescription.timesPerDay;
        return (
          <li
            key={plannedKey(planned)}
            class="exercise"
            data-exercise={planned.exerciseId}
            data-side={planned.side}
          >
            {definition && (
              <Suspense fallback={<span class="figure-still" />}>
                <ExerciseStill
                  figure={definition.figure}
                  planned={planned}
                  condition={props.plan.condition}
                  side={planned.side === 'left' ? 'left' : 'right'}
                  label={protocolText(definition.name, locale, planned.side)}
                />
              </Suspense>
            )}
            <h3>{definition ? protocolText(definition.name, locale, planned.side) : planned.exerciseId}</h3>
            <p>{doseInWords(planned.prescription, locale, APP_WORDING)}</p>
            <p>{t('dose.side', { side: t(`side.${planned.side}`) })}</p>
            <FallsPrecautionNote planned={planned} definition={definition} />
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
      <p class="phase">{dateInWords(plan.date)[locale]}</p>
      {(props.fromDevice || !sync.online) && <p class="notice notice-info">{t('today.offlinePlan')}</p>}
      <p class="phase">
        {t('today.stage', { name: phase ? protocolText(phase.name, locale) : '' })}
        {' · '}
        {plan.isResistanceDay ? t('today.resistanceDay') : t('today.restDay')}
      </p>
      <AlertNotices plan={plan} patientId={props.patientId} />
      <DueList due={dueToday(plan, sync.items)} />
      <h2>{t('today.exercises')}</h2>
      {plan.exercises.length === 0 ? <NoExercises plan={plan} /> : <ExerciseList plan={plan} />}
      {left.length > 0 ? (
        <Link href="/session" class="button primary big">
          <ActionIcon name="start" />
          {resumable ? t('today.resume') : t('today.start')}
        </Link>
      ) : (
        plan.exercises.length > 0 && <p class="notice notice-good">{t('today.allDone')}</p>
      )}
      {plan.exercises.some((exercise) => exercise.doneToday > 0) && <ReminderPrompt />}
      <Reasons plan={plan} />
    </section>
  );
}

/**
 * An empty list says why: while the therapist chooses the phase-3 exercises the patient reads so
 * (CLINICAL 5), every day until they are chosen, not only the first time.
 */
function NoExercises(props: { plan: DayPlan }) {
  const { locale, t } = useI18n();
  const choosing = props.plan.alerts.find((alert) => alert.ruleId === 'phase-3.awaiting-choice');
  if (!choosing) return <p>{t('today.nothing')}</p>;
  return (
    <p class="notice notice-info" data-testid="awaiting-choice">
      {protocolText(choosing.message, locale)}
    </p>
  );
}

/** After discharge: the maintenance plan (2 sessions a week of the last exercises), not an empty page. */
function Maintenance(props: { plan: DayPlan; patientId: string }) {
  const { locale, t } = useI18n();
  const { plan } = props;
  const maintenance = plan.decisions.find((decision) => decision.ruleId === 'maintenance.plan');
  return (
    <section class="stack" data-testid="maintenance">
      <h1>{t('today.title')}</h1>
      <p class="phase">{dateInWords(plan.date)[locale]}</p>
      <p class="notice notice-good">
        {maintenance ? protocolText(maintenance.text, locale) : t('today.discharged')}
      </p>
      <AlertNotices plan={plan} patientId={props.patientId} />
      <DueList due={plan.due} />
      {plan.exercises.length > 0 && (
        <>
          <h2>{t('today.exercises')}</h2>
          <ExerciseList plan={plan} />
          <Link href="/session" class="button primary big">
            {t('today.start')}
          </Link>
        </>
      )}
    </section>
  );
}

function GoTo(props: { path: string }) {
  useEffect(() => navigate(props.path, { replace: true }), [props.path]);
  return <Loading />;
}

export function TodayPage() {
  const { patientId, onboarding } = usePatientSession();
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
  if (needsOnboarding(plan, patientId, onboarding)) return <GoTo path="/onboarding" />;
  if (plan.status === 'suspended') return <Suspended plan={plan} patientId={patientId} />;
  if (plan.status === 'awaiting-confirmation') return <AwaitingConfirmation plan={plan} />;
  if (plan.status === 'discharged') return <Maintenance plan={plan} patientId={patientId} />;
  return <ActivePlan plan={plan} patientId={patientId} fromDevice={fromDevice} />;
}
