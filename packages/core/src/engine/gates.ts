import { addDays, daysBetween, type IsoDate } from '../calendar/calendar.js';
import type { StrengthTest } from '../history/history.js';
import type { Side } from '../program/program.js';
import type { Text } from '../protocol/types.js';
import { limbSymmetry, psfsChange } from '../summaries/outcomes.js';
import { sideInWords } from '../wording/dose-words.js';
import { latestEffective, type PlanInput, resistanceTargetKg } from './context.js';
import { between, onDate } from './history-window.js';
import type { DataValue, PhaseDrop, RuleId } from './plan.js';

export type { PhaseDrop } from './plan.js';

import { setbacksDetectedBetween } from './setbacks.js';
import { BOTH_LEGS, inputForLeg } from './sides.js';
import { singleLegStanceMet } from './single-leg-stance.js';

/** The mean of the latest PSFS ratings up to `day`, to one decimal, or null. */
function latestPsfsMean(input: PlanInput, day: IsoDate): number | null {
  const latest = between(input.history.psfs, input.program.injuryDate, day).at(-1);
  if (!latest || latest.activities.length === 0) return null;
  const total = latest.activities.reduce((sum, activity) => sum + activity.score, 0);
  return Math.round((total / latest.activities.length) * 10) / 10;
}

export interface PhaseState {
  phase: 0 | 1 | 2 | 3;
  startDate: IsoDate;
  ruleId: RuleId;
  discharged: boolean;
  /** The latest significant-setback drop, carried through later phases for the 14-day rules. */
  lastDrop: PhaseDrop | null;
}

/** Whether a gate holds on a day, with the numbers it looked at. */
export interface GateResult {
  passed: boolean;
  ruleId: RuleId;
  /** The therapist's sign-off that opened the gate, when it was not the data. */
  signedOffBy: string | null;
  data: Readonly<Record<string, DataValue>>;
  text: Text;
}

/** Phase 0 -> 1: enough rest days and walking pain at most 3 (CLINICAL 5). */
export function restGate(input: PlanInput, state: PhaseState, day: IsoDate): GateResult {
  const gate = input.protocol.gates.rest;
  const restDays = input.program.restDays;
  const daysRested = daysBetween(state.startDate, day);
  const recent = between(input.history.checkIns, addDays(day, -2), day).filter((c) => c.walkingPain !== null);
  const walkingPain = recent.at(-1)?.walkingPain ?? null;
  const passed = daysRested >= restDays && walkingPain !== null && walkingPain <= gate.maxWalkingPain;
  const painText = walkingPain === null ? { en: 'not logged yet', es: 'aún no registrado' } : walkingPain;
  return {
    passed,
    ruleId: 'gate.rest',
    signedOffBy: null,
    data: { daysRested, restDays, walkingPain, maxWalkingPain: gate.maxWalkingPain },
    text: {
      en: `Rest: ${daysRested} of ${restDays} days; pain when walking ${typeof painText === 'number' ? `${painText}/10` : painText.en} (needs ${gate.maxWalkingPain} or less).`,
      es: `Reposo: ${daysRested} de ${restDays} días; dolor al caminar ${typeof painText === 'number' ? `${painText}/10` : painText.es} (debe ser ${gate.maxWalkingPain} o menos).`,
    },
  };
}

/** Phase 1 -> 2, "pain subsides" made measurable (CLINICAL 5). */
export function painSubsidesGate(input: PlanInput, state: PhaseState, day: IsoDate): GateResult {
  const gate = input.protocol.gates.painSubsides;
  const daysInPhase = daysBetween(state.startDate, day);
  const logged = between(input.history.checkIns, state.startDate, day)
    .filter((checkIn) => checkIn.worstPain24h !== null)
    .slice(-gate.lastLoggedDays);
  const worstPain = logged.length ? Math.max(...logged.map((checkIn) => checkIn.worstPain24h ?? 0)) : null;
  const exercisePain = maxExercisePainOn(
    input,
    logged.map((checkIn) => addDays(checkIn.date, -1)).concat(logged.map((c) => c.date)),
    day,
  );
  const setbacks = setbacksDetectedBetween(input, addDays(day, -(gate.setbackFreeDays - 1)), day).length;
  const passed =
    daysInPhase >= gate.minDaysInPhase &&
    logged.length >= gate.lastLoggedDays &&
    worstPain !== null &&
    worstPain <= gate.maxWorstPain &&
    exercisePain <= gate.maxExercisePain &&
    setbacks === 0;
  return {
    passed,
    ruleId: 'gate.pain-subsides',
    signedOffBy: null,
    data: { daysInPhase, loggedDays: logged.length, worstPain, exercisePain, setbacksLast7Days: setbacks },
    text: {
      en: `Pain settling: ${daysInPhase} of ${gate.minDaysInPhase} days at this stage; worst pain on the last ${logged.length} of ${gate.lastLoggedDays} logged days ${worstPain ?? '-'} (needs ${gate.maxWorstPain} or less); highest exercise pain ${exercisePain} (needs ${gate.maxExercisePain} or less); setbacks in ${gate.setbackFreeDays} days: ${setbacks}.`,
      es: `Dolor que cede: ${daysInPhase} de ${gate.minDaysInPhase} días en esta etapa; peor dolor en los últimos ${logged.length} de ${gate.lastLoggedDays} días registrados ${worstPain ?? '-'} (debe ser ${gate.maxWorstPain} o menos); mayor dolor en ejercicio ${exercisePain} (debe ser ${gate.maxExercisePain} o menos); recaídas en ${gate.setbackFreeDays} días: ${setbacks}.`,
    },
  };
}

/** Highest exercise pain logged on the given days, looking only at sessions before `day`. */
function maxExercisePainOn(input: PlanInput, days: readonly IsoDate[], day: IsoDate): number {
  let highest = 0;
  for (const date of new Set(days)) {
    if (date >= day) continue;
    for (const session of onDate(input.history.sessionLogs, date)) {
      for (const exercise of session.exercises) highest = Math.max(highest, exercise.painScore);
    }
  }
  return highest;
}

interface AbductionSession {
  sets: number;
  reps: number;
  loadKg: number;
  pain: number;
}

/** The last side-lying abduction logged in the phase (of one leg, in a leg's view of the program). */
function lastAbduction(input: PlanInput, state: PhaseState, day: IsoDate): AbductionSession | null {
  const sessions = between(input.history.sessionLogs, state.startDate, addDays(day, -1));
  for (let index = sessions.length - 1; index >= 0; index -= 1) {
    const log = sessions[index]?.exercises.find((exercise) => exercise.exerciseId === 'sidelying-abduction');
    if (!log) continue;
    return {
      sets: log.sets.length,
      reps: Math.min(...log.sets.map((set) => set.reps ?? 0)),
      loadKg: Math.min(...log.sets.map((set) => set.loadKg)),
      pain: log.painScore,
    };
  }
  return null;
}

/**
 * Phase 2 -> 3: side-lying abduction at 3 x 12 with the target load and little pain, and the
 * therapist-checked 30 s single-leg stance; or the therapist's sign-off. A both-sides program needs
 * both on each leg, each leg against the target (never against the other leg).
 */
export function resistanceGate(input: PlanInput, state: PhaseState, day: IsoDate): GateResult {
  const gate = input.protocol.gates.resistanceTarget;
  const targetKg = resistanceTargetKg(input);
  const signOff = latestEffective(
    input.program.signOffs,
    day,
    (entry) => entry.kind === 'resistance-gate' && entry.effectiveFrom >= state.startDate,
  );
  const legs = input.program.side === 'both' ? BOTH_LEGS : [null];
  const lasts = legs.map((leg) => ({
    leg,
    best: lastAbduction(leg ? inputForLeg(input, leg) : input, state, day),
  }));
  const meets = (best: AbductionSession | null) =>
    best !== null &&
    best.sets >= gate.sets &&
    best.reps >= gate.reps &&
    best.loadKg >= targetKg &&
    best.pain <= gate.maxExercisePain;
  const stance = singleLegStanceMet(input, state.startDate, day);
  const reached = lasts.every((last) => meets(last.best)) && stance.met;
  // The data shows the leg still short of the target (the first leg when both or neither are).
  const shown = lasts.find((last) => !meets(last.best)) ?? lasts[0];
  const best = shown?.best ?? null;
  const sessionWords = (last: { leg: Side | null; best: AbductionSession | null }, locale: 'en' | 'es') => {
    const prefix = last.leg ? `${sideInWords(last.leg, locale)} ` : '';
    if (!last.best) return `${prefix}${locale === 'en' ? 'none yet' : 'ninguna aún'}`;
    const { sets, reps, loadKg, pain } = last.best;
    return locale === 'en'
      ? `${prefix}${sets} x ${reps} at ${loadKg} kg, pain ${pain}`
      : `${prefix}${sets} x ${reps} con ${loadKg} kg, dolor ${pain}`;
  };
  const lastEn = lasts.map((last) => sessionWords(last, 'en')).join('; ');
  const lastEs = lasts.map((last) => sessionWords(last, 'es')).join('; ');
  const stanceEn = stance.test ? stanceWords(input, stance.test, 'en') : 'not checked yet';
  const stanceEs = stance.test ? stanceWords(input, stance.test, 'es') : 'aún sin comprobar';
  return {
    passed: reached || signOff !== undefined,
    ruleId: 'gate.resistance-target',
    signedOffBy: reached ? null : (signOff?.author ?? null),
    data: {
      ...(shown?.leg ? { side: shown.leg } : {}),
      lastSets: best?.sets ?? null,
      lastReps: best?.reps ?? null,
      lastLoadKg: best?.loadKg ?? null,
      lastPain: best?.pain ?? null,
      targetKg,
      singleLegStanceSeconds: stance.test?.injuredSide ?? null,
      ...(input.program.side === 'both' ? { otherLegStanceSeconds: stance.test?.uninjuredSide ?? null } : {}),
    },
    text: {
      en: `Strength target: ${gate.sets} x ${gate.reps} side-lying lifts with ${targetKg} kg and pain ${gate.maxExercisePain} or less${input.program.side === 'both' ? ' on each leg' : ''}; last session ${lastEn}; single-leg stance ${stanceEn} (needs ${gate.singleLegStanceSeconds} s${input.program.side === 'both' ? ' on each leg' : ''}, level pelvis, pain 2 or less, checked by your therapist)${signOff && !reached ? `; signed off by ${signOff.author}` : ''}.`,
      es: `Objetivo de fuerza: ${gate.sets} x ${gate.reps} elevaciones de lado con ${targetKg} kg y dolor ${gate.maxExercisePain} o menos${input.program.side === 'both' ? ' con cada pierna' : ''}; última sesión ${lastEs}; apoyo sobre una pierna ${stanceEs} (se necesitan ${gate.singleLegStanceSeconds} s${input.program.side === 'both' ? ' sobre cada pierna' : ''}, pelvis nivelada, dolor 2 o menos, comprobado por su fisioterapeuta)${signOff && !reached ? `; autorizado por ${signOff.author}` : ''}.`,
    },
  };
}

/** The stance test's seconds: of the injured side, or of each leg on a both-sides program. */
function stanceWords(input: PlanInput, test: StrengthTest, locale: 'en' | 'es'): string {
  if (input.program.side !== 'both') return `${test.injuredSide} s`;
  return `${sideInWords('left', locale)} ${test.injuredSide} s, ${sideInWords('right', locale)} ${test.uninjuredSide} s`;
}

/**
 * Discharge (CLINICAL 5): the therapist signs off after at least 3 weeks in phase 3; the PSFS activities
 * reach the patient's target (mean 7) or improved by 2.3 or more; strength of the injured side at 90 % of
 * the other where tested. The engine reports the criteria; the sign-off decides (a sign-off before the
 * 3 weeks waits for them).
 */
export function dischargeGate(input: PlanInput, state: PhaseState, day: IsoDate): GateResult {
  const gate = input.protocol.gates.discharge;
  const outcomes = input.protocol.outcomes;
  const tests = between(input.history.strengthTests, input.program.injuryDate, day);
  // Both sides treated: progress is against the patient's own baseline, never one leg against the other (4c).
  const bothSides = input.program.side === 'both';
  const symmetry = bothSides ? null : (limbSymmetry(tests, outcomes).at(-1) ?? null);
  const psfs = psfsChange(between(input.history.psfs, input.program.injuryDate, day), outcomes);
  const signOff = latestEffective(
    input.program.signOffs,
    day,
    (entry) => entry.kind === 'discharge' && entry.effectiveFrom >= state.startDate,
  );
  const daysInPhase = daysBetween(state.startDate, day);
  const psfsMean = latestPsfsMean(input, day);
  const symmetryText = symmetry ? `${Math.round(symmetry.percent)}%` : '-';
  const psfsText = psfs ? (Math.round(psfs.change * 10) / 10).toString() : '-';
  return {
    passed: signOff !== undefined && daysInPhase >= gate.minDaysInPhase,
    ruleId: 'gate.discharge',
    signedOffBy: signOff?.author ?? null,
    data: {
      limbSymmetryPercent: symmetry ? Math.round(symmetry.percent * 10) / 10 : null,
      symmetryMet: symmetry?.meetsTarget ?? null,
      psfsChange: psfs ? Math.round(psfs.change * 100) / 100 : null,
      psfsMet:
        psfs || psfsMean !== null
          ? (psfs?.change ?? 0) >= gate.minPsfsImprovement || (psfsMean ?? 0) >= gate.psfsTargetMean
          : null,
      psfsMean,
      daysInPhase,
    },
    text: {
      en: `Discharge: ${daysInPhase} of at least ${gate.minDaysInPhase} days at this stage; activity scores ${psfsMean ?? '-'} on average (target ${gate.psfsTargetMean}) or a change of ${psfsText} (target ${gate.minPsfsImprovement}); ${bothSides ? 'both sides treated, so the two legs are not compared' : `strength of the injured side ${symmetryText} of the other where tested (target ${gate.minLimbSymmetryPercent}%)`}; your therapist signs off.`,
      es: `Alta: ${daysInPhase} de al menos ${gate.minDaysInPhase} días en esta etapa; puntuación media de actividades ${psfsMean ?? '-'} (objetivo ${gate.psfsTargetMean}) o un cambio de ${psfsText} (objetivo ${gate.minPsfsImprovement}); ${bothSides ? 'se tratan los dos lados, así que no se comparan las piernas' : `fuerza del lado lesionado ${symmetryText} del otro donde se midió (objetivo ${gate.minLimbSymmetryPercent}%)`}; su fisioterapeuta firma el alta.`,
    },
  };
}
