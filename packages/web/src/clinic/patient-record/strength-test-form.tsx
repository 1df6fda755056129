import { useState } from 'react';
import { localToday } from '../../shared/dates.js';
import { ErrorNotice } from '../../shared/ui/notices.js';
import { recordStrengthTest, type StrengthTestInput } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';

const METHODS: readonly StrengthTestInput['method'][] = ['dynamometer', 'reps-at-load', 'single-leg-stance'];
const UNITS = {
  dynamometer: 'strength.newtons',
  'reps-at-load': 'strength.reps',
  'single-leg-stance': 'strength.seconds',
} as const;

function methodOf(value: string): StrengthTestInput['method'] {
  return METHODS.find((method) => method === value) ?? 'dynamometer';
}

/**
 * A strength test per side; the summary turns force and repetitions into limb symmetry (injured /
 * uninjured). The single-leg stance is the phase 2 gate's check, never a symmetry. A both-sides program
 * records the left and the right leg, and no symmetry is made of them (CLINICAL 4c).
 */
export function StrengthTestForm(props: { patientId: string; bothSides: boolean }) {
  const { t } = useClinicI18n();
  const [date, setDate] = useState(localToday());
  const [method, setMethod] = useState<StrengthTestInput['method']>('dynamometer');
  const [injured, setInjured] = useState('');
  const [uninjured, setUninjured] = useState('');
  const [loadKg, setLoadKg] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState(false);
  const submit = async (event: Event) => {
    event.preventDefault();
    setError(null);
    setSaved(false);
    try {
      await recordStrengthTest(props.patientId, {
        date,
        method,
        injuredSide: Number(injured.replace(',', '.')),
        uninjuredSide: Number(uninjured.replace(',', '.')),
        loadKg: method === 'reps-at-load' && loadKg ? Number(loadKg.replace(',', '.')) : null,
      });
      setSaved(true);
      setInjured('');
      setUninjured('');
    } catch (caught) {
      setError(caught);
    }
  };
  const unit = t(UNITS[method]);
  return (
    <form class="grid-form" onSubmit={submit}>
      <label class="field">
        <span>{t('strength.date')}</span>
        <input type="date" required value={date} onInput={(e) => setDate(e.currentTarget.value)} />
      </label>
      <label class="field">
        <span>{t('strength.method')}</span>
        <select value={method} onChange={(e) => setMethod(methodOf(e.currentTarget.value))}>
          <option value="dynamometer">{t('strength.dynamometer')}</option>
          <option value="reps-at-load">{t('strength.repsAtLoad')}</option>
          <option value="single-leg-stance">{t('strength.singleLegStance')}</option>
        </select>
      </label>
      <label class="field">
        <span>{t(props.bothSides ? 'strength.left' : 'strength.injured', { unit })}</span>
        <input
          type="number"
          min={0}
          step="any"
          required
          value={injured}
          onInput={(e) => setInjured(e.currentTarget.value)}
        />
      </label>
      <label class="field">
        <span>{t(props.bothSides ? 'strength.right' : 'strength.uninjured', { unit })}</span>
        <input
          type="number"
          min={0}
          step="any"
          required
          value={uninjured}
          onInput={(e) => setUninjured(e.currentTarget.value)}
        />
      </label>
      {method === 'reps-at-load' && (
        <label class="field">
          <span>{t('strength.load')}</span>
          <input
            type="number"
            min={0}
            step="0.5"
            value={loadKg}
            onInput={(e) => setLoadKg(e.currentTarget.value)}
          />
        </label>
      )}
      <div class="form-end">
        <button type="submit" class="button primary">
          {t('strength.submit')}
        </button>
      </div>
      {saved && (
        <p class="notice notice-good" role="status">
          {t(props.bothSides ? 'strength.savedBothSides' : 'strength.saved')}
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
    </form>
  );
}
