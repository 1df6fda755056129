import { daysBetween, type IsoDate } from '@minimus/core';

export interface Series {
  label: string;
  className: string;
  points: readonly { date: IsoDate; value: number | null }[];
}

const WIDTH = 320;
const HEIGHT = 160;
const PAD = { left: 28, right: 8, top: 8, bottom: 22 };

/**
 * A light SVG line chart over dates, drawn for a phone screen; `bands` shade value ranges (e.g. the pain
 * guide's green, amber and red). A table with the same numbers follows for screen readers.
 */
export function LineChart(props: {
  title: string;
  series: readonly Series[];
  yMax: number;
  bands?: readonly { from: number; to: number; className: string }[];
  formatDate: (date: IsoDate) => string;
}) {
  const dates = props.series.flatMap((series) => series.points.map((point) => point.date)).sort();
  const first = dates[0];
  const last = dates.at(-1);
  if (!first || !last) return null;
  const span = Math.max(1, daysBetween(first, last));
  const x = (date: IsoDate) => PAD.left + (daysBetween(first, date) / span) * (WIDTH - PAD.left - PAD.right);
  const y = (value: number) => PAD.top + (1 - value / props.yMax) * (HEIGHT - PAD.top - PAD.bottom);
  const ticks = [0, props.yMax / 2, props.yMax];
  return (
    <figure class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={props.title}>
        {props.bands?.map((band) => (
          <rect
            key={band.className}
            class={band.className}
            x={PAD.left}
            width={WIDTH - PAD.left - PAD.right}
            y={y(band.to)}
            height={y(band.from) - y(band.to)}
          />
        ))}
        {ticks.map((tick) => (
          <text key={tick} x={PAD.left - 4} y={y(tick) + 4} class="axis" text-anchor="end">
            {Math.round(tick * 10) / 10}
          </text>
        ))}
        <text x={PAD.left} y={HEIGHT - 4} class="axis">
          {props.formatDate(first)}
        </text>
        <text x={WIDTH - PAD.right} y={HEIGHT - 4} class="axis" text-anchor="end">
          {props.formatDate(last)}
        </text>
        {props.series.map((series) => {
          const points = series.points.filter(
            (point): point is { date: IsoDate; value: number } => point.value !== null,
          );
          const d = points
            .map(
              (point, index) =>
                `${index ? 'L' : 'M'}${x(point.date).toFixed(1)} ${y(point.value).toFixed(1)}`,
            )
            .join('');
          return (
            <g key={series.label} class={series.className}>
              <path d={d} fill="none" />
              {points.map((point) => (
                <circle key={point.date} cx={x(point.date)} cy={y(point.value)} r={3} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {props.series.map((series) => (
          <span key={series.label} class={`legend ${series.className}`}>
            {series.label}
          </span>
        ))}
      </figcaption>
      <ChartTable
        title={props.title}
        series={props.series}
        dates={[...new Set(dates)]}
        formatDate={props.formatDate}
      />
    </figure>
  );
}

/** The chart's numbers as a table, for screen readers (the SVG itself is one labelled image). */
function ChartTable(props: {
  title: string;
  series: readonly Series[];
  dates: readonly IsoDate[];
  formatDate: (date: IsoDate) => string;
}) {
  return (
    // A table ignores a 1 px width, so the hiding goes on a wrapper.
    <div class="visually-hidden">
      <table>
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <td />
            {props.series.map((series) => (
              <th key={series.label} scope="col">
                {series.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.dates.map((date) => (
            <tr key={date}>
              <th scope="row">{props.formatDate(date)}</th>
              {props.series.map((series) => (
                <td key={series.label}>{series.points.find((point) => point.date === date)?.value ?? '–'}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
