import { useState } from 'react';
import { navigate } from '../../shared/router.js';
import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { EducationTopics } from '../learn/education-topics.js';
import { FallsStep } from '../onboarding/falls-step.js';
import { markOnboarded } from '../onboarding/onboarding-state.js';
import { RedFlagStep, TendinopathyStep } from '../onboarding/red-flag-step.js';
import { PsfsForm } from '../psfs/psfs-form.js';

const TOTAL_STEPS = 5;

/**
 * First visit: safety questions, the tendinopathy screen, the falls screen, the PSFS baseline and a short
 * education.
 */
export function OnboardingPage() {
  const { t } = useI18n();
  const { protocol, patientId } = usePatientSession();
  const [step, setStep] = useState(1);
  const education = protocol.education.filter((topic) =>
    ['gluteus-minimus', 'pain-traffic-light', 'load-management'].includes(topic.id),
  );
  return (
    <div class="stack">
      <p class="step" aria-live="polite">
        {t('onboarding.step', { step, total: TOTAL_STEPS })}
      </p>
      {step === 1 && <RedFlagStep asked="all" onClear={() => setStep(2)} />}
      {step === 2 && <TendinopathyStep onDone={() => setStep(3)} />}
      {step === 3 && <FallsStep onDone={() => setStep(4)} />}
      {step === 4 && <PsfsForm onDone={() => setStep(5)} />}
      {step === 5 && (
        <section class="stack">
          <h1>{t('education.title')}</h1>
          <EducationTopics topics={education.length > 0 ? education : protocol.education} />
          <button
            type="button"
            class="button primary big"
            onClick={() => {
              markOnboarded(patientId);
              navigate('/', { replace: true });
            }}
          >
            {t('education.done')}
          </button>
        </section>
      )}
    </div>
  );
}
