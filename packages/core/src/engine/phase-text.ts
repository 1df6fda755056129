import type { IsoDate } from '../calendar/calendar.js';
import type { Text } from '../protocol/types.js';
import type { PlanInput } from './context.js';
import { ruleDecision } from './decision.js';
import {
  dischargeGate,
  type GateResult,
  type PhaseState,
  painSubsidesGate,
  resistanceGate,
  restGate,
} from './gates.js';
import type { PhaseTransition } from './phase.js';
import type { Decision, RuleId } from './plan.js';

const STARTED_BECAUSE: Partial<Record<RuleId, Text>> = {
  'program.start': {
    en: 'the program starts with rest after the injury',
    es: 'el programa empieza con reposo tras la lesión',
  },
  'gate.rest': {
    en: 'rest days were done and walking was comfortable',
    es: 'se cumplieron los días de reposo y caminar era cómodo',
  },
  'gate.pain-subsides': {
    en: 'pain settled (low pain on the last logged days, no setback)',
    es: 'el dolor cedió (poco dolor en los últimos días registrados, sin recaídas)',
  },
  'gate.resistance-target': {
    en: 'the strength target was reached or signed off',
    es: 'se alcanzó o se autorizó el objetivo de fuerza',
  },
  'gate.discharge': { en: 'your therapist discharged you', es: 'su fisioterapeuta le dio el alta' },
  'setback.significant': {
    en: 'a significant setback: one phase back',
    es: 'una recaída importante: una fase atrás',
  },
  'tendinopathy.no-rest-phase': {
    en: 'tendons need gentle loading rather than rest, so no rest phase (LEAP trial)',
    es: 'los tendones necesitan carga suave y no reposo, así que no hay fase de reposo (ensayo LEAP)',
  },
  'therapist.phase-override': { en: 'your therapist set this phase', es: 'su fisioterapeuta fijó esta fase' },
};

/** Why the program is in its phase, and what the next gate still needs. */
export function phaseDecisions(
  input: PlanInput,
  state: PhaseState,
  transitions: readonly PhaseTransition[],
  date: IsoDate,
): Decision[] {
  const phase = input.protocol.phases.find((definition) => definition.phase === state.phase);
  const because = STARTED_BECAUSE[state.ruleId] ?? { en: state.ruleId, es: state.ruleId };
  const last = transitions.at(-1);
  const decisions: Decision[] = [
    ruleDecision(
      state.ruleId,
      'phase',
      {
        en: `Phase ${state.phase}${phase ? ` (${phase.name.en})` : ''} since ${state.startDate}: ${because.en}.`,
        es: `Fase ${state.phase}${phase ? ` (${phase.name.es})` : ''} desde el ${state.startDate}: ${because.es}.`,
      },
      {
        phase: state.phase,
        phaseStartDate: state.startDate,
        changedToday: last?.date === date,
        author: last?.author ?? null,
      },
    ),
  ];
  const next = nextGate(input, state, date);
  if (next)
    decisions.push(ruleDecision(next.ruleId, 'phase', next.text, { ...next.data, passed: next.passed }));
  return decisions;
}

function nextGate(input: PlanInput, state: PhaseState, date: IsoDate): GateResult | null {
  switch (state.phase) {
    case 0:
      return restGate(input, state, date);
    case 1:
      return painSubsidesGate(input, state, date);
    case 2:
      return resistanceGate(input, state, date);
    case 3:
      return dischargeGate(input, state, date);
  }
}
