import { useState } from 'react';
import { localToday, newClientId } from '../../shared/dates.js';
import { navigate } from '../../shared/router.js';
import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { enqueue } from '../offline/sync.js';
import { PainScale } from '../ui/pain-scale.js';

const QUESTIONS = [
  { field: 'nextMorningPain', key: 'checkIn.nextMorning' },
  { field: 'worstPain24h', key: 'checkIn.worst' },
  { field: 'walkingPain', key: 'checkIn.walking' },
] as const;

type Answers = Record<(typeof QUESTIONS)[number]['field'], number | null>;

/** The morning check-in: pain on waking (compared with yesterday's baseline), worst pain, walking pain. */
export function CheckInPage() {
  const { t } = useI18n();
  const { protocol, patientId } = usePatientSession();
  const [answers, setAnswers] = useState<Answers>({
    nextMorningPain: null,
    worstPain24h: null,
    walkingPain: null,
  });
  const [problem, setProblem] = useState(false);
  const complete = QUESTIONS.every((question) => answers[question.field] !== null);
  return (
    <form
      class="stack"
      onSubmit={async (event) => {
        event.preventDefault();
        if (!complete) return setProblem(true);
        await enqueue(patientId, 'check-ins', { clientId: newClientId(), date: localToday(), ...answers });
        navigate('/');
      }}
    >
      <h1>{t('checkIn.title')}</h1>
      {QUESTIONS.map((question) => (
        <PainScale
          key={question.field}
          name={question.field}
          legend={t(question.key)}
          value={answers[question.field]}
          rules={protocol.pain.trafficLight}
          onChange={(value) => setAnswers({ ...answers, [question.field]: value })}
        />
      ))}
      {problem && !complete && (
        <p class="notice notice-bad" role="alert">
          {t('redFlag.answerAll')}
        </p>
      )}
      <button type="submit" class="button primary big">
        {t('common.save')}
      </button>
    </form>
  );
}
