import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { RedFlagItem, RedFlagUrgency } from '../protocol/protocol.js';
import type { Text } from '../protocol/types.js';
import type { PlanInput } from './context.js';
import { formatNumber } from './decision.js';
import type { GateResult } from './gates.js';
import { type Setback, setbacksDetectedBetween } from './setbacks.js';

/*
 * What the therapist reads about an alert: the finding in clinical terms, what the engine did and what
 * the patient was told. The patient's own message speaks to the patient ("see your physician"), which
 * reads wrongly on the clinician's screen.
 */

/** An exercise stopped for the day because its pain went above the stop line. */
export function exerciseStoppedText(name: Text, stopAbove: number, date: IsoDate): Text {
  return {
    en: `Exercise stopped: ${name.en} logged with pain above ${stopAbove}/10 on ${date}; stopped for the day, the next session returns to the last tolerated dose.`,
    es: `Ejercicio detenido: ${name.es} registrado con dolor por encima de ${stopAbove}/10 el ${date}; se detiene por hoy y la próxima sesión vuelve a la última dosis tolerada.`,
  };
}

/** A next-morning setback and the regression it caused. */
export function setbackText(setback: Setback, regressionSessions: number): Text {
  return {
    en: `Setback: morning pain ${setback.nextMorningPain}/10 after the session of ${setback.sessionDate} (baseline ${setback.baselinePain}/10); exercises regressed one step for ${regressionSessions} sessions.`,
    es: `Recaída: dolor matutino ${setback.nextMorningPain}/10 tras la sesión del ${setback.sessionDate} (basal ${setback.baselinePain}/10); los ejercicios bajan un paso durante ${regressionSessions} sesiones.`,
  };
}

function setbackFindings(input: PlanInput, date: IsoDate): Text | null {
  const windowDays = input.protocol.pain.setbackWindowDays;
  const setbacks = setbacksDetectedBetween(input, addDays(date, -(windowDays - 1)), date);
  const latest = setbacks.at(-1);
  if (!latest) return null;
  const plural = setbacks.length === 1 ? '' : 's';
  return {
    en: `pain ${latest.nextMorningPain}/10 the morning after the session of ${latest.sessionDate} (baseline ${latest.baselinePain}/10), ${setbacks.length} setback${plural} in ${windowDays} days`,
    es: `dolor ${latest.nextMorningPain}/10 la mañana después de la sesión del ${latest.sessionDate} (basal ${latest.baselinePain}/10), ${setbacks.length} recaída${plural} en ${windowDays} días`,
  };
}

function weeklyRiseFindings(evidence: GateResult): Text | null {
  const rise = evidence.data.weeklyMeanRise;
  const mean = evidence.data.weeklyMeanPain;
  if (typeof rise !== 'number' || typeof mean !== 'number' || rise <= 0) return null;
  return {
    en: `weekly mean worst pain ${formatNumber(mean)}/10, up ${formatNumber(rise)} on the week before`,
    es: `media semanal del peor dolor ${formatNumber(mean)}/10, ${formatNumber(rise)} más que la semana anterior`,
  };
}

/** A significant setback: the pain behind it, what the engine eased, and the therapist's task. */
export function significantSetbackText(
  input: PlanInput,
  drop: { date: IsoDate; phase: number; fromPhase: number },
  evidence: GateResult,
): Text {
  const findings = [setbackFindings(input, drop.date), weeklyRiseFindings(evidence)].filter(
    (finding): finding is Text => finding !== null,
  );
  const joined = (locale: 'en' | 'es') =>
    findings.length > 0 ? findings.map((finding) => finding[locale]).join('; ') : evidence.text[locale];
  const restarted = drop.phase === drop.fromPhase;
  return {
    en: `Significant setback on ${drop.date}: ${joined('en')}; program ${restarted ? 'eased within' : 'dropped to'} phase ${drop.phase} (never below phase 1 once exercise started). Task: contact the patient within 2 working days. Patient told calmly; no physician referral unless the flare has not settled in ${input.protocol.pain.flareSettleDays} days.`,
    es: `Recaída importante el ${drop.date}: ${joined('es')}; el programa ${restarted ? 'se suavizó dentro de' : 'bajó a'} la fase ${drop.phase} (nunca por debajo de la fase 1 una vez empezado el ejercicio). Tarea: contacte con el paciente en 2 días laborables. Se informó al paciente con calma; sin derivación al médico salvo que no se calme en ${input.protocol.pain.flareSettleDays} días.`,
  };
}

/**
 * A positive red-flag screen: the items answered yes, the pause and where the patient was sent. With a
 * risk factor on record it reads "red flag with risk factor" (CLINICAL 4a, tier C).
 */
export function redFlagText(
  date: IsoDate,
  items: readonly RedFlagItem[],
  urgency: RedFlagUrgency,
  riskFactors: readonly RedFlagItem[] = [],
): Text {
  const codes = items.map((item) => item.code).join(', ');
  const en = items.length === 1 ? `item ${codes}` : `items ${codes}`;
  const es = items.length === 1 ? `la pregunta ${codes}` : `las preguntas ${codes}`;
  const risk = riskFactors.map((item) => item.code).join(', ');
  const withRisk =
    riskFactors.length > 0
      ? { en: ` with risk factor (${risk})`, es: ` con factor de riesgo (${risk})` }
      : { en: '', es: '' };
  return urgency === 'emergency'
    ? {
        en: `Red flag${withRisk.en} (emergency) on ${date}: yes to ${en}; program paused; patient told to go to an emergency department now.`,
        es: `Señal de alarma${withRisk.es} (emergencia) el ${date}: "sí" en ${es}; programa en pausa; se indicó al paciente que acuda a urgencias de inmediato.`,
      }
    : {
        en: `Red flag${withRisk.en} (urgent) on ${date}: yes to ${en}; program paused until reviewed; patient told to see a physician within 24 to 48 hours.`,
        es: `Señal de alarma${withRisk.es} (urgente) el ${date}: "sí" en ${es}; programa en pausa hasta su revisión; se indicó al paciente que vea a un médico en 24 a 48 horas.`,
      };
}

/** No improvement after weeks of adherent exercise: the figures and the review it asks for. */
export function noImprovementText(input: {
  weeks: number;
  adherencePercent: number;
  painDrop: number;
  psfsGain: number | null;
  minChange: number;
}): Text {
  const psfs = input.psfsGain === null ? '-' : formatNumber(input.psfsGain);
  return {
    en: `No improvement after ${input.weeks} weeks at ${input.adherencePercent}% of days exercised: worst pain fell ${formatNumber(input.painDrop)}, PSFS rose ${psfs} (both under ${input.minChange}); review the program and consider referral to the physician.`,
    es: `Sin mejoría tras ${input.weeks} semanas con ejercicio el ${input.adherencePercent}% de los días: el peor dolor bajó ${formatNumber(input.painDrop)} y la PSFS subió ${psfs} (ambos menos de ${input.minChange}); revise el programa y valore derivar al médico.`,
  };
}
