import { type DosePoint, type ExerciseId, type IsoDate, sideInWords } from '@minimus/core';
import { LineChart } from '../../shared/charts/line-chart.js';
import { EmptyState } from '../../shared/ui/empty-state.js';
import { usePatientSession } from '../app/session.js';
import { useI18n } from '../i18n/i18n.js';
import { protocolText } from '../ui/protocol-text.js';
import { doseLines } from './dose-legs.js';

/**
 * For each exercise logged: hold seconds for holds, load in kg where a load was used; an exercise done
 * on each leg (both sides treated) shows a line for each leg.
 */
export function DoseCharts(props: { doses: readonly DosePoint[]; formatDate: (date: IsoDate) => string }) {
  const { locale, t } = useI18n();
  const { protocol } = usePatientSession();
  const byExercise = new Map<ExerciseId, DosePoint[]>();
  for (const dose of props.doses)
    byExercise.set(dose.exerciseId, [...(byExercise.get(dose.exerciseId) ?? []), dose]);
  if (byExercise.size === 0) return <EmptyState picture="notebook">{t('progress.noData')}</EmptyState>;
  return (
    <>
      {[...byExercise].map(([exerciseId, doses]) => {
        const definition = protocol.exercises.find((exercise) => exercise.id === exerciseId);
        const name = definition ? protocolText(definition.name, locale) : exerciseId;
        const holds = doses.some((dose) => dose.holdSeconds !== null);
        const loads = doses.some((dose) => dose.loadKg > 0);
        const measureOf = (dose: DosePoint) =>
          (holds ? dose.holdSeconds : loads ? dose.loadKg : dose.reps) ?? 0;
        const unit = t(holds ? 'progress.holdSeconds' : loads ? 'progress.loadKg' : 'progress.reps');
        return (
          <LineChart
            key={exerciseId}
            title={`${name}: ${unit}`}
            yMax={Math.max(1, ...doses.map(measureOf))}
            formatDate={props.formatDate}
            series={doseLines(doses).map((group, index) => ({
              label: group.side
                ? `${name}, ${sideInWords(group.side, locale)} (${unit})`
                : `${name} (${unit})`,
              className: index === 0 ? 'series-dose' : 'series-dose series-dose-other',
              points: group.doses.map((dose) => ({ date: dose.date, value: measureOf(dose) })),
            }))}
          />
        );
      })}
    </>
  );
}
