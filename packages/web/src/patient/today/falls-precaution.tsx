import { type ExerciseDefinition, HOLD_A_SUPPORT_CUE, type PlannedExercise } from '@minimus/core';
import { useI18n } from '../i18n/i18n.js';
import { protocolText } from '../ui/protocol-text.js';

/**
 * What a positive falls screen adds to an exercise (CLINICAL 4c), as the engine decided it: the "hold a
 * support" cue, or the bed alternative written out for the patient's side.
 */
export function FallsPrecautionNote(props: {
  planned: PlannedExercise;
  definition: ExerciseDefinition | undefined;
}) {
  const { locale } = useI18n();
  const { planned, definition } = props;
  if (planned.fallsPrecaution === 'hold-a-support')
    return (
      <p class="notice notice-info" data-testid="hold-a-support">
        {protocolText(HOLD_A_SUPPORT_CUE, locale, planned.side)}
      </p>
    );
  if (planned.fallsPrecaution === 'bed-alternative' && definition?.bedAlternative)
    return (
      <p class="notice notice-info" data-testid="bed-alternative">
        {protocolText(definition.bedAlternative, locale, planned.side)}
      </p>
    );
  return null;
}
