import type { ProgramSide } from '@minimus/core';
import { useEffect, useState } from 'react';
import { useClinicI18n } from '../i18n/i18n.js';
import { ChangeForm } from './change-form.js';
import type { ProgramRecord } from './program-record.js';

const SIDES: readonly ProgramSide[] = ['right', 'left', 'both'];

/**
 * The leg the program treats, or both (CLINICAL 4c): with both, each leg's one-leg exercises are
 * prescribed, guided, logged and charted for that leg, and limb symmetry is no target.
 */
export function SideForm(props: { record: ProgramRecord; onChanged: () => void }) {
  const { t } = useClinicI18n();
  const current = props.record.program.program.side;
  const [side, setSide] = useState<ProgramSide>(current);
  // After the change the program is read again: the selector follows the side it now has.
  useEffect(() => setSide(current), [current]);
  return (
    <ChangeForm
      patientId={props.record.profile.id}
      title={t('program.sideTitle')}
      submitLabel={t('common.save')}
      build={() => ({ kind: 'side', side })}
      onChanged={props.onChanged}
    >
      <label class="field">
        <span>{t('patient.side')}</span>
        <select
          value={side}
          onChange={(e) => setSide(SIDES.find((option) => option === e.currentTarget.value) ?? side)}
        >
          {SIDES.map((option) => (
            <option key={option} value={option}>
              {t(`side.${option}`)}
            </option>
          ))}
        </select>
      </label>
      <p class="hint">{t('program.sideHint')}</p>
    </ChangeForm>
  );
}
