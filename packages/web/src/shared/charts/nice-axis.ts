/**
 * A value axis with round ticks from 0: the top is the smallest round number at or above `max`, in
 * steps of 1, 2 or 5 times a power of ten, at most four steps.
 * @example niceAxis(20.4) // { top: 30, ticks: [0, 10, 20, 30] }
 */
export function niceAxis(max: number): { top: number; ticks: number[] } {
  const target = max > 0 ? max : 1;
  const magnitude = 10 ** Math.floor(Math.log10(target / 4));
  for (const multiple of [1, 2, 5, 10, 20, 50]) {
    const step = multiple * magnitude;
    const steps = Math.ceil(target / step - 1e-9);
    if (steps <= 4) {
      const ticks = Array.from({ length: steps + 1 }, (_, index) => Math.round(index * step * 1e6) / 1e6);
      return { top: ticks.at(-1) ?? target, ticks };
    }
  }
  return { top: target, ticks: [0, target] };
}
