import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Locale } from '@minimus/core';
import PDFDocument from 'pdfkit';

const require = createRequire(import.meta.url);

/**
 * DejaVu Sans Condensed is embedded (subset) rather than relying on a viewer's Helvetica, so accents,
 * ñ, ¿ and ¡ look the same on every printer, and patient names from any Latin or Greek script print too.
 */
const FONT_FILES = {
  body: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf'),
} as const;

export type FontName = keyof typeof FONT_FILES;

/** fontkit's parser, the one pdfkit uses; typed here by the one call made. */
const fontkit = require('fontkit') as { create(data: Buffer): { layout: unknown } };

/**
 * Each font is read and parsed once per process. Given a path, pdfkit would read and parse both
 * files again for every document, which cost more than drawing the document itself; given the
 * parsed font (which pdfkit 0.20 accepts), it only makes the document's subset of it.
 */
let parsedFonts: Record<FontName, PDFKit.Mixins.PDFFontSource> | null = null;

function fonts(): Record<FontName, PDFKit.Mixins.PDFFontSource> {
  if (!parsedFonts) {
    const parse = (path: string) =>
      fontkit.create(readFileSync(path)) as unknown as PDFKit.Mixins.PDFFontSource;
    parsedFonts = { body: parse(FONT_FILES.body), bold: parse(FONT_FILES.bold) };
  }
  return parsedFonts;
}

export interface PdfMeta {
  title: string;
  author: string;
  subject: string;
  locale: Locale;
  /** Fixes the creation date, and with it the file identifier, so the same input gives the same bytes. */
  createdAt: Date;
}

export const PAGE = { width: 595.28, height: 841.89, margin: 42 } as const;
export const CONTENT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const COLOURS = {
  ink: '#1f2933',
  muted: '#52606d',
  rule: '#cbd2d9',
  panel: '#f0f4f8',
  accent: '#1d5c8c',
  green: '#2e7d32',
  amber: '#e89a00',
  red: '#c62828',
} as const;

export function createPdf(meta: PdfMeta): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE.margin,
    bufferPages: true,
    lang: meta.locale,
    displayTitle: true,
    info: {
      Title: meta.title,
      Author: meta.author,
      Subject: meta.subject,
      Creator: 'Minimus',
      Producer: 'Minimus',
      CreationDate: meta.createdAt,
      ModDate: meta.createdAt,
    },
  });
  for (const [name, font] of Object.entries(fonts())) doc.registerFont(name, font);
  doc.font('body').fillColor(COLOURS.ink);
  return doc;
}

/** Finishes the document and resolves with its bytes. */
export function pdfBytes(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}

/** Moves to a new page when fewer than `height` points remain above the bottom margin. */
export function ensureSpace(doc: PDFKit.PDFDocument, height: number): void {
  if (doc.y + height > PAGE.height - PAGE.margin - 18) doc.addPage();
}

export function heading(doc: PDFKit.PDFDocument, text: string, size = 13): void {
  ensureSpace(doc, size * 3);
  doc.moveDown(0.6).font('bold').fontSize(size).fillColor(COLOURS.accent).text(text, PAGE.margin, doc.y);
  doc.moveDown(0.25).font('body').fontSize(10).fillColor(COLOURS.ink);
}

/** "Page 1 of 3" and a line of context at the foot of every page, written once all pages exist. */
export function footers(
  doc: PDFKit.PDFDocument,
  left: string,
  pageWord: (page: number, total: number) => string,
): void {
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index += 1) {
    doc.switchToPage(range.start + index);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE.height - PAGE.margin + 8;
    doc.font('body').fontSize(8).fillColor(COLOURS.muted);
    doc.text(left, PAGE.margin, y, { width: CONTENT_WIDTH * 0.75, lineBreak: false });
    doc.text(pageWord(index + 1, range.count), PAGE.margin, y, {
      width: CONTENT_WIDTH,
      align: 'right',
      lineBreak: false,
    });
    doc.page.margins.bottom = bottom;
  }
}

/** "Page 1 of 3" in each language, for the footers. */
export const PAGE_LABEL = {
  en: (page: number, total: number) => `Page ${page} of ${total}`,
  es: (page: number, total: number) => `Página ${page} de ${total}`,
} as const;

/** The title block every document opens with: the title, the patient, muted detail lines, then a rule. */
export function documentHeader(
  doc: PDFKit.PDFDocument,
  parts: { title: string; name: string; details: readonly string[] },
): void {
  doc.font('bold').fontSize(20).fillColor(COLOURS.accent).text(parts.title, PAGE.margin, PAGE.margin);
  doc.font('bold').fontSize(12).fillColor(COLOURS.ink).text(parts.name);
  doc.font('body').fontSize(9.5).fillColor(COLOURS.muted);
  for (const line of parts.details) doc.text(line, { width: CONTENT_WIDTH });
  doc
    .moveTo(PAGE.margin, doc.y + 6)
    .lineTo(PAGE.margin + CONTENT_WIDTH, doc.y + 6)
    .lineWidth(0.8)
    .stroke(COLOURS.rule);
  doc.fillColor(COLOURS.ink).moveDown(1);
}
