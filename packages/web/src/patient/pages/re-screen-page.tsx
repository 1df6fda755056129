import { useState } from 'react';
import { navigate } from '../../shared/router.js';
import { RedFlagStep, TendinopathyStep } from '../onboarding/red-flag-step.js';

/** The weekly re-screen: red-flag items 1-7, then the tendinopathy screen. */
export function ReScreenPage() {
  const [step, setStep] = useState<'red-flag' | 'tendinopathy'>('red-flag');
  if (step === 'red-flag') return <RedFlagStep weeklyOnly onClear={() => setStep('tendinopathy')} />;
  return <TendinopathyStep onDone={() => navigate('/')} />;
}
