import type { FigureFrame, FigureSegment } from '@minimus/core';
import { COLOURS } from './pdf-document.js';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Print styles per role: the working leg stands out in the accent colour, props stay in the background. */
const STYLE: Readonly<Record<FigureSegment['role'], { stroke: string; width: number; fill: string | null }>> =
  {
    body: { stroke: COLOURS.ink, width: 4, fill: null },
    working: { stroke: COLOURS.accent, width: 5, fill: null },
    other: { stroke: '#9aa5b1', width: 4, fill: null },
    prop: { stroke: '#9aa5b1', width: 1.5, fill: '#e4e7eb' },
    effort: { stroke: COLOURS.amber, width: 3, fill: null },
    ground: { stroke: '#7b8794', width: 1.5, fill: null },
  };

function drawSegment(doc: PDFKit.PDFDocument, segment: FigureSegment): void {
  const style = STYLE[segment.role];
  doc.lineWidth(style.width).lineCap('round').lineJoin('round');
  switch (segment.kind) {
    case 'line':
      doc.moveTo(segment.x1, segment.y1).lineTo(segment.x2, segment.y2).stroke(style.stroke);
      return;
    case 'circle':
      if (segment.role === 'body' || segment.role === 'working') {
        doc.circle(segment.cx, segment.cy, segment.r).fillAndStroke('#ffffff', style.stroke);
      } else {
        doc.circle(segment.cx, segment.cy, segment.r).stroke(style.stroke);
      }
      return;
    case 'path':
      if (style.fill) doc.path(segment.d).fillAndStroke(style.fill, style.stroke);
      else doc.path(segment.d).stroke(style.stroke);
      return;
  }
}

/**
 * Draws the part `view` of a stick-figure frame scaled to fit `box`, keeping its proportions, with a thin
 * frame around it.
 */
export function drawFigure(doc: PDFKit.PDFDocument, frame: FigureFrame, view: Box, box: Box): void {
  const scale = Math.min(box.width / view.width, box.height / view.height);
  const offsetX = box.x + (box.width - view.width * scale) / 2 - view.x * scale;
  const offsetY = box.y + (box.height - view.height * scale) / 2 - view.y * scale;
  doc.save();
  doc.roundedRect(box.x, box.y, box.width, box.height, 4).fill('#fbfcfd');
  doc.roundedRect(box.x, box.y, box.width, box.height, 4).clip();
  doc.translate(offsetX, offsetY).scale(scale);
  // Segments come in drawing order (props behind the body, effort arrows on top), as on screen.
  for (const segment of frame.segments) drawSegment(doc, segment);
  doc.restore();
  doc.roundedRect(box.x, box.y, box.width, box.height, 4).lineWidth(0.6).stroke(COLOURS.rule);
}
