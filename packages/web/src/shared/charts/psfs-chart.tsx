import type { PsfsChange } from '@minimus/core';

const WIDTH = 320;
const BAR = 28;

/** PSFS baseline and latest mean (0-10) as two bars, with a mark where the minimal important change lies. */
export function PsfsChart(props: {
  title: string;
  change: PsfsChange;
  micPoints: number;
  labels: readonly [string, string];
}) {
  const scale = (value: number) => (value / 10) * (WIDTH - 90);
  const target = Math.min(10, props.change.baselineMean + props.micPoints);
  const rows = [props.change.baselineMean, props.change.latestMean];
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${2 * (BAR + 10) + 10}`} role="img" aria-label={props.title}>
        {rows.map((value, index) => (
          <g key={props.labels[index]}>
            <text x={0} y={index * (BAR + 10) + BAR / 2 + 5} class="axis">
              {props.labels[index]}
            </text>
            <rect
              x={80}
              y={index * (BAR + 10)}
              width={scale(value)}
              height={BAR}
              class={index ? 'bar-latest' : 'bar-baseline'}
            />
            <text x={84 + scale(value)} y={index * (BAR + 10) + BAR / 2 + 5} class="axis">
              {value.toFixed(1)}
            </text>
          </g>
        ))}
        <line x1={80 + scale(target)} x2={80 + scale(target)} y1={0} y2={2 * (BAR + 10)} class="mic-line" />
      </svg>
    </figure>
  );
}
