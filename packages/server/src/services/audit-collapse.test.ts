import { describe, expect, it } from 'vitest';
import { collapseReads } from './audit-service.js';

const T0 = Date.parse('2026-03-10T10:00:00Z');

/** A row as the audit table gives it; `second` counts from 10:00:00, and rows go latest first. */
function row(
  id: string,
  second: number,
  action: string,
  more: { actor?: string; patient?: string | null; outcome?: string } = {},
) {
  return {
    id,
    at: new Date(T0 + second * 1000),
    action,
    actorId: more.actor ?? 'therapist',
    patientId: more.patient === undefined ? 'p1' : more.patient,
    outcome: more.outcome ?? 'allowed',
  };
}

const summary = (rows: ReturnType<typeof row>[]) =>
  collapseReads(rows).map((event) => [event.id, event.action, event.reads.join(' ')]);

describe('collapseReads: one event per meaningful access', () => {
  it.each([
    {
      name: 'a page load of three reads is one view, listing what was read, earliest first',
      rows: [row('c', 3, 'plan.read'), row('b', 2, 'program.read'), row('a', 1, 'alerts.read')],
      expected: [['c', 'record.view', 'alerts.read program.read plan.read']],
    },
    {
      name: 'the same read twice is still one read',
      rows: [row('b', 2, 'plan.read'), row('a', 1, 'plan.read')],
      expected: [['b', 'plan.read', 'plan.read']],
    },
    {
      name: 'reads more than 10 s apart are two accesses',
      rows: [row('b', 30, 'plan.read'), row('a', 1, 'program.read')],
      expected: [
        ['b', 'plan.read', 'plan.read'],
        ['a', 'program.read', 'program.read'],
      ],
    },
    {
      name: 'a write between reads stays its own event and splits them',
      rows: [row('c', 3, 'plan.read'), row('b', 2, 'program.change'), row('a', 1, 'program.read')],
      expected: [
        ['c', 'plan.read', 'plan.read'],
        ['b', 'program.change', 'program.change'],
        ['a', 'program.read', 'program.read'],
      ],
    },
    {
      name: 'another patient or another person is another access',
      rows: [
        row('c', 3, 'plan.read', { patient: 'p2' }),
        row('b', 2, 'plan.read', { actor: 'admin' }),
        row('a', 1, 'plan.read'),
      ],
      expected: [
        ['c', 'plan.read', 'plan.read'],
        ['b', 'plan.read', 'plan.read'],
        ['a', 'plan.read', 'plan.read'],
      ],
    },
    {
      name: 'a refused read is never folded into a view',
      rows: [row('b', 2, 'plan.read', { outcome: 'denied' }), row('a', 1, 'program.read')],
      expected: [
        ['b', 'plan.read', 'plan.read'],
        ['a', 'program.read', 'program.read'],
      ],
    },
    {
      name: 'reads of no patient (lists) stay one event each',
      rows: [row('b', 2, 'patient.read', { patient: null }), row('a', 1, 'alerts.read', { patient: null })],
      expected: [
        ['b', 'patient.read', 'patient.read'],
        ['a', 'alerts.read', 'alerts.read'],
      ],
    },
  ])('$name', ({ rows, expected }) => {
    expect(summary(rows)).toEqual(expected);
  });

  it('keeps a long visit together while each read is within 10 s of the next', () => {
    const rows = [40, 32, 24, 16, 8, 0].map((second, index) => row(`r${index}`, second, `read${index}.read`));
    expect(collapseReads(rows)).toHaveLength(1);
  });
});
