import { daysBetween, type IsoDate, type PhaseSegment } from '@minimus/core';

const WIDTH = 320;

/** Phases over time as one bar: each stretch coloured by its phase, suspended stretches hatched. */
export function PhaseTimeline(props: {
  title: string;
  segments: readonly PhaseSegment[];
  describe: (segment: PhaseSegment) => string;
  formatDate: (date: IsoDate) => string;
}) {
  const first = props.segments[0];
  const last = props.segments.at(-1);
  if (!first || !last) return null;
  const span = Math.max(1, daysBetween(first.from, last.to) + 1);
  const x = (date: IsoDate) => (daysBetween(first.from, date) / span) * WIDTH;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} 40`} role="img" aria-label={props.title}>
        {props.segments.map((segment) => (
          <rect
            key={segment.from}
            x={x(segment.from)}
            y={4}
            height={24}
            width={Math.max(2, x(segment.to) - x(segment.from) + WIDTH / span)}
            class={`phase-${segment.phase} status-${segment.status}`}
          >
            <title>{props.describe(segment)}</title>
          </rect>
        ))}
      </svg>
      <ol class="timeline-list">
        {props.segments.map((segment) => (
          <li key={segment.from}>
            {props.formatDate(segment.from)}: {props.describe(segment)}
          </li>
        ))}
      </ol>
    </figure>
  );
}
