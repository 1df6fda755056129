import type { ScreensDue } from '@minimus/core';
import { useState } from 'react';
import { localToday } from '../../shared/dates.js';
import { navigate } from '../../shared/router.js';
import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { loadPlan } from '../app/plans.js';
import { usePatientSession } from '../app/session.js';
import { FallsStep, MaintenanceCheckInStep } from '../onboarding/falls-step.js';
import { HealthChangeStep, RedFlagStep, TendinopathyStep } from '../onboarding/red-flag-step.js';

type Step = 'weekly' | 'health-change' | 'history' | 'tendinopathy' | 'falls' | 'check-in-after' | 'done';

/** The next questionnaire after `step`, among those the plan says are due (CLINICAL 4a, 4b). */
export function nextScreenStep(step: Step | null, due: ScreensDue, healthChanged = false): Step {
  const order: Step[] = [
    'weekly',
    'health-change',
    'history',
    'tendinopathy',
    'falls',
    'check-in-after',
    'done',
  ];
  const isDue: Record<Step, boolean> = {
    weekly: due.redFlagScreen,
    'health-change': due.healthChange,
    history: due.historyScreen || healthChanged,
    tendinopathy: due.tendinopathyScreen,
    falls: due.fallsScreen,
    'check-in-after': due.maintenanceCheckIn,
    done: true,
  };
  const from = step === null ? 0 : order.indexOf(step) + 1;
  return order.slice(from).find((candidate) => isDue[candidate]) ?? 'done';
}

function Steps(props: { due: ScreensDue }) {
  const [step, setStep] = useState<Step>(() => nextScreenStep(null, props.due));
  const next = (changed = false) => {
    const following = nextScreenStep(step, props.due, changed);
    if (following === 'done') navigate('/');
    else setStep(following);
  };
  switch (step) {
    case 'weekly':
      return <RedFlagStep key="weekly" asked="weekly" onClear={() => next()} />;
    case 'health-change':
      return <HealthChangeStep onAnswered={(changed) => next(changed)} />;
    case 'history':
      return <RedFlagStep key="history" asked="history" onClear={() => next()} />;
    case 'tendinopathy':
      return <TendinopathyStep onDone={() => next()} />;
    case 'falls':
      return <FallsStep onDone={() => next()} />;
    case 'check-in-after':
      return <MaintenanceCheckInStep onDone={() => next()} />;
    case 'done':
      navigate('/');
      return <Loading />;
  }
}

/**
 * The check-ups due today: safety tiers A and B weekly, the monthly health question, the hip screen, the
 * falls screen when it was never answered, and the check-in after discharge.
 */
export function ReScreenPage() {
  const { patientId } = usePatientSession();
  const today = localToday();
  const [loaded, reload] = useAsync(`plan:${patientId}:${today}`, () => loadPlan(patientId, today));
  if (loaded.kind === 'loading') return <Loading />;
  if (loaded.kind === 'failed') return <ErrorNotice error={loaded.error} onRetry={reload} />;
  return <Steps due={loaded.value.plan.due} />;
}
