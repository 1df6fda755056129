import { FIGURE_PAINT, type FigureFrame, shapePath } from '@minimus/core';
import { COLOURS } from './pdf-document.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Draws the part `view` of a figure frame scaled to fit `box`, keeping its proportions, with a thin
 * frame around it. Shapes come back to front and are painted as on screen, from core's one palette.
 */
export function drawFigure(doc: PDFKit.PDFDocument, frame: FigureFrame, view: Box, box: Box): void {
  const scale = Math.min(box.width / view.width, box.height / view.height);
  const offsetX = box.x + (box.width - view.width * scale) / 2 - view.x * scale;
  const offsetY = box.y + (box.height - view.height * scale) / 2 - view.y * scale;
  doc.save();
  doc.roundedRect(box.x, box.y, box.width, box.height, 4).fill('#fbfcfd');
  doc.roundedRect(box.x, box.y, box.width, box.height, 4).clip();
  doc.translate(offsetX, offsetY).scale(scale);
  doc.lineCap('round').lineJoin('round');
  for (const shape of frame.shapes) {
    const paint = FIGURE_PAINT[shape.tone];
    doc.lineWidth(paint.width).path(shapePath(shape));
    if (paint.fill && paint.stroke) doc.fillAndStroke(paint.fill, paint.stroke);
    else if (paint.fill) doc.fill(paint.fill);
    else if (paint.stroke) doc.stroke(paint.stroke);
  }
  doc.restore();
  doc.roundedRect(box.x, box.y, box.width, box.height, 4).lineWidth(0.6).stroke(COLOURS.rule);
}
