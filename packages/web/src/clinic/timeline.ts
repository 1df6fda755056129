import type { IsoDate, PhaseSegment } from '@minimus/core';
import type { ProgramChangeEntry } from './api.js';

export type TimelineEntry =
  | { kind: 'phase'; date: IsoDate; segment: PhaseSegment }
  | { kind: 'change'; date: IsoDate; change: ProgramChangeEntry };

/**
 * The engine's phase stretches and the therapist's program changes on one line, oldest first; on the
 * same day a change comes before the phase it may have caused.
 * @example buildTimeline([{ phase: 0, status: 'active', from: '2026-01-01', to: '2026-01-03', ruleId: 'program.start' }], [])
 */
export function buildTimeline(
  segments: readonly PhaseSegment[],
  changes: readonly ProgramChangeEntry[],
): TimelineEntry[] {
  const entries: TimelineEntry[] = [
    ...segments.map((segment) => ({ kind: 'phase' as const, date: segment.from, segment })),
    ...changes.map((change) => ({ kind: 'change' as const, date: change.at.slice(0, 10), change })),
  ];
  return entries.sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? -1 : 1;
    if (a.kind !== b.kind) return a.kind === 'change' ? -1 : 1;
    return a.kind === 'change' && b.kind === 'change' ? a.change.version - b.change.version : 0;
  });
}

/** Dates whose plans explain a phase stretch: the first day of each. */
export function phaseStartDates(segments: readonly PhaseSegment[]): IsoDate[] {
  return [...new Set(segments.map((segment) => segment.from))];
}
