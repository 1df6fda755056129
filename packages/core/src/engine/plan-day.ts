import { addDays, type IsoDate } from '../calendar/calendar.js';
import type { PhaseStamp } from '../history/history.js';
import {
  exerciseStoppedAlerts,
  phaseThreeChoiceAlert,
  recentPhaseDrop,
  setbackAlerts,
  significantSetbackAlert,
  todayStatus,
} from './alerts.js';
import { conditionOn } from './condition.js';
import { awaitingConfirmation } from './confirmation.js';
import type { PlanInput } from './context.js';
import { latestEffective } from './context.js';
import { ruleDecision } from './decision.js';
import { stageFrequency } from './dose-ladder.js';
import { screensDue } from './due.js';
import { fallsGate, fallsScreenAlert, fallsScreenOn } from './falls.js';
import { physicianReferralAlert, unsettledFlareAlert } from './flare.js';
import {
  dischargeDate,
  isMaintenanceDay,
  maintenanceCheckInAlert,
  maintenanceCheckInDue,
  maintenanceDecision,
  maintenanceExercises,
  maintenanceTroubleAlert,
} from './maintenance.js';
import { provisionalConditionAlert, restCapAlert, screenAgainstDiagnosisAlert } from './pathway-alerts.js';
import { type PhaseOutcome, phaseOn, phaseWalker } from './phase.js';
import { phaseDecisions } from './phase-text.js';
import type { Alert, DayPlan, Decision, LockedExercise, PlannedExercise } from './plan.js';
import { therapistSetsDaily } from './prescription.js';
import { redFlagAlert, redFlagStatusOn } from './red-flag.js';
import { noImprovementReview } from './review.js';
import { resistanceDay } from './schedule.js';
import { awaitingConfirmationAlert, REVIEWING_YOUR_ANSWERS, screenTaskAlerts } from './screen-tasks.js';
import { selectExercises } from './selection.js';
import { onLeg, prescribeEachSide } from './sides.js';

/**
 * The plan for one day of one patient's program: phase, exercises with dose and side, whether it is a
 * strength day, alerts, questionnaires due, and every decision with its rule and data.
 * Pure: the same input gives the same plan, and nothing recorded after `date` changes it.
 *
 * @example
 * const plan = planDay({ protocol: GLUTEUS_MINIMUS_PROTOCOL, program, history: sortHistory(history), date: '2026-03-10' });
 * plan.exercises.map((exercise) => exercise.exerciseId);
 */
export function planDay(input: PlanInput): DayPlan {
  return planWithPhase(input, phaseOn(input, input.date));
}

/**
 * The plans for every day from `from` to `to`, the same as `planDay` for each day, but with the walk
 * through the phases shared between consecutive days, so a month costs one walk instead of thirty.
 *
 * @example
 * const month = planDays({ protocol, program, history }, '2026-03-01', '2026-03-30');
 */
export function planDays(input: Omit<PlanInput, 'date'>, from: IsoDate, to: IsoDate): DayPlan[] {
  const phases = phaseWalker();
  const plans: DayPlan[] = [];
  for (let date = from; date <= to; date = addDays(date, 1)) {
    const day = { ...input, date };
    plans.push(planWithPhase(day, phases(day)));
  }
  return plans;
}

function planWithPhase(input: PlanInput, phase: PhaseOutcome): DayPlan {
  const { date, program, protocol } = input;
  const conditionToday = conditionOn(input, date);
  const { condition, decision: conditionDecision } = conditionToday;
  const { state, transitions } = phase;
  const redFlag = redFlagStatusOn(input, date);
  const decisions: Decision[] = [conditionDecision, ...phaseDecisions(input, state, transitions, date)];
  const base = {
    date,
    protocol: { id: protocol.id, version: protocol.version },
    phase: state.phase,
    phaseStartDate: state.startDate,
    phaseRuleId: state.ruleId,
    lastPhaseDrop: state.lastDrop,
    condition,
    due: screensDue(input, date),
    education: protocol.education
      .filter((topic) => topic.emphasisedFor.includes(condition))
      .map((topic) => topic.id),
  };
  const screenTasks = screenTaskAlerts(input, date);
  const pathway = [
    physicianReferralAlert(input, date),
    provisionalConditionAlert(input, conditionToday, date),
    screenAgainstDiagnosisAlert(input, date),
    fallsScreenAlert(input, date),
  ].filter((alert): alert is Alert => alert !== null);
  const standing = [...screenTasks, ...pathway];
  if (redFlag.suspended && redFlag.decision) {
    const alert = redFlagAlert(input, redFlag);
    return {
      ...base,
      status: 'suspended',
      isResistanceDay: false,
      exercises: [],
      locked: [],
      alerts: alert ? [alert, ...standing] : standing,
      decisions: [redFlag.decision, ...decisions],
    };
  }
  if (awaitingConfirmation(input, date)) {
    // Until the therapist confirms: education, all of it, and no exercises (CLINICAL 1).
    const emphasised = new Set(base.education);
    const rest = protocol.education.map((topic) => topic.id).filter((id) => !emphasised.has(id));
    return {
      ...base,
      education: [...base.education, ...rest],
      status: 'awaiting-confirmation',
      isResistanceDay: false,
      exercises: [],
      locked: [],
      alerts: [awaitingConfirmationAlert(input), ...standing],
      decisions: [
        ruleDecision('program.awaiting-confirmation', 'status', REVIEWING_YOUR_ANSWERS, {
          startDate: program.startDate,
        }),
        conditionDecision,
      ],
    };
  }
  if (redFlag.decision) decisions.push(redFlag.decision);
  if (state.discharged) {
    const due = { ...base.due, maintenanceCheckIn: maintenanceCheckInDue(input, state, date) };
    return { ...base, due, ...maintenanceDay(input, state, decisions) };
  }
  const selection = selectExercises(input, state.phase, condition, date);
  const schedule = resistanceDay(input, state.phase, date);
  if (schedule.decision) decisions.push(schedule.decision);
  decisions.push(...selection.decisions);
  const exercises: PlannedExercise[] = [];
  for (const exercise of selection.exercises) {
    const falls = selection.precautions.get(exercise.id);
    let fallsDecided = false;
    for (const { side, input: leg, prescription, decision } of prescribeEachSide(
      input,
      exercise,
      date,
      state.phase,
    )) {
      const frequency = stageFrequency(exercise, prescription, therapistSetsDaily(input, exercise.id, date));
      if (frequency === 'resistance-days' && !schedule.isResistanceDay) continue;
      decisions.push(onLeg(program, side, decision));
      if (falls && !fallsDecided) {
        decisions.push(falls.decision);
        fallsDecided = true;
      }
      exercises.push({
        exerciseId: exercise.id,
        side,
        frequency,
        prescription,
        ...todayStatus(leg, exercise.id, date),
        fallsPrecaution: falls?.precaution ?? null,
      });
    }
  }
  const review = noImprovementReview(input, state, date);
  if (review) decisions.push(review.decision);
  const alerts: Alert[] = [
    ...exerciseStoppedAlerts(input, exercises, date),
    ...setbackAlerts(input, date),
    ...[
      significantSetbackAlert(input, recentPhaseDrop(input, state, date)),
      unsettledFlareAlert(input, state, date),
      review?.alert ?? null,
      phaseThreeChoiceAlert(state, selection.awaitingTherapistChoice),
      restCapAlert(input, state, date),
    ].filter((alert): alert is Alert => alert !== null),
    ...standing,
  ];
  return {
    ...base,
    status: 'active',
    isResistanceDay: schedule.isResistanceDay,
    exercises,
    locked: selection.locked,
    alerts,
    decisions,
  };
}

/**
 * After discharge (CLINICAL 5): the last phase-3 exercises on 2 days a week, and the check-in question at
 * 3 months, instead of an empty Today.
 */
function maintenanceDay(
  input: PlanInput,
  state: PhaseOutcome['state'],
  decisions: Decision[],
): Pick<DayPlan, 'status' | 'isResistanceDay' | 'exercises' | 'locked' | 'alerts' | 'decisions'> {
  const { date, program } = input;
  const dischargedOn = dischargeDate(input, state, date) ?? date;
  const chosen = maintenanceExercises(input, dischargedOn, (exercise, on) => {
    const entry = latestEffective(
      program.selections,
      on,
      (candidate) => candidate.exerciseId === exercise.id,
    );
    return entry?.included === true;
  });
  const exercises: PlannedExercise[] = [];
  const fallsLocked: LockedExercise[] = [];
  const falls = fallsScreenOn(input, date);
  if (isMaintenanceDay(input, date)) {
    for (const exercise of chosen) {
      const choice = latestEffective(program.selections, date, (entry) => entry.exerciseId === exercise.id);
      const gate = fallsGate(input, exercise, falls, choice);
      if (gate.kind === 'lock') {
        fallsLocked.push(gate.locked);
        decisions.push(gate.decision);
        continue;
      }
      let gateDecided = false;
      for (const { side, input: leg, prescription, decision } of prescribeEachSide(
        input,
        exercise,
        date,
        3,
      )) {
        decisions.push(onLeg(program, side, decision));
        if (gate.decision && !gateDecided) {
          decisions.push(gate.decision);
          gateDecided = true;
        }
        exercises.push({
          exerciseId: exercise.id,
          side,
          frequency: 'resistance-days',
          prescription,
          ...todayStatus(leg, exercise.id, date),
          fallsPrecaution: gate.precaution,
        });
      }
    }
  }
  decisions.push(
    ruleDecision(
      'gate.discharge',
      'status',
      { en: 'You have been discharged. Well done.', es: 'Ha recibido el alta. Enhorabuena.' },
      {},
    ),
    maintenanceDecision(input, date, chosen.length),
  );
  const alerts = [maintenanceCheckInAlert(input, state, date), maintenanceTroubleAlert(input, state, date)];
  const { locked } = selectExercises(input, 3, conditionOn(input, date).condition, date);
  const lockedIds = new Set(locked.map((entry) => entry.exerciseId));
  return {
    status: 'discharged',
    isResistanceDay: false,
    exercises,
    locked: [...locked, ...fallsLocked.filter((entry) => !lockedIds.has(entry.exerciseId))],
    alerts: alerts.filter((alert): alert is Alert => alert !== null),
    decisions,
  };
}

/** The phase a session log done on the plan's day is stamped with, so later plans continue from it. */
export function stampFromPlan(
  plan: Pick<DayPlan, 'phase' | 'phaseStartDate' | 'phaseRuleId' | 'lastPhaseDrop'>,
): PhaseStamp {
  return {
    phase: plan.phase,
    phaseStartDate: plan.phaseStartDate,
    phaseRuleId: plan.phaseRuleId,
    lastDrop: plan.lastPhaseDrop,
  };
}
