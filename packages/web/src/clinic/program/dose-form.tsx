import type { Effort, ExerciseDefinition, LoadKind, PlannedExercise } from '@minimus/core';
import { useState } from 'react';
import { useClinicI18n } from '../i18n/i18n.js';
import { ChangeForm } from './change-form.js';

interface DoseFields {
  sets: string;
  reps: string;
  holdSeconds: string;
  effort: string;
  loadKg: string;
  loadKind: string;
}

const EMPTY: DoseFields = { sets: '', reps: '', holdSeconds: '', effort: '', loadKg: '', loadKind: '' };
const EFFORTS: readonly Effort[] = ['light', 'moderate', 'hard'];

/** A blank field keeps the engine's value, so progression continues for what the therapist leaves alone. */
function numberOrNull(value: string): number | null {
  if (value.trim() === '') return null;
  const parsed = Number(value.replace(',', '.'));
  return Number.isFinite(parsed) ? parsed : null;
}

export function DoseForm(props: {
  exercise: ExerciseDefinition;
  planned: PlannedExercise | undefined;
  patientId: string;
  onChanged: () => void;
}) {
  const { t, locale } = useClinicI18n();
  const [fields, setFields] = useState<DoseFields>(EMPTY);
  const current = props.planned?.prescription;
  const loadKinds: LoadKind[] = [
    ...new Set([
      props.exercise.defaultDose.loadKind,
      ...props.exercise.loadOptions.map((option) => option.kind),
    ]),
  ];
  const set = (patch: Partial<DoseFields>) => setFields((previous) => ({ ...previous, ...patch }));
  const number = (
    key: 'sets' | 'reps' | 'holdSeconds' | 'loadKg',
    label: string,
    now: number | null | undefined,
    step = '1',
  ) => (
    <label class="field">
      <span>{label}</span>
      <input
        type="number"
        inputMode="decimal"
        min={key === 'loadKg' ? 0 : 1}
        step={step}
        value={fields[key]}
        placeholder={now === null || now === undefined ? '' : String(now)}
        aria-describedby="dose-blank-hint"
        onInput={(e) => set({ [key]: e.currentTarget.value })}
      />
    </label>
  );
  return (
    <ChangeForm
      patientId={props.patientId}
      title={t('dose.title', { name: props.exercise.name[locale] })}
      submitLabel={t('dose.submit')}
      build={() =>
        Object.values(fields).every((value) => value.trim() === '')
          ? null
          : {
              kind: 'dose-edit',
              exerciseId: props.exercise.id,
              sets: numberOrNull(fields.sets),
              reps: numberOrNull(fields.reps),
              holdSeconds: numberOrNull(fields.holdSeconds),
              effort: EFFORTS.find((effort) => effort === fields.effort) ?? null,
              loadKg: numberOrNull(fields.loadKg),
              loadKind: loadKinds.find((kind) => kind === fields.loadKind) ?? null,
            }
      }
      onChanged={() => {
        setFields(EMPTY);
        props.onChanged();
      }}
    >
      <p id="dose-blank-hint" class="hint">
        {t('dose.blankHint')}
      </p>
      <div class="grid-form">
        {number('sets', t('dose.sets'), current?.sets)}
        {number('reps', t('dose.repsLabel'), current?.reps)}
        {number('holdSeconds', t('dose.holdLabel'), current?.holdSeconds)}
        {number('loadKg', t('dose.loadLabel'), current?.loadKg, '0.5')}
        <label class="field">
          <span>{t('dose.loadKind')}</span>
          <select value={fields.loadKind} onChange={(e) => set({ loadKind: e.currentTarget.value })}>
            <option value="">{t('dose.keep')}</option>
            {loadKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`load.${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label class="field">
          <span>{t('dose.effort')}</span>
          <select value={fields.effort} onChange={(e) => set({ effort: e.currentTarget.value })}>
            <option value="">{t('dose.keep')}</option>
            {EFFORTS.map((effort) => (
              <option key={effort} value={effort}>
                {t(`effort.${effort}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
    </ChangeForm>
  );
}
