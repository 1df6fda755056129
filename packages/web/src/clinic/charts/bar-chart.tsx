const WIDTH = 320;
const ROW = 22;
const LABEL = 92;

export interface Bar {
  label: string;
  /** null: nothing to measure (e.g. no session prescribed that week). */
  value: number | null;
  text: string;
}

/**
 * Horizontal bars on a 0..max scale with an optional target line (e.g. 90 % limb symmetry); the values
 * are written beside each bar so the chart reads without colour.
 */
export function BarChart(props: {
  title: string;
  bars: readonly Bar[];
  max: number;
  target?: { value: number; label: string };
}) {
  if (props.bars.length === 0) return null;
  const scale = (value: number) => (Math.min(value, props.max) / props.max) * (WIDTH - LABEL - 48);
  const height = props.bars.length * ROW + 6;
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={props.title}>
        {props.bars.map((bar, index) => (
          <g key={`${index}:${bar.label}`}>
            <text x={0} y={index * ROW + 15} class="axis">
              {bar.label}
            </text>
            {bar.value !== null && (
              <rect
                x={LABEL}
                y={index * ROW + 3}
                width={scale(bar.value)}
                height={ROW - 6}
                class="bar-latest"
              />
            )}
            <text
              x={LABEL + 4 + (bar.value === null ? 0 : scale(bar.value))}
              y={index * ROW + 15}
              class="axis"
            >
              {bar.text}
            </text>
          </g>
        ))}
        {props.target && (
          <line
            x1={LABEL + scale(props.target.value)}
            x2={LABEL + scale(props.target.value)}
            y1={0}
            y2={height}
            class="mic-line"
          />
        )}
      </svg>
      {props.target && <figcaption class="hint">{props.target.label}</figcaption>}
    </figure>
  );
}
