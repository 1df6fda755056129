import { addDays, daysBetween, type IsoDate, laterDate } from '../calendar/calendar.js';
import { dateInWords } from '../calendar/date-words.js';
import type { Text } from '../protocol/types.js';
import { type ConditionOnDate, screenSuggestsTendinopathy, yesCount } from './condition.js';
import { latestEffective, type PlanInput } from './context.js';
import type { PhaseState } from './gates.js';
import { onDate } from './history-window.js';
import type { Alert } from './plan.js';

type AlertBody = Pick<Alert, 'key' | 'date' | 'ruleId' | 'message' | 'therapistMessage'> &
  Partial<Pick<Alert, 'severity'>>;

/** A therapist task of the pathway rules: raised once, the patient told plainly that the therapist knows. */
function task(body: AlertBody): Alert {
  return {
    kind: 'confirmation-needed',
    severity: 'info',
    exerciseId: null,
    physicianMessage: null,
    statusLine: null,
    notifyTherapist: true,
    ...body,
  };
}

const THERAPIST_WILL_CONFIRM: Text = {
  en: 'Your answers suggest a tendon problem, so the program protects the tendon. Your therapist has been told and will confirm it with you.',
  es: 'Sus respuestas sugieren un problema del tendón, así que el programa protege el tendón. Se ha avisado a su fisioterapeuta, que lo confirmará con usted.',
};

/**
 * A screened (provisional) tendinopathy asks the therapist to confirm it within 7 days by recording the
 * diagnosis (CLINICAL 4b). The task belongs to the screen that raised it; it closes when a diagnosis is
 * recorded, or when the therapist confirmed the neutral isometrics before protocol 2.0's pathways.
 */
export function provisionalConditionAlert(
  input: PlanInput,
  condition: ConditionOnDate,
  date: IsoDate,
): Alert | null {
  const screen = condition.screen;
  if (!condition.provisional || !screen) return null;
  const confirmed = latestEffective(
    input.program.signOffs,
    date,
    (entry) => entry.kind === 'tendinopathy-isometrics',
  );
  if (confirmed) return null;
  const raised = laterDate(screen.date, input.program.startDate);
  const due = dateInWords(addDays(raised, input.protocol.gates.confirmConditionWithinDays));
  return task({
    key: `confirm:tendinopathy:${screen.date}`,
    date: raised,
    ruleId: 'condition.provisional',
    message: THERAPIST_WILL_CONFIRM,
    therapistMessage: {
      en: `Provisional tendinopathy: the hip screen of ${screen.date} had ${yesCount(screen)} yes answers, so the program follows the tendinopathy pathway (LEAP). Please confirm by ${due.en} by recording the diagnosis (tendinopathy or muscle strain).`,
      es: `Tendinopatía provisional: el cuestionario de cadera del ${screen.date} tuvo ${yesCount(screen)} respuestas "sí", así que el programa sigue la vía de tendinopatía (LEAP). Confírmelo antes del ${due.es} registrando el diagnóstico (tendinopatía o distensión muscular).`,
    },
  });
}

/**
 * A screen answered after the therapist recorded a diagnosis, pointing the other way: the diagnosis stays
 * in force, the therapist is told (CLINICAL 4b). Belongs to the screen's day.
 */
export function screenAgainstDiagnosisAlert(input: PlanInput, date: IsoDate): Alert | null {
  const diagnosis = latestEffective(input.program.diagnoses, date);
  if (!diagnosis) return null;
  const screen = onDate(input.history.tendinopathyScreens, date).find(
    (candidate) =>
      candidate.date >= diagnosis.effectiveFrom &&
      screenSuggestsTendinopathy(input, candidate) !== (diagnosis.condition === 'tendinopathy'),
  );
  if (!screen) return null;
  const suggests = screenSuggestsTendinopathy(input, screen);
  return task({
    key: `screen-vs-diagnosis:${screen.date}`,
    date: screen.date,
    ruleId: 'condition.diagnosis-in-force',
    message: {
      en: 'Thank you for your answers. Your therapist has been told and will check them with you; your program carries on as it is.',
      es: 'Gracias por sus respuestas. Se ha avisado a su fisioterapeuta, que las revisará con usted; su programa continúa como está.',
    },
    therapistMessage: {
      en: `The hip screen of ${screen.date} had ${yesCount(screen)} yes answers (${suggests ? 'suggests' : 'no longer suggests'} tendinopathy), but the recorded diagnosis (${diagnosis.condition}, ${diagnosis.effectiveFrom}) stays in force. Record a new diagnosis if it should change.`,
      es: `El cuestionario de cadera del ${screen.date} tuvo ${yesCount(screen)} respuestas "sí" (${suggests ? 'sugiere' : 'ya no sugiere'} tendinopatía), pero el diagnóstico registrado (${diagnosis.condition}, ${diagnosis.effectiveFrom}) sigue vigente. Registre un nuevo diagnóstico si debe cambiar.`,
    },
  });
}

/** Not out of rest by day 7 after the injury: the therapist is alerted, rest is never indefinite (CLINICAL 5). */
export function restCapAlert(input: PlanInput, state: PhaseState, date: IsoDate): Alert | null {
  if (state.phase !== 0) return null;
  const after = input.protocol.gates.rest.alertAfterDays;
  if (daysBetween(input.program.injuryDate, date) < after) return null;
  const raised = addDays(input.program.injuryDate, after);
  return task({
    key: `rest-cap:${input.program.injuryDate}`,
    date: laterDate(raised, input.program.startDate),
    severity: 'warning',
    ruleId: 'gate.rest-cap',
    message: {
      en: 'Your rest days are over but the program has not started your exercises yet. Your therapist has been told and will be in touch about how to begin.',
      es: 'Sus días de reposo han terminado, pero el programa aún no ha empezado sus ejercicios. Se ha avisado a su fisioterapeuta, que se pondrá en contacto para ver cómo empezar.',
    },
    therapistMessage: {
      en: `Still in relative rest ${after} days after the injury (${input.program.injuryDate}): walking pain has not come down to the gate, or it was not logged. Rest is capped: review and start phase 1, or refer.`,
      es: `Sigue en reposo relativo ${after} días después de la lesión (${input.program.injuryDate}): el dolor al caminar no ha bajado al umbral o no se ha registrado. El reposo tiene un límite: revise e inicie la fase 1, o derive.`,
    },
  });
}
