import type { PhaseSegment } from '@minimus/core';
import { describe, expect, it } from 'vitest';
import type { ProgramChangeEntry } from './api.js';
import { buildTimeline, phaseStartDates } from './timeline.js';

const segment = (overrides: Partial<PhaseSegment> = {}): PhaseSegment => ({
  phase: 1,
  status: 'active',
  from: '2026-03-01',
  to: '2026-03-09',
  ruleId: 'gate.rest',
  ...overrides,
});

const change = (overrides: Partial<ProgramChangeEntry> = {}): ProgramChangeEntry => ({
  version: 2,
  author: 'Dr. Ruiz',
  at: '2026-03-05T10:00:00.000Z',
  reason: 'Pain settles well',
  kind: 'dose-edit',
  ...overrides,
});

describe('buildTimeline', () => {
  it.each([
    {
      name: 'orders phase stretches and changes by date',
      segments: [segment({ from: '2026-03-10', phase: 2 }), segment()],
      changes: [change()],
      expected: ['phase:2026-03-01', 'change:2026-03-05', 'phase:2026-03-10'],
    },
    {
      name: 'puts a change before the phase it started on the same day',
      segments: [segment({ from: '2026-03-05', ruleId: 'therapist.phase-override' })],
      changes: [change({ kind: 'phase-override' })],
      expected: ['change:2026-03-05', 'phase:2026-03-05'],
    },
    {
      name: 'keeps same-day changes in version order',
      segments: [],
      changes: [change({ version: 4, reason: 'b' }), change({ version: 3, reason: 'a' })],
      expected: ['change:2026-03-05', 'change:2026-03-05'],
    },
  ])('$name', ({ segments, changes, expected }) => {
    const entries = buildTimeline(segments, changes);
    expect(entries.map((entry) => `${entry.kind}:${entry.date}`)).toEqual(expected);
  });

  it('lists versions of one day in ascending order', () => {
    const entries = buildTimeline([], [change({ version: 4 }), change({ version: 3 })]);
    expect(entries.map((entry) => (entry.kind === 'change' ? entry.change.version : 0))).toEqual([3, 4]);
  });
});

describe('phaseStartDates', () => {
  it('names each stretch start once', () => {
    const dates = phaseStartDates([segment(), segment(), segment({ from: '2026-03-10' })]);
    expect(dates).toEqual(['2026-03-01', '2026-03-10']);
  });
});
