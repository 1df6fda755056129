import { PHASE_NUMBERS, type PhaseNumber } from '@minimus/core';
import { useState } from 'react';
import type { ProgramChangeEntry } from '../api.js';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { formatTimestamp } from '../ui/format.js';
import { ChangeForm } from './change-form.js';
import { changeKindLabel } from './change-kind.js';
import type { ProgramRecord } from './program-record.js';

const SIGN_OFFS = [
  'resistance-gate',
  'discharge',
  'tendinopathy-isometrics',
  'resume-after-red-flag',
] as const;
type SignOffKind = (typeof SIGN_OFFS)[number];
const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** Phase override, gate sign-offs and the recorded diagnosis. */
export function PhaseForms(props: { record: ProgramRecord; onChanged: () => void }) {
  const { t, locale } = useClinicI18n();
  const { protocol } = useClinicSession();
  const patientId = props.record.profile.id;
  const [phase, setPhase] = useState<PhaseNumber>(props.record.plan.phase);
  const [signOff, setSignOff] = useState<SignOffKind>('resistance-gate');
  const [condition, setCondition] = useState<'muscle-strain' | 'tendinopathy'>(props.record.plan.condition);
  return (
    <div class="form-grid">
      <ChangeForm
        patientId={patientId}
        title={t('program.overrideTitle')}
        submitLabel={t('program.override')}
        build={() => ({ kind: 'phase-override', phase })}
        onChanged={props.onChanged}
      >
        <label class="field">
          <span>{t('program.phase')}</span>
          <select
            value={phase}
            onChange={(e) =>
              setPhase(PHASE_NUMBERS.find((n) => String(n) === e.currentTarget.value) ?? phase)
            }
          >
            {PHASE_NUMBERS.map((number) => (
              <option key={number} value={number}>
                {t('phase.short', { phase: number })}:{' '}
                {protocol.phases.find((entry) => entry.phase === number)?.name[locale]}
              </option>
            ))}
          </select>
        </label>
      </ChangeForm>
      <ChangeForm
        patientId={patientId}
        title={t('program.signOffTitle')}
        submitLabel={t('program.signOff')}
        build={() => ({ kind: 'sign-off', signOff })}
        onChanged={props.onChanged}
      >
        <label class="field">
          <span>{t('program.signOffKind')}</span>
          <select
            value={signOff}
            onChange={(e) => setSignOff(SIGN_OFFS.find((kind) => kind === e.currentTarget.value) ?? signOff)}
          >
            {SIGN_OFFS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`signOff.${kind}`)}
              </option>
            ))}
          </select>
        </label>
      </ChangeForm>
      <ChangeForm
        patientId={patientId}
        title={t('program.diagnosisTitle')}
        submitLabel={t('program.recordDiagnosis')}
        build={() => ({ kind: 'diagnosis', condition })}
        onChanged={props.onChanged}
      >
        <label class="field">
          <span>{t('patient.condition')}</span>
          <select
            value={condition}
            onChange={(e) =>
              setCondition(e.currentTarget.value === 'tendinopathy' ? 'tendinopathy' : 'muscle-strain')
            }
          >
            <option value="muscle-strain">{t('condition.muscle-strain')}</option>
            <option value="tendinopathy">{t('condition.tendinopathy')}</option>
          </select>
        </label>
      </ChangeForm>
    </div>
  );
}

/** Rest days before phase 1 and the weekdays of resistance sessions. */
export function ScheduleForms(props: { record: ProgramRecord; onChanged: () => void }) {
  const { t, locale } = useClinicI18n();
  const { protocol } = useClinicSession();
  const { program } = props.record.program;
  const patientId = props.record.profile.id;
  const [restDays, setRestDays] = useState(String(program.restDays));
  const [weekdays, setWeekdays] = useState<number[]>([
    ...(program.resistanceWeekdays ?? protocol.resistance.defaultWeekdays),
  ]);
  const dayName = (day: number) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(
      new Date(Date.UTC(2024, 0, day)),
    );
  return (
    <div class="form-grid">
      <ChangeForm
        patientId={patientId}
        title={t('program.restDaysTitle')}
        submitLabel={t('common.save')}
        build={() => ({ kind: 'rest-days', restDays: Number(restDays) })}
        onChanged={props.onChanged}
      >
        <label class="field">
          <span>{t('program.restDays')}</span>
          <input
            type="number"
            min={2}
            max={7}
            required
            value={restDays}
            onInput={(e) => setRestDays(e.currentTarget.value)}
          />
        </label>
      </ChangeForm>
      <ChangeForm
        patientId={patientId}
        title={t('program.weekdaysTitle')}
        submitLabel={t('common.save')}
        build={() => ({ kind: 'resistance-weekdays', weekdays })}
        onChanged={props.onChanged}
      >
        <fieldset class="weekdays">
          <legend>{program.resistanceWeekdays ? t('program.weekdays') : t('program.weekdaysDefault')}</legend>
          {WEEKDAYS.map((day) => (
            <label key={day} class="check">
              <input
                type="checkbox"
                checked={weekdays.includes(day)}
                onChange={(e) =>
                  setWeekdays((current) =>
                    e.currentTarget.checked
                      ? [...current, day].sort()
                      : current.filter((entry) => entry !== day),
                  )
                }
              />
              {dayName(day)}
            </label>
          ))}
        </fieldset>
      </ChangeForm>
    </div>
  );
}

/** Every version of the program, newest first, with its author and reason. */
export function ChangeHistory(props: { changes: readonly ProgramChangeEntry[] }) {
  const { t, locale } = useClinicI18n();
  return (
    <section class="panel" aria-labelledby="history">
      <h2 id="history">{t('program.history')}</h2>
      <ol class="plain" reversed>
        {[...props.changes].reverse().map((change) => (
          <li key={change.version}>
            <strong>v{change.version}</strong> {changeKindLabel(change.kind, t)}: {change.reason}{' '}
            <span class="hint">
              ({change.author}, {formatTimestamp(change.at, locale)})
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
