import { type FigureSegment, figureFrame, figurePeakSeconds, isFigureId, type Side } from '@minimus/core';
import { useEffect, useState } from 'react';

function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Seconds since the figure appeared, advanced each animation frame; frozen under reduced motion. */
function useLoopSeconds(still: number | null): number {
  const [seconds, setSeconds] = useState(still ?? 0);
  useEffect(() => {
    if (still !== null) return setSeconds(still);
    let frame = 0;
    const started = performance.now();
    const step = (now: number) => {
      setSeconds((now - started) / 1000);
      frame = requestAnimationFrame(step);
    };
    frame = requestAnimationFrame(step);
    return () => cancelAnimationFrame(frame);
  }, [still]);
  return seconds;
}

function Segment(props: { segment: FigureSegment }) {
  const { segment } = props;
  const className = `fig-${segment.role}`;
  if (segment.kind === 'line')
    return <line class={className} x1={segment.x1} y1={segment.y1} x2={segment.x2} y2={segment.y2} />;
  if (segment.kind === 'circle')
    return <circle class={className} cx={segment.cx} cy={segment.cy} r={segment.r} />;
  return <path class={className} d={segment.d} />;
}

/**
 * The exercise's animated stick figure, mirrored for the side being worked. Under reduced motion (or
 * `still`) it shows the one pose that explains the movement best.
 */
export function ExerciseFigure(props: {
  figureId: string;
  side: Side | 'both';
  label: string;
  still?: boolean;
}) {
  const figureId = isFigureId(props.figureId) ? props.figureId : null;
  const still =
    figureId === null ? 0 : props.still || prefersReducedMotion() ? figurePeakSeconds(figureId) : null;
  const seconds = useLoopSeconds(still);
  if (figureId === null) return null;
  const frame = figureFrame(figureId, seconds, props.side === 'left' ? 'left' : 'right');
  return (
    <svg
      class="figure"
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-label={props.label}
      data-figure={figureId}
    >
      {frame.segments.map((segment, index) => (
        <Segment key={index} segment={segment} />
      ))}
    </svg>
  );
}
