import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, PDFHexString, type PDFPage, rgb } from 'pdf-lib';
import type { Paragraph, PublishedOutcome, Reservation } from '../../../shared/outcome.js';
import { drawableText, fontFile } from '../../core/pdf/fonts.js';
import { type Cell, Flow, type Frame, type Row } from './outcome.pdf.layout.js';
import { type Line, type TextStyle, textWidth, wrap } from './outcome.pdf.wrap.js';
import type { OutcomePdfLabels } from './outcome.words.js';

// The adopted outcome document as a printable A4 PDF: one column per language, paragraph by
// paragraph, reservations as footnotes, and the SHA-256 of the published text on every page.

// A4 portrait, in points.
const WIDTH = 595.28;
const HEIGHT = 841.89;
const MARGIN = 56;
const COLUMN_GAP = 20;
const FOOTER_BASELINE = 34;
const ROWS_PER_TICK = 25;
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.42, 0.46);

// pdf-lib draws each glyph at its advance width and ignores the font's positioning (kerning,
// mark placement): measured without it too, a line is exactly as wide as it is drawn.
const NO_POSITIONING = { kern: false, mark: false, mkmk: false, curs: false };

/**
 * Shaping a line with the font's substitution tables is most of the cost of the document, and
 * a text repeats its words: each word is shaped once per document, and a line is its words'
 * glyphs with spaces between (no substitution in the scripts DejaVu covers spans a space).
 */
async function embedShapedByWord(pdf: PDFDocument, bytes: Uint8Array): Promise<PDFFont> {
  const font = await pdf.embedFont(bytes, { subset: true, features: NO_POSITIONING });
  const encode = font.encodeText.bind(font);
  const words = new Map<string, string>();
  const glyphsOf = (word: string) => {
    let hex = words.get(word);
    if (hex === undefined) {
      hex = encode(word).asString();
      words.set(word, hex);
    }
    return hex;
  };
  const space = glyphsOf(' ');
  font.encodeText = (text) => PDFHexString.of(text.split(' ').map(glyphsOf).join(space));
  return font;
}

/** Sizes shrink a little when two or more languages share the width. */
function stylesFor(fonts: { regular: PDFFont; bold: PDFFont }, columns: number) {
  const narrow = columns > 1;
  const style = (font: PDFFont, size: number, leading: number, color = INK): TextStyle => ({
    font,
    size,
    leading,
    color,
  });
  return {
    event: style(fonts.regular, narrow ? 8.5 : 9.5, narrow ? 12 : 13, MUTED),
    title: style(fonts.bold, narrow ? 13.5 : 16, narrow ? 17 : 20),
    heading: style(fonts.bold, narrow ? 10.5 : 11.5, narrow ? 14 : 15),
    body: style(fonts.regular, narrow ? 9 : 10, narrow ? 12.5 : 14),
    fallback: style(fonts.regular, narrow ? 9 : 10, narrow ? 12.5 : 14, MUTED),
    number: style(fonts.regular, narrow ? 9 : 10, narrow ? 12.5 : 14, MUTED),
    closing: style(fonts.regular, 10, 14),
    closingHeading: style(fonts.bold, 11, 15),
    note: style(fonts.regular, 8, 10.5),
  };
}

/** The reservations numbered as the reader meets them: on the whole text first, then paragraph by paragraph. */
function numberReservations(outcome: PublishedOutcome, paragraphs: Paragraph[]) {
  const numbers = new Map<Reservation, number>();
  const take = (reservation: Reservation) => {
    if (!numbers.has(reservation)) numbers.set(reservation, numbers.size + 1);
  };
  for (const reservation of outcome.reservations) if (reservation.paragraphIds.length === 0) take(reservation);
  for (const paragraph of paragraphs) {
    for (const reservation of outcome.reservations)
      if (reservation.paragraphIds.includes(paragraph.id)) take(reservation);
  }
  for (const reservation of outcome.reservations) take(reservation);
  const marksOf = (test: (reservation: Reservation) => boolean) =>
    [...numbers].filter(([reservation]) => test(reservation)).map(([, n]) => n);
  return { numbers, marksOf };
}

export async function renderOutcomePdf(
  outcome: PublishedOutcome,
  options: { languages: string[]; labels: OutcomePdfLabels },
): Promise<Uint8Array> {
  const { labels } = options;
  const authoritative = outcome.authoritativeLanguage;
  const languages = options.languages.length > 0 ? options.languages : [authoritative];
  const [readerLanguage = authoritative] = languages;
  const pdf = await PDFDocument.create();
  pdf.registerFontkit(fontkit);
  const files = {
    regular: fontFile('DejaVuSans.ttf'),
    bold: fontFile('DejaVuSans-Bold.ttf'),
    mono: fontFile('DejaVuSansMono.ttf'),
  };
  const fonts = {
    regular: await embedShapedByWord(pdf, files.regular.bytes),
    bold: await embedShapedByWord(pdf, files.bold.bytes),
    mono: await embedShapedByWord(pdf, files.mono.bytes),
  };
  const styles = stylesFor(fonts, languages.length);
  const mark = { font: fonts.regular, size: styles.body.size * 0.7, rise: styles.body.size * 0.35, color: MUTED };
  /** One space between words, the text's own line breaks kept, and "?" for what the font cannot draw. */
  const clean = (text: string, style: TextStyle) => {
    const codePoints = style.font === fonts.bold ? files.bold.codePoints : files.regular.codePoints;
    return text
      .split(/\r?\n/)
      .map((line) => drawableText(line.replace(/\s+/g, ' ').trim(), codePoints))
      .join('\n');
  };

  /** The text in a language, or in the authoritative one where that translation is missing. */
  const pick = (text: Record<string, string>, language: string) => {
    const own = text[language]?.trim();
    if (own) return { text: own, isFallback: false };
    const source = text[authoritative]?.trim() || Object.values(text).find((t) => t.trim()) || '';
    return { text: source, isFallback: true };
  };
  const nameOf = (delegationId: string) => {
    const delegation = outcome.delegations.find((d) => d.id === delegationId);
    return delegation ? pick(delegation.name, readerLanguage).text : delegationId;
  };

  const paragraphs = [...outcome.content.preamble, ...outcome.content.sections.flatMap((s) => s.paragraphs)];
  const reservations = numberReservations(outcome, paragraphs);
  const frame: Frame = {
    width: WIDTH,
    height: HEIGHT,
    left: MARGIN,
    contentWidth: WIDTH - 2 * MARGIN,
    top: HEIGHT - MARGIN,
    bottom: MARGIN,
  };
  const noteHang = textWidth(styles.note.font, `[${reservations.numbers.size}] `, styles.note.size);
  const footnotes = new Map<number, Line[]>();
  for (const [reservation, n] of reservations.numbers) {
    const text = clean(`[${n}] ${nameOf(reservation.delegationId)}: ${reservation.text}`, styles.note);
    footnotes.set(n, wrap(text, styles.note, frame.contentWidth, { hang: noteHang }));
  }

  // One column per language; each paragraph's number in a gutter as wide as the widest number.
  const columnWidth = (frame.contentWidth - COLUMN_GAP * (languages.length - 1)) / languages.length;
  const widestNumber = Math.max(
    0,
    ...Object.values(outcome.numbers).map((n) => textWidth(styles.number.font, n, styles.number.size)),
  );
  const gutter = Math.max(20, Math.ceil(widestNumber) + 8);
  const columns = languages.map((language, index) => ({ language, x: MARGIN + index * (columnWidth + COLUMN_GAP) }));

  const marksLine = (lines: Line[], notes: number[]) => {
    const last = lines[lines.length - 1];
    if (last && notes.length > 0) last.marks = { text: notes.map((n) => `[${n}]`).join(''), notes };
    return lines;
  };
  const marksWidth = (notes: number[]) =>
    notes.length === 0 ? 0 : 1 + textWidth(mark.font, notes.map((n) => `[${n}]`).join(''), mark.size);

  /** A row of one text in each language across the whole column: the title, a heading. */
  const textRow = (
    text: Record<string, string>,
    style: TextStyle,
    spaceBefore: number,
    extra: { keepWithNext?: number; notes?: number[]; isCentred?: boolean } = {},
  ): Row => {
    const { notes = [], isCentred = false, keepWithNext } = extra;
    const cells = columns.map(({ language, x }): Cell => {
      const lines = wrap(clean(pick(text, language).text, style), style, columnWidth, { tail: marksWidth(notes) });
      return { x, width: columnWidth, lines: marksLine(lines, notes), isCentred };
    });
    return { cells, spaceBefore, keepWithNext };
  };
  const paragraphRow = (paragraph: Paragraph): Row => {
    const notes = reservations.marksOf((r) => r.paragraphIds.includes(paragraph.id));
    const number = outcome.numbers[paragraph.id] ?? '';
    const cells = columns.map(({ language, x }): Cell => {
      const { text, isFallback } = pick(paragraph.text, language);
      const style = isFallback ? styles.fallback : styles.body;
      const lines = wrap(clean(text, style), style, columnWidth - gutter, { tail: marksWidth(notes) });
      return {
        x: x + gutter,
        width: columnWidth - gutter,
        lines: marksLine(lines, notes),
        number: number ? { text: number, x, style: styles.number } : undefined,
      };
    });
    return { cells, spaceBefore: styles.body.leading * 0.5 };
  };
  /** After the text, across the page, in the reader's language: the adoption and who joined. */
  const closingRow = (text: string, style: TextStyle, spaceBefore: number, keepWithNext = 0): Row => ({
    cells: [{ x: MARGIN, width: frame.contentWidth, lines: wrap(clean(text, style), style, frame.contentWidth) }],
    spaceBefore,
    keepWithNext,
  });

  const rows: Row[] = [];
  const { content } = outcome;
  const onWholeText = reservations.marksOf((r) => r.paragraphIds.length === 0);
  rows.push(textRow(outcome.event.name, styles.event, 0, { isCentred: true }));
  rows.push(textRow(content.title, styles.title, 6, { isCentred: true, notes: onWholeText }));
  rows.push(...content.preamble.map(paragraphRow));
  const headingKeep = 2 * styles.body.leading + styles.body.leading * 0.5;
  for (const section of content.sections) {
    rows.push(textRow(section.heading, styles.heading, styles.heading.leading, { keepWithNext: headingKeep }));
    rows.push(...section.paragraphs.map(paragraphRow));
  }
  const closingKeep = 2 * styles.closing.leading;
  const adopted = labels.adoptedOn(labels.formatDate(outcome.adoptedAt), outcome.method);
  rows.push(closingRow(adopted, styles.closing, 2 * styles.closing.leading));
  if (outcome.delegations.length > 0) {
    rows.push(closingRow(labels.joined, styles.closingHeading, styles.closing.leading, closingKeep));
    const names = outcome.delegations.map((delegation) => {
      const notes = reservations.marksOf((r) => r.delegationId === delegation.id);
      const name = pick(delegation.name, readerLanguage).text;
      return notes.length > 0 ? `${name} ${notes.map((n) => `[${n}]`).join('')}` : name;
    });
    rows.push(closingRow(names.join(', '), styles.closing, 4));
  }
  if (reservations.numbers.size > 0) {
    rows.push(closingRow(labels.reservations, styles.closingHeading, styles.closing.leading, closingKeep));
    for (const [reservation, n] of reservations.numbers) {
      const concerns = reservation.paragraphIds.map((id) => outcome.numbers[id] ?? '?').join(', ');
      const text = `[${n}] ${nameOf(reservation.delegationId)} (${concerns || labels.wholeDocument}): ${reservation.text}`;
      rows.push(closingRow(text, styles.closing, 4));
    }
  }
  if (outcome.explanations.length > 0) {
    rows.push(closingRow(labels.explanations, styles.closingHeading, styles.closing.leading, closingKeep));
    for (const explanation of outcome.explanations) {
      rows.push(closingRow(`${nameOf(explanation.delegationId)}: ${explanation.text}`, styles.closing, 4));
    }
  }

  const flow = new Flow(pdf, frame, footnotes, mark);
  // A long text takes a moment of CPU: let the node answer other requests in between.
  for (const [index, row] of rows.entries()) {
    if (index > 0 && index % ROWS_PER_TICK === 0) await new Promise((resolve) => setImmediate(resolve));
    flow.add(row);
  }
  const pages = flow.finish();
  for (const [index, page] of pages.entries()) {
    const pageText = clean(labels.page(index + 1, pages.length), styles.body);
    drawFooter(page, { fonts, sha256: outcome.sha256, label: clean(labels.hash, styles.body), page: pageText });
  }

  const title = pick(content.title, readerLanguage).text;
  pdf.setTitle(title);
  pdf.setSubject(pick(outcome.event.name, readerLanguage).text);
  pdf.setKeywords([`SHA-256 ${outcome.sha256}`]);
  pdf.setLanguage(readerLanguage);
  pdf.setCreator('Pendopo');
  return pdf.save({ useObjectStreams: true, objectsPerTick: 200 });
}

/** Under a thin rule: the label and the SHA-256 in monospace on the left, "page n of N" on the right. */
function drawFooter(
  page: PDFPage,
  footer: { fonts: { regular: PDFFont; mono: PDFFont }; sha256: string; label: string; page: string },
) {
  const { regular, mono } = footer.fonts;
  const size = 7;
  const right = WIDTH - MARGIN;
  page.drawLine({
    start: { x: MARGIN, y: FOOTER_BASELINE + 10 },
    end: { x: right, y: FOOTER_BASELINE + 10 },
    thickness: 0.5,
    color: MUTED,
  });
  const label = `${footer.label} `;
  const labelWidth = textWidth(regular, label, size);
  page.drawText(label, { x: MARGIN, y: FOOTER_BASELINE, size, font: regular, color: MUTED });
  page.drawText(footer.sha256, { x: MARGIN + labelWidth, y: FOOTER_BASELINE, size, font: mono, color: MUTED });
  const hashEnd = MARGIN + labelWidth + textWidth(mono, footer.sha256, size);
  const pageWidth = textWidth(regular, footer.page, size + 1);
  // A long label pushes the page number under the hash rather than over it.
  const y = hashEnd + 12 > right - pageWidth ? FOOTER_BASELINE - 10 : FOOTER_BASELINE;
  page.drawText(footer.page, { x: right - pageWidth, y, size: size + 1, font: regular, color: INK });
}
