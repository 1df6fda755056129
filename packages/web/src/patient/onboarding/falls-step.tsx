import { scoreFallsScreen } from '@minimus/core';
import { useState } from 'react';
import { localToday, newClientId } from '../../shared/dates.js';
import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { enqueue } from '../offline/sync.js';
import { allAnswered, YesNoList } from '../ui/yes-no-list.js';

/**
 * The falls screen (CLINICAL 4c): the twelve STEADI statements, yes or no. A higher risk is told plainly
 * (what changes in the exercises), never as a number.
 */
export function FallsStep(props: { onDone: () => void }) {
  const { t } = useI18n();
  const { protocol, patientId } = usePatientSession();
  const falls = protocol.screens.falls;
  const items = falls.items.map((item) => ({ id: item.id, question: item.statement }));
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [problem, setProblem] = useState(false);
  const [higherRisk, setHigherRisk] = useState(false);
  if (higherRisk)
    return (
      <section class="stack" data-testid="falls-higher-risk">
        <h1>{t('falls.title')}</h1>
        <p class="notice notice-info">{t('falls.higherRisk')}</p>
        <button type="button" class="button primary big" onClick={props.onDone}>
          {t('common.continue')}
        </button>
      </section>
    );
  return (
    <form
      class="stack"
      data-testid="falls-step"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!allAnswered(items, answers)) return setProblem(true);
        const date = localToday();
        await enqueue(patientId, 'screens/falls', { clientId: newClientId(), date, answers });
        const scored = scoreFallsScreen(falls, { id: 'new', date, answers });
        if (scored.positive) setHigherRisk(true);
        else props.onDone();
      }}
    >
      <h1>{t('falls.title')}</h1>
      <p>{t('falls.intro')}</p>
      <YesNoList items={items} answers={answers} onChange={setAnswers} />
      <p class="hint">{t('falls.source')}</p>
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

/** The check-in three months after discharge (CLINICAL 5): the therapist reads every answer. */
export function MaintenanceCheckInStep(props: { onDone: () => void }) {
  const { t } = useI18n();
  const { protocol, patientId } = usePatientSession();
  const items = protocol.screens.maintenanceCheckIn.items;
  const [answers, setAnswers] = useState<Record<string, boolean>>({});
  const [problem, setProblem] = useState(false);
  const [sent, setSent] = useState(false);
  if (sent)
    return (
      <section class="stack" data-testid="check-in-after-thanks">
        <p class="notice notice-good">{t('checkInAfter.thanks')}</p>
        <button type="button" class="button primary big" onClick={props.onDone}>
          {t('common.continue')}
        </button>
      </section>
    );
  return (
    <form
      class="stack"
      data-testid="check-in-after"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!allAnswered(items, answers)) return setProblem(true);
        await enqueue(patientId, 'screens/maintenance-check-in', {
          clientId: newClientId(),
          date: localToday(),
          answers,
        });
        setSent(true);
      }}
    >
      <h1>{t('checkInAfter.title')}</h1>
      <p>{t('checkInAfter.intro')}</p>
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
