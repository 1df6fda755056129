import type { IsoDate } from '../calendar/calendar.js';
import { dateInWords } from '../calendar/date-words.js';
import type { Text } from '../protocol/types.js';
import { conditionOn } from './condition.js';
import { latestEffective, type PlanInput } from './context.js';
import { ruleDecision, therapistDecision } from './decision.js';
import {
  dischargeGate,
  type GateResult,
  type PhaseState,
  painSubsidesGate,
  resistanceGate,
  restGate,
} from './gates.js';
import { tendinopathyLoadingGate } from './pathway-gates.js';
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
  'gate.tendinopathy-loading': {
    en: 'your tendon settled with the first exercises (pain 5 or less, calm next mornings)',
    es: 'su tendón toleró los primeros ejercicios (dolor de 5 o menos, mañanas siguientes tranquilas)',
  },
  'gate.resistance-target': {
    en: 'the strength target was reached or signed off',
    es: 'se alcanzó o se autorizó el objetivo de fuerza',
  },
  'gate.discharge': { en: 'your therapist discharged you', es: 'su fisioterapeuta le dio el alta' },
  'setback.significant': {
    en: 'your pain flared up, so the program was eased',
    es: 'el dolor empeoró, así que el programa se suavizó',
  },
  'tendinopathy.no-rest-phase': {
    en: 'tendons need gentle loading rather than rest, so no rest phase (LEAP trial)',
    es: 'los tendones necesitan carga suave y no reposo, así que no hay fase de reposo (ensayo LEAP)',
  },
  'therapist.phase-override': {
    en: 'your therapist set this stage',
    es: 'su fisioterapeuta fijó esta etapa',
  },
};

/** Why the program is in its phase, and what the next gate still needs. */
export function phaseDecisions(
  input: PlanInput,
  state: PhaseState,
  transitions: readonly PhaseTransition[],
  date: IsoDate,
): Decision[] {
  const phase = input.protocol.phases.find((definition) => definition.phase === state.phase);
  const because = STARTED_BECAUSE[state.ruleId] ?? { en: 'the program moved on', es: 'el programa avanzó' };
  const last = transitions.at(-1);
  // Patients read this: the stage by its name and the date in words, never a phase number or ISO date.
  const since = dateInWords(state.startDate);
  const name = phase?.name ?? { en: 'your program', es: 'su programa' };
  const text = {
    en: `${name.en}, since ${since.en}: ${because.en}.`,
    es: `${name.es}, desde el ${since.es}: ${because.es}.`,
  };
  const data = {
    phase: state.phase,
    phaseStartDate: state.startDate,
    changedToday: last?.date === date,
    author: last?.author ?? null,
  };
  const override =
    state.ruleId === 'therapist.phase-override'
      ? latestEffective(
          input.program.phaseOverrides,
          date,
          (entry) => entry.effectiveFrom === state.startDate,
        )
      : undefined;
  const decisions: Decision[] = [
    override
      ? therapistDecision(state.ruleId, 'phase', override, text, { ...data, author: override.author })
      : ruleDecision(state.ruleId, 'phase', text, data),
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
      return conditionOn(input, date).condition === 'tendinopathy'
        ? tendinopathyLoadingGate(input, state, date)
        : painSubsidesGate(input, state, date);
    case 2:
      return resistanceGate(input, state, date);
    case 3:
      return dischargeGate(input, state, date);
  }
}
