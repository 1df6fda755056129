/**
 * Figure benchmark: the time to compute one frame of each exercise figure (pose, body, shapes, path
 * strings), as the player does on every animation frame. Target: under 2 ms a frame. Prints figures;
 * asserts nothing. Run with `npm run bench:figures`.
 */
import { cpuUsage } from 'node:process';
import { FIGURES, type FigureChoice, figureFrame, shapePath } from '@minimus/core';

const FRAMES = 2000;

function frameMicroseconds(choice: FigureChoice): { wall: number; cpu: number } {
  const render = (index: number) => {
    const frame = figureFrame(choice, (index % 120) / 120, index % 2 === 0 ? 'right' : 'left');
    let length = 0;
    for (const shape of frame.shapes) length += shapePath(shape).length;
    return length;
  };
  for (let index = 0; index < 200; index += 1) render(index);
  const startCpu = cpuUsage();
  const start = performance.now();
  let sink = 0;
  for (let index = 0; index < FRAMES; index += 1) sink += render(index);
  const wall = ((performance.now() - start) * 1000) / FRAMES;
  const used = cpuUsage(startCpu);
  if (sink === 0) throw new Error('no shapes drawn');
  return { wall, cpu: (used.user + used.system) / FRAMES };
}

console.log(`Figure frames (${FRAMES} each, pose to SVG path strings; target under 2000 µs):`);
console.log(`  ${'figure / stage'.padEnd(58)} wall µs   cpu µs`);
let worst = 0;
for (const figure of FIGURES.values())
  for (const stage of figure.stages) {
    const choice: FigureChoice = {
      figure: figure.id,
      variant: stage.variant ? { en: stage.variant, es: stage.variant } : null,
      ...(stage.condition ? { condition: stage.condition } : {}),
    };
    const { wall, cpu } = frameMicroseconds(choice);
    worst = Math.max(worst, cpu);
    const name = [figure.id, stage.variant, stage.condition].filter(Boolean).join(' / ');
    console.log(`  ${name.padEnd(58)} ${wall.toFixed(0).padStart(7)} ${cpu.toFixed(0).padStart(8)}`);
  }
console.log(`  slowest: ${(worst / 1000).toFixed(2)} ms of CPU a frame (target under 2 ms)`);
