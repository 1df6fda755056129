import { ErrorNotice, Loading } from '../../shared/ui/notices.js';
import { useAsync } from '../../shared/use-async.js';
import { fetchPatient, fetchPlan, fetchProgram, fetchSummary } from '../api.js';
import { useClinicI18n } from '../i18n/i18n.js';
import { StrengthTestForm } from '../patient-record/strength-test-form.js';
import { ExerciseEditor } from '../program/exercise-editor.js';
import type { ProgramRecord } from '../program/program-record.js';
import { ChangeHistory, PhaseForms, ScheduleForms } from '../program/schedule-forms.js';
import { SideForm } from '../program/side-form.js';
import { patientHref } from '../routes.js';
import { ClinicLink } from '../ui/clinic-link.js';

async function loadProgram(patientId: string): Promise<ProgramRecord> {
  const [profile, program, plan, summary] = await Promise.all([
    fetchPatient(patientId),
    fetchProgram(patientId),
    fetchPlan(patientId),
    fetchSummary(patientId),
  ]);
  const latest = summary.fallsScreens.at(-1);
  const fallsScreen = latest ? { date: latest.date, points: latest.points, positive: latest.positive } : null;
  return { profile, program, plan, fallsScreen };
}

/** The therapist's program editor: every change carries a reason and becomes a new program version. */
export function ProgramPage(props: { patientId: string }) {
  const { t } = useClinicI18n();
  const [state, reload] = useAsync(`program:${props.patientId}`, () => loadProgram(props.patientId));
  if (state.kind === 'loading') return <Loading />;
  if (state.kind === 'failed') return <ErrorNotice error={state.error} onRetry={reload} />;
  const record = state.value;
  return (
    <div class="stack">
      <p>
        <ClinicLink href={patientHref(props.patientId)}>
          {t('program.back', { name: record.profile.name })}
        </ClinicLink>
      </p>
      <h1>{t('program.title', { name: record.profile.name })}</h1>
      <p class="hint">{t('program.intro', { version: record.program.version })}</p>
      <ExerciseEditor record={record} onChanged={reload} />
      <section class="panel" aria-labelledby="phase-forms">
        <h2 id="phase-forms">{t('program.phaseTitle')}</h2>
        <PhaseForms record={record} onChanged={reload} />
      </section>
      <section class="panel" aria-labelledby="schedule-forms">
        <h2 id="schedule-forms">{t('program.scheduleTitle')}</h2>
        <ScheduleForms record={record} onChanged={reload} />
        <SideForm record={record} onChanged={reload} />
      </section>
      <section class="panel" aria-labelledby="strength">
        <h2 id="strength">{t('strength.title')}</h2>
        <StrengthTestForm patientId={props.patientId} bothSides={record.profile.program.side === 'both'} />
      </section>
      <ChangeHistory changes={record.program.changes} />
    </div>
  );
}
