import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { EducationTopics } from '../learn/education-topics.js';

export function LearnPage() {
  const { t } = useI18n();
  const { protocol } = usePatientSession();
  return (
    <section class="stack">
      <h1>{t('education.title')}</h1>
      <EducationTopics topics={protocol.education} />
    </section>
  );
}
