/**
 * Renders public/icons/icon.svg to the PNG sizes the web manifest and iOS ask for, with the Chromium
 * the browser tests use, so the PNGs always match the SVG source.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';

const ICONS = new URL('../public/icons/', import.meta.url);
const SIZES = [
  { file: 'icon-192.png', size: 192, padding: 0 },
  { file: 'icon-512.png', size: 512, padding: 0 },
  { file: 'apple-touch-icon.png', size: 180, padding: 0 },
  // Maskable icons keep their content inside the central 80 % safe zone.
  { file: 'icon-maskable-512.png', size: 512, padding: 0.1 },
];

const svg = await readFile(new URL('icon.svg', ICONS), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const page = await browser.newPage();
  for (const { file, size, padding } of SIZES) {
    const inset = Math.round(size * padding);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(
      `<body style="margin:0;background:#0b5d4b"><div style="padding:${inset}px;width:${size - 2 * inset}px;height:${size - 2 * inset}px">${svg.replace('<svg ', '<svg width="100%" height="100%" ')}</div></body>`,
    );
    await writeFile(new URL(file, ICONS), await page.screenshot({ type: 'png' }));
  }
} finally {
  await browser.close();
}
