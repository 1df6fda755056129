import type { Protocol, RedFlagUrgency } from '@minimus/core';
import { useState } from 'react';
import { localToday, newClientId } from '../../shared/dates.js';
import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { enqueue } from '../offline/sync.js';
import { protocolText } from '../ui/protocol-text.js';
import { allAnswered, YesNoList } from '../ui/yes-no-list.js';

/** The most urgent message among the items answered yes, or null when all are no. */
export function redFlagUrgency(
  protocol: Protocol,
  answers: Readonly<Record<string, boolean>>,
): RedFlagUrgency | null {
  const yes = protocol.screens.redFlag.items.filter((item) => answers[item.id] === true);
  if (yes.some((item) => item.urgency === 'emergency')) return 'emergency';
  return yes.length > 0 ? 'urgent' : null;
}

export function RedFlagMessage(props: { urgency: RedFlagUrgency }) {
  const { locale, t } = useI18n();
  const { protocol } = usePatientSession();
  return (
    <section class="stack" data-testid="red-flag-message">
      <h1>{t('redFlag.suspended')}</h1>
      <p class={`notice notice-bad urgency-${props.urgency}`} role="alert">
        {protocolText(protocol.screens.redFlag.messages[props.urgency], locale)}
      </p>
      <p>{t('today.suspendedContact')}</p>
    </section>
  );
}

/** The red-flag questions; any yes suspends the program and shows the emergency or urgent message. */
export function RedFlagStep(props: { weeklyOnly: boolean; onClear: () => void }) {
  const { t } = useI18n();
  const { protocol, patientId } = usePatientSession();
  const items = protocol.screens.redFlag.items.filter((item) => !props.weeklyOnly || item.weekly);
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [problem, setProblem] = useState(false);
  const [urgency, setUrgency] = useState<RedFlagUrgency | null>(null);
  if (urgency) return <RedFlagMessage urgency={urgency} />;
  return (
    <form
      class="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!allAnswered(items, answers)) return setProblem(true);
        await enqueue(patientId, 'screens/red-flag', {
          clientId: newClientId(),
          date: localToday(),
          answers,
        });
        const found = redFlagUrgency(protocol, answers);
        if (found) setUrgency(found);
        else props.onClear();
      }}
    >
      <h1>{t('redFlag.title')}</h1>
      <p>{t('redFlag.intro')}</p>
      <YesNoList items={items} answers={answers} onChange={setAnswers} />
      {problem && !allAnswered(items, answers) && (
        <p class="notice notice-bad" role="alert">
          {t('redFlag.answerAll')}
        </p>
      )}
      <button type="submit" class="button primary big">
        {t('common.continue')}
      </button>
    </form>
  );
}

/** The tendinopathy screen: yes/no answers; the engine decides the condition from them. */
export function TendinopathyStep(props: { onDone: () => void }) {
  const { t } = useI18n();
  const { protocol, patientId } = usePatientSession();
  const items = protocol.screens.tendinopathy.items;
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [problem, setProblem] = useState(false);
  return (
    <form
      class="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!allAnswered(items, answers)) return setProblem(true);
        await enqueue(patientId, 'screens/tendinopathy', {
          clientId: newClientId(),
          date: localToday(),
          answers,
        });
        props.onDone();
      }}
    >
      <h1>{t('tendinopathy.title')}</h1>
      <p>{t('tendinopathy.intro')}</p>
      <YesNoList items={items} answers={answers} onChange={setAnswers} />
      {problem && !allAnswered(items, answers) && (
        <p class="notice notice-bad" role="alert">
          {t('redFlag.answerAll')}
        </p>
      )}
      <button type="submit" class="button primary big">
        {t('common.continue')}
      </button>
    </form>
  );
}
