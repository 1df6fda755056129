import { mostSeriousTier, type Protocol, type RedFlagUrgency, type SafetyTier } from '@minimus/core';
import { useState } from 'react';
import { localToday, newClientId } from '../../shared/dates.js';
import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { ContactCard } from '../messages/contact-card.js';
import { enqueue } from '../offline/sync.js';
import { protocolText } from '../ui/protocol-text.js';
import { allAnswered, YesNoList } from '../ui/yes-no-list.js';

type Asked = 'all' | 'weekly' | 'history';

/** The safety questions a screen asks: all at onboarding, tiers A and B weekly, C and D when health changed. */
function askedItems(protocol: Protocol, asked: Asked) {
  const items = protocol.screens.redFlag.items;
  if (asked === 'all') return items;
  return items.filter((item) => (asked === 'weekly' ? item.weekly : !item.weekly));
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
      <ContactCard />
    </section>
  );
}

/** A risk factor or an item for review: the therapist will look at it; the program carries on. */
function NotedMessage(props: { tier: SafetyTier; onContinue: () => void }) {
  const { locale, t } = useI18n();
  const { protocol } = usePatientSession();
  return (
    <section class="stack" data-testid="screen-noted">
      <h1>{t('redFlag.noted')}</h1>
      <p class="notice notice-info">{protocolText(protocol.screens.redFlag.messages[props.tier], locale)}</p>
      <button type="button" class="button primary big" onClick={props.onContinue}>
        {t('common.continue')}
      </button>
    </section>
  );
}

/**
 * The safety questions (CLINICAL 4a): a yes in tier A or B pauses the program with the emergency or
 * urgent message; a yes in tier C or D only tells the therapist, and the patient carries on.
 */
export function RedFlagStep(props: { asked: Asked; onClear: () => void }) {
  const { t } = useI18n();
  const { protocol, patientId } = usePatientSession();
  const items = askedItems(protocol, props.asked);
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [problem, setProblem] = useState(false);
  const [tier, setTier] = useState<SafetyTier | null>(null);
  if (tier === 'emergency' || tier === 'urgent') return <RedFlagMessage urgency={tier} />;
  if (tier) return <NotedMessage tier={tier} onContinue={props.onClear} />;
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
        const found = mostSeriousTier(items, answers);
        if (found) setTier(found);
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

/** The monthly "has anything changed in your health?" question; a yes asks the history questions again. */
export function HealthChangeStep(props: { onAnswered: (changed: boolean) => void }) {
  const { t } = useI18n();
  const { protocol, patientId } = usePatientSession();
  const question = protocol.screens.redFlag.healthChange;
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const changed = answers[question.id];
  return (
    <form
      class="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        if (changed === undefined) return;
        await enqueue(patientId, 'screens/red-flag', {
          clientId: newClientId(),
          date: localToday(),
          answers: { [question.id]: changed },
        });
        props.onAnswered(changed);
      }}
    >
      <h1>{t('healthChange.title')}</h1>
      <YesNoList items={[question]} answers={answers} onChange={setAnswers} />
      <button type="submit" class="button primary big" disabled={changed === undefined}>
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
