import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import { dateInWords } from '../calendar/date-words.js';
import type { Text } from '../protocol/types.js';
import { latestEffective, type PlanInput } from './context.js';
import { formatNumber } from './decision.js';
import type { PhaseState } from './gates.js';
import { between } from './history-window.js';
import type { Alert, PhaseDrop } from './plan.js';

const MIN_CHECK_INS = 3;
/** A mean within half a point of the pre-flare one rounds to the same whole score: settled [rule]. */
const SETTLED_MARGIN = 0.5;

function meanWorstPain(input: PlanInput, from: IsoDate, to: IsoDate): number | null {
  const values = between(input.history.checkIns, from, to)
    .map((checkIn) => checkIn.worstPain24h)
    .filter((value): value is number => value !== null);
  if (values.length < MIN_CHECK_INS) return null;
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export type FlareVerdict =
  | { kind: 'settled' | 'not-settled'; preFlareMean: number; currentMean: number; checkDay: IsoDate }
  | { kind: 'unknown'; checkDay: IsoDate };

/**
 * Whether a flare has settled `flareSettleDays` after its drop: the mean worst pain of the week ending
 * that day against the week before the flare began (the week before the setback window). Without three
 * check-ins in either week nothing is concluded; the therapist already has a task to contact the patient.
 */
export function flareVerdict(input: PlanInput, drop: PhaseDrop): FlareVerdict {
  const rules = input.protocol.pain;
  const checkDay = addDays(drop.date, rules.flareSettleDays);
  const flareStart = addDays(drop.date, -(rules.setbackWindowDays - 1));
  const preFlareMean = meanWorstPain(input, addDays(flareStart, -7), addDays(flareStart, -1));
  const currentMean = meanWorstPain(input, addDays(checkDay, -6), checkDay);
  if (preFlareMean === null || currentMean === null) return { kind: 'unknown', checkDay };
  const settled = currentMean <= preFlareMean + SETTLED_MARGIN;
  return { kind: settled ? 'settled' : 'not-settled', preFlareMean, currentMean, checkDay };
}

const SEE_PHYSICIAN: Text = {
  en: 'Your pain has not settled back to where it was before the flare-up. Please check back with your physician and take the printable summary with you. Your therapist knows.',
  es: 'Su dolor no ha vuelto al nivel que tenía antes del empeoramiento. Consulte de nuevo con su médico y lleve el resumen imprimible. Su fisioterapeuta lo sabe.',
};

const SEE_PHYSICIAN_STATUS: Text = {
  en: 'Please see your physician about the flare-up, with the printable summary.',
  es: 'Consulte con su médico por el empeoramiento, con el resumen imprimible.',
};

/**
 * The physician prompt of CLINICAL 6 for a flare that has not settled in 14 days: raised on the day the
 * 14 days are up, shown for `alertShownDays`, once per flare (keyed by the phase the drop ended).
 */
export function unsettledFlareAlert(input: PlanInput, state: PhaseState, date: IsoDate): Alert | null {
  const drop = state.lastDrop;
  if (!drop) return null;
  const verdict = flareVerdict(input, drop);
  const shownFor = input.protocol.pain.alertShownDays;
  if (date < verdict.checkDay || daysBetween(verdict.checkDay, date) >= shownFor) return null;
  if (verdict.kind !== 'not-settled') return null;
  const pre = formatNumber(verdict.preFlareMean);
  const now = formatNumber(verdict.currentMean);
  const since = dateInWords(drop.date);
  return {
    key: `unsettled-flare:${drop.fromStartDate}`,
    kind: 'physician-referral',
    severity: 'urgent',
    date: verdict.checkDay,
    exerciseId: null,
    ruleId: 'setback.unsettled-flare',
    message: SEE_PHYSICIAN,
    statusLine: SEE_PHYSICIAN_STATUS,
    physicianMessage: {
      en: `A flare-up that eased the home program on ${since.en} has not settled after ${input.protocol.pain.flareSettleDays} days: mean worst pain ${now}/10 this week against ${pre}/10 before the flare. Please review; the printable summary lists the pain, setbacks and screen answers.`,
      es: `Un empeoramiento que suavizó el programa en casa el ${since.es} no se ha calmado tras ${input.protocol.pain.flareSettleDays} días: dolor máximo medio ${now}/10 esta semana frente a ${pre}/10 antes del empeoramiento. Revíselo, por favor; el resumen imprimible recoge el dolor, las recaídas y las respuestas del cuestionario.`,
    },
    therapistMessage: {
      en: `Flare of ${drop.date} not settled after ${input.protocol.pain.flareSettleDays} days (mean worst pain ${now}/10 against ${pre}/10 before it): patient asked to see the physician with the summary.`,
      es: `El empeoramiento del ${drop.date} no se ha calmado tras ${input.protocol.pain.flareSettleDays} días (dolor máximo medio ${now}/10 frente a ${pre}/10 antes): se pidió al paciente que vea al médico con el resumen.`,
    },
    notifyTherapist: true,
  };
}

/** The therapist asked the patient to see their physician (a `physician-referral` sign-off). */
export function physicianReferralAlert(input: PlanInput, date: IsoDate): Alert | null {
  const referral = latestEffective(
    input.program.signOffs,
    date,
    (entry) => entry.kind === 'physician-referral',
  );
  if (!referral || daysBetween(referral.effectiveFrom, date) >= input.protocol.pain.alertShownDays)
    return null;
  return {
    key: `physician-referral:${referral.effectiveFrom}`,
    kind: 'physician-referral',
    severity: 'warning',
    date: referral.effectiveFrom,
    exerciseId: null,
    ruleId: 'therapist.physician-referral',
    message: {
      en: 'Your therapist asks you to see your physician. Please take the printable summary with you.',
      es: 'Su fisioterapeuta le pide que consulte con su médico. Lleve el resumen imprimible, por favor.',
    },
    statusLine: {
      en: 'Your therapist asked you to see your physician, with the printable summary.',
      es: 'Su fisioterapeuta le pidió que consulte con su médico, con el resumen imprimible.',
    },
    physicianMessage: {
      en: `The patient's physiotherapist asks for a medical review: ${referral.reason}`,
      es: `El fisioterapeuta del paciente solicita una valoración médica: ${referral.reason}`,
    },
    therapistMessage: {
      en: `Physician referral by ${referral.author}: ${referral.reason}`,
      es: `Derivación al médico por ${referral.author}: ${referral.reason}`,
    },
    notifyTherapist: false,
  };
}
