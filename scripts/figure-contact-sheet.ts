/**
 * Renders every figure's start, middle and end frames, for the right and the left side, into one PNG
 * (docs/images/figure-contact-sheet.png), so the figures can be looked at together.
 *
 *   npx tsx scripts/figure-contact-sheet.ts [--out FILE] [--only FIGURE-ID]
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  FIGURES,
  type FigureChoice,
  figureFrame,
  figureMoments,
  figureStage,
  figureSvg,
} from '@minimus/core';
import { chromium } from 'playwright-core';

const argument = (name: string) => {
  const index = process.argv.indexOf(name);
  return index > 0 ? process.argv[index + 1] : undefined;
};
const out = argument('--out') ?? new URL('../docs/images/figure-contact-sheet.png', import.meta.url).pathname;
const only = argument('--only');

/** Every stage of every figure, and the ankle weight where a figure takes one. */
function choices(): { title: string; choice: FigureChoice }[] {
  return [...FIGURES.values()]
    .filter((figure) => !only || figure.id === only)
    .flatMap((figure) =>
      figure.stages.flatMap((stage) => {
        const choice: FigureChoice = {
          figure: figure.id,
          variant: stage.variant ? { en: stage.variant, es: stage.variant } : null,
          ...(stage.condition ? { condition: stage.condition } : {}),
        };
        const title = [figure.id, stage.variant, stage.condition && `${stage.condition}: pillow`]
          .filter(Boolean)
          .join(' · ');
        const rows = [{ title, choice }];
        if (stage.takesAnkleWeight && !stage.condition)
          rows.push({ title: `${title} · ankle weight`, choice: { ...choice, loadKind: 'ankle-weight' } });
        return rows;
      }),
    );
}

function row({ title, choice }: { title: string; choice: FigureChoice }): string {
  const moments = figureMoments(figureStage(choice));
  const cells = (['right', 'left'] as const).flatMap((side) =>
    (['start', 'middle', 'end'] as const).map(
      (name) =>
        `<figure>${figureSvg(
          figureFrame(choice, moments[name], side, { motionArrow: name === 'end' }),
          `${title} ${side} ${name}`,
        )}<figcaption>${side} · ${name}</figcaption></figure>`,
    ),
  );
  return `<section><h2>${title}</h2><div class="row">${cells.join('')}</div></section>`;
}

const html = `<!doctype html><meta charset="utf-8"><style>
body { font: 13px system-ui, sans-serif; margin: 12px; background: #fff; }
h2 { font-size: 14px; margin: 10px 0 4px; }
.row { display: grid; grid-template-columns: repeat(6, 240px); gap: 6px; }
figure { margin: 0; border: 1px solid #ccd; }
svg { display: block; width: 240px; height: 160px; }
figcaption { text-align: center; color: #556; font-size: 11px; }
</style>${choices().map(row).join('')}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});
try {
  const page = await browser.newPage({ viewport: { width: 1500, height: 800 } });
  await page.setContent(html);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out, fullPage: true });
  console.log(`Wrote ${out}`);
} finally {
  await browser.close();
}
