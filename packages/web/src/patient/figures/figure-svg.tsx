import { FIGURE_PAINT, type FigureFrame, shapePath } from '@minimus/core';

/** A figure frame as inline SVG, painted from core's palette (the same as the printed handout). */
export function FigureSvg(props: { frame: FigureFrame; label: string; class?: string }) {
  const { frame } = props;
  return (
    <svg
      class={props.class ?? 'figure'}
      viewBox={`0 0 ${frame.width} ${frame.height}`}
      role="img"
      aria-label={props.label}
    >
      {frame.shapes.map((shape, index) => {
        const paint = FIGURE_PAINT[shape.tone];
        return (
          <path
            key={index}
            d={shapePath(shape)}
            fill={paint.fill ?? 'none'}
            stroke={paint.stroke ?? 'none'}
            stroke-width={paint.width}
            stroke-linejoin="round"
            stroke-linecap="round"
          />
        );
      })}
    </svg>
  );
}

export function prefersReducedMotion(): boolean {
  return typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
}
