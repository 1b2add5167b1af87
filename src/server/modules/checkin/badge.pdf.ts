import fontkit from '@pdf-lib/fontkit';
import {
  concatTransformationMatrix,
  fill,
  PDFDocument,
  type PDFFont,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  rectangle,
  rgb,
  setFillingGrayscaleColor,
} from 'pdf-lib';
import QRCode from 'qrcode';
import { drawableText, fontFile } from '../../core/pdf/fonts.js';

/** What one badge shows, already in the badge's language. */
export interface BadgeContent {
  name: string;
  organization: string;
  countryName: string;
  categoryName: string;
  eventName: string;
  eventDate: string;
  /** The check-in code, grouped as printed; the QR code carries the same text. */
  code: string;
}

// A6 portrait, in points: fits a badge holder and prints four to an A4 sheet.
const WIDTH = 297.64;
const HEIGHT = 419.53;
const MARGIN = 18;
const HEADER = 78;
const FOOTER = 44;
const QR_SIZE = 118;
const BADGES_PER_TICK = 20;
const INK = rgb(0.11, 0.16, 0.25);
const MUTED = rgb(0.3, 0.33, 0.38);

/**
 * Laying text out with the font's shaping tables is most of the cost of a badge,
 * and a bulk download repeats the same strings (event, date, category) on every
 * page: each string is laid out once per document, for its width and for drawing.
 */
function memoized(font: PDFFont): PDFFont {
  const widths = new Map<string, number>();
  const encodings = new Map<string, ReturnType<PDFFont['encodeText']>>();
  const measure = font.widthOfTextAtSize.bind(font);
  const encode = font.encodeText.bind(font);
  font.widthOfTextAtSize = (text, size) => {
    let width = widths.get(text);
    if (width === undefined) {
      width = measure(text, 1);
      widths.set(text, width);
    }
    return width * size;
  };
  font.encodeText = (text) => {
    let encoded = encodings.get(text);
    if (!encoded) {
      encoded = encode(text);
      encodings.set(text, encoded);
    }
    return encoded;
  };
  return font;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  regularPoints: Set<number>;
  boldPoints: Set<number>;
}

/** Lines of text at the largest size from `max` down to `min` that fits the width, wrapped at words if need be. */
function fitText(text: string, font: PDFFont, options: { max: number; min: number; width: number; lines: number }) {
  // Width grows with size in proportion: one measurement picks the size.
  const widthAtOne = font.widthOfTextAtSize(text, 1);
  const largest = Math.floor(options.width / widthAtOne);
  if (largest >= options.min) return { size: Math.min(options.max, largest), lines: [text] };
  const size = options.min;
  const fits = (line: string) => font.widthOfTextAtSize(line, size) <= options.width;
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate) || !line) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  lines.push(line);
  const kept = lines.slice(0, options.lines).map((l) => {
    let cut = l;
    while (!fits(cut) && cut.length > 1) cut = `${cut.slice(0, -2)}…`;
    return cut;
  });
  if (lines.length > options.lines) {
    let last = kept[kept.length - 1] ?? '';
    while (!fits(`${last}…`) && last.length > 1) last = last.slice(0, -1);
    kept[kept.length - 1] = `${last}…`;
  }
  return { size, lines: kept };
}

/** Draws lines centred on the page from `top` downwards; returns where they end. */
function drawCentred(
  page: PDFPage,
  text: string,
  options: { font: PDFFont; points: Set<number>; top: number; max: number; min: number; lines: number },
  color = INK,
): number {
  const fitted = fitText(drawableText(text, options.points), options.font, {
    max: options.max,
    min: options.min,
    width: WIDTH - 2 * MARGIN,
    lines: options.lines,
  });
  let y = options.top;
  for (const line of fitted.lines) {
    y -= fitted.size;
    const width = options.font.widthOfTextAtSize(line, fitted.size);
    page.drawText(line, { x: (WIDTH - width) / 2, y, size: fitted.size, font: options.font, color });
    y -= fitted.size * 0.25;
  }
  return y;
}

/**
 * The QR code as filled squares, one rectangle per run of dark modules in a row:
 * sharp at any zoom. Drawn in module units (whole numbers) under one scaling, which keeps
 * the content stream short for a thousand badges.
 */
function drawQr(page: PDFPage, text: string, left: number, bottom: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const unit = QR_SIZE / modules.size;
  const operators = [
    pushGraphicsState(),
    concatTransformationMatrix(unit, 0, 0, unit, left, bottom),
    setFillingGrayscaleColor(0),
  ];
  for (let row = 0; row < modules.size; row++) {
    const y = modules.size - row - 1;
    let runStart = -1;
    for (let col = 0; col <= modules.size; col++) {
      const isDark = col < modules.size && modules.get(row, col) === 1;
      if (isDark && runStart < 0) runStart = col;
      if (!isDark && runStart >= 0) {
        operators.push(rectangle(runStart, y, col - runStart, 1));
        runStart = -1;
      }
    }
  }
  operators.push(fill(), popGraphicsState());
  page.pushOperators(...operators);
}

function drawBadge(page: PDFPage, fonts: Fonts, badge: BadgeContent) {
  const regular = { font: fonts.regular, points: fonts.regularPoints };
  const bold = { font: fonts.bold, points: fonts.boldPoints };
  const white = rgb(1, 1, 1);

  page.drawRectangle({ x: 0, y: HEIGHT - HEADER, width: WIDTH, height: HEADER, color: INK });
  const afterEvent = drawCentred(
    page,
    badge.eventName,
    { ...bold, top: HEIGHT - 14, max: 13, min: 9, lines: 2 },
    white,
  );
  drawCentred(page, badge.eventDate, { ...regular, top: afterEvent - 2, max: 10, min: 8, lines: 1 }, white);

  const afterName = drawCentred(page, badge.name, { ...bold, top: HEIGHT - HEADER - 22, max: 24, min: 13, lines: 2 });
  const afterOrg = drawCentred(page, badge.organization, { ...regular, top: afterName - 6, max: 13, min: 9, lines: 2 });
  drawCentred(page, badge.countryName, { ...regular, top: afterOrg - 2, max: 12, min: 9, lines: 1 }, MUTED);

  const qrBottom = FOOTER + 30;
  drawQr(page, badge.code, (WIDTH - QR_SIZE) / 2, qrBottom);
  drawCentred(page, badge.code, { ...regular, top: qrBottom - 4, max: 11, min: 8, lines: 1 });

  page.drawRectangle({ x: 0, y: 0, width: WIDTH, height: FOOTER, color: INK });
  drawCentred(page, badge.categoryName, { ...bold, top: FOOTER - 12, max: 16, min: 9, lines: 1 }, white);
}

/** One PDF with one A6 badge per page, in the order given. */
export async function renderBadges(badges: BadgeContent[], title: string): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  pdf.setTitle(title);
  pdf.setCreator('Pendopo');
  const regularFile = fontFile('DejaVuSans.ttf');
  const boldFile = fontFile('DejaVuSans-Bold.ttf');
  const fonts: Fonts = {
    regular: memoized(await pdf.embedFont(regularFile.bytes, { subset: true })),
    bold: memoized(await pdf.embedFont(boldFile.bytes, { subset: true })),
    regularPoints: regularFile.codePoints,
    boldPoints: boldFile.codePoints,
  };
  // A thousand badges take seconds of CPU: let the node answer other requests (check-ins) in between.
  for (const [index, badge] of badges.entries()) {
    if (index > 0 && index % BADGES_PER_TICK === 0) await new Promise((resolve) => setImmediate(resolve));
    drawBadge(pdf.addPage([WIDTH, HEIGHT]), fonts, badge);
  }
  return pdf.save({ useObjectStreams: true, objectsPerTick: 200 });
}
