import {
  CLINIC_WORDING,
  doseInWords,
  type ExerciseDefinition,
  fallsSelectionCheck,
  type LockedExercise,
  type PlannedExercise,
} from '@minimus/core';
import { useState } from 'react';
import { useClinicSession } from '../app-session.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { ChangeForm } from './change-form.js';
import { DoseForm } from './dose-form.js';
import type { ProgramRecord } from './program-record.js';

/** Today's exercises as the engine planned them, and the changes a therapist can make to each. */
export function ExerciseEditor(props: { record: ProgramRecord; onChanged: () => void }) {
  const { t, locale } = useClinicI18n();
  const { protocol } = useClinicSession();
  const { plan } = props.record;
  const [selected, setSelected] = useState<string>(
    plan.exercises[0]?.exerciseId ?? protocol.exercises[0]?.id ?? '',
  );
  const exercise = protocol.exercises.find((entry) => entry.id === selected);
  return (
    <section class="panel" aria-labelledby="exercises">
      <h2 id="exercises">{t('program.exercisesTitle', { date: plan.date })}</h2>
      <p class="hint">{t('program.chooseExercise')}</p>
      <div class="table-scroll">
        <table class="data">
          <caption class="visually-hidden">{t('program.exercisesTitle', { date: plan.date })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('logs.exercise')}</th>
              <th scope="col">{t('program.today')}</th>
              <th scope="col">{t('program.dose')}</th>
            </tr>
          </thead>
          <tbody>
            {protocol.exercises.map((entry) => {
              const planned = plan.exercises.find((candidate) => candidate.exerciseId === entry.id);
              const locked = plan.locked.find((candidate) => candidate.exerciseId === entry.id);
              return (
                <tr key={entry.id} class={entry.id === selected ? 'selected' : undefined}>
                  <th scope="row">
                    <button
                      type="button"
                      class="button link"
                      aria-pressed={entry.id === selected}
                      onClick={() => setSelected(entry.id)}
                    >
                      {entry.name[locale]}
                    </button>
                  </th>
                  <td>{stateLabel(planned, locked, t)}</td>
                  <td>{planned ? doseInWords(planned.prescription, locale, CLINIC_WORDING) : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {exercise && (
        <ExerciseChanges
          key={exercise.id}
          exercise={exercise}
          record={props.record}
          onChanged={props.onChanged}
        />
      )}
    </section>
  );
}

function stateLabel(
  planned: PlannedExercise | undefined,
  locked: LockedExercise | undefined,
  t: ReturnType<typeof useClinicI18n>['t'],
): string {
  if (locked) {
    if (locked.ruleId === 'tendinopathy.adduction-locked') return t('program.lockedTendon');
    if (locked.ruleId === 'falls.therapist-choice-needed') return t('program.fallsChoice');
    if (locked.ruleId === 'falls.needs-negative-screen') return t('program.fallsLocked');
    return t('program.locked');
  }
  return planned ? t('program.inPlan') : t('program.notInPlan');
}

function ExerciseChanges(props: {
  exercise: ExerciseDefinition;
  record: ProgramRecord;
  onChanged: () => void;
}) {
  const { t, locale } = useClinicI18n();
  const { protocol } = useClinicSession();
  const { exercise, record } = props;
  const patientId = record.profile.id;
  const locked = record.plan.locked.find((entry) => entry.exerciseId === exercise.id);
  const planned = record.plan.exercises.find((entry) => entry.exerciseId === exercise.id);
  const name = exercise.name[locale];
  // The engine names why an exercise is locked; a tendon lock leaves one way out, so only that is offered.
  if (locked?.ruleId === 'tendinopathy.adduction-locked')
    return (
      <div class="form-grid">
        <ChangeForm
          patientId={patientId}
          title={t('program.unlockTendonTitle', { name })}
          submitLabel={t('program.recordStrain')}
          build={() => ({ kind: 'diagnosis', condition: 'muscle-strain' })}
          onChanged={props.onChanged}
        >
          <p class="notice notice-info">{t('program.unlockTendonHint')}</p>
        </ChangeForm>
      </div>
    );
  const patient = record.profile.name;
  // The hip hitch cannot be chosen, even by the therapist, without a negative falls screen (CLINICAL 4c).
  const fallsCheck = fallsSelectionCheck(protocol.screens.falls, exercise.id, !planned, record.fallsScreen);
  // The usual change, the dose, comes first; holding an exercise back or taking it out is behind a fold.
  return (
    <div class="stack">
      <div class="form-grid">
        <DoseForm exercise={exercise} planned={planned} patientId={patientId} onChanged={props.onChanged} />
      </div>
      <details class="more-changes">
        <summary>{t('program.moreChanges', { name })}</summary>
        <div class="form-grid">
          <ChangeForm
            patientId={patientId}
            title={locked ? t('program.unlockTitle', { name }) : t('program.lockTitle', { name })}
            submitLabel={locked ? t('program.unlock') : t('program.lock')}
            build={() => ({ kind: 'lock', exerciseId: exercise.id, locked: !locked })}
            onChanged={props.onChanged}
            tone="secondary"
            {...(locked ? {} : { confirm: t('program.confirmLock', { name, patient }) })}
          />
          {fallsCheck.kind === 'ok' ? (
            <ChangeForm
              patientId={patientId}
              title={planned ? t('program.excludeTitle', { name }) : t('program.includeTitle', { name })}
              submitLabel={planned ? t('program.exclude') : t('program.include')}
              build={() => ({ kind: 'selection', exerciseId: exercise.id, included: !planned })}
              onChanged={props.onChanged}
              tone={planned ? 'danger' : 'secondary'}
              {...(planned ? { confirm: t('program.confirmExclude', { name, patient }) } : {})}
            />
          ) : (
            <div class="panel" data-testid="falls-cannot-choose">
              <h3>{t('program.includeTitle', { name })}</h3>
              <p class="notice notice-info">{fallsCheck.reason[locale]}</p>
            </div>
          )}
        </div>
      </details>
    </div>
  );
}
