import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import type { Line, TextStyle } from './outcome.pdf.wrap.js';

// Laying text out on pages for the printable outcome document (wrapped by outcome.pdf.wrap.ts):
// rows of aligned columns, footnotes at the foot of the page that calls them, and page breaks.

export interface Cell {
  x: number;
  width: number;
  lines: Line[];
  isCentred?: boolean;
  /** The paragraph's number, printed beside its first line. */
  number?: { text: string; x: number; style: TextStyle };
}

/** Cells side by side, line by line: each line as far down as the same line of the other cells. */
export interface Row {
  cells: Cell[];
  spaceBefore: number;
  /** Room wanted below the row on the same page (a heading keeps its first lines of text). */
  keepWithNext?: number;
}

export interface Frame {
  width: number;
  height: number;
  left: number;
  contentWidth: number;
  /** Where the text starts from the bottom of the page, and where it must stop, footnotes included. */
  top: number;
  bottom: number;
}

export interface MarkStyle {
  font: PDFFont;
  size: number;
  /** How far above the line's baseline the mark is drawn. */
  rise: number;
  color: RGB;
}

// Measuring lays the text out with the font's tables: each word is measured once per document.
const NOTE_GAP = 10;
const NOTE_RULE = 120;
const ORPHAN_LINES = 2;

/** Places rows down the pages, opening a page when one is full; a row may go on over the break. */
export class Flow {
  readonly pages: PDFPage[] = [];
  private page: PDFPage | undefined;
  private y = 0;
  private isEmpty = true;
  private notes: Line[] = [];
  private noteIds = new Set<number>();
  /** Lines of a footnote too long for its page, for the foot of the next ones. */
  private carry: Line[] = [];

  constructor(
    private readonly pdf: PDFDocument,
    private readonly frame: Frame,
    private readonly footnotes: Map<number, Line[]>,
    private readonly mark: MarkStyle,
  ) {}

  add(row: Row) {
    const count = Math.max(0, ...row.cells.map((cell) => cell.lines.length));
    for (let index = 0; index < count; index++) {
      if (!this.page) this.newPage();
      let { height, notes } = this.slot(row, index);
      let needed = height;
      if (index === 0) {
        for (let next = 1; next < Math.min(count, ORPHAN_LINES); next++) needed += this.slot(row, next).height;
        needed += (row.keepWithNext ?? 0) + (this.isEmpty ? 0 : row.spaceBefore);
      }
      if (!this.fits(needed, notes) && !this.isEmpty) {
        this.newPage();
        ({ height, notes } = this.slot(row, index));
      } else if (index === 0 && !this.isEmpty) this.y -= row.spaceBefore;
      this.takeNotes(notes, height);
      this.drawSlot(row, index);
      this.y -= height;
      this.isEmpty = false;
    }
  }

  /** The pages, the last one's footnotes drawn: after the last row. */
  finish(): PDFPage[] {
    if (!this.page) this.newPage();
    this.drawNotes();
    while (this.carry.length > 0) {
      this.newPage();
      this.drawNotes();
    }
    return this.pages;
  }

  /** The height of the row's line `index`, and the footnotes it calls that this page does not show yet. */
  private slot(row: Row, index: number) {
    let height = 0;
    const notes: number[] = [];
    for (const cell of row.cells) {
      const line = cell.lines[index];
      if (!line) continue;
      height = Math.max(height, line.style.leading);
      for (const note of line.marks?.notes ?? [])
        if (!this.noteIds.has(note) && !notes.includes(note)) notes.push(note);
    }
    return { height, notes };
  }

  private notesHeight(lines: Line[]) {
    return lines.length === 0 ? 0 : NOTE_GAP + lines.reduce((sum, line) => sum + line.style.leading, 0);
  }

  private noteLines(notes: number[]) {
    return notes.flatMap((note) => this.footnotes.get(note) ?? []);
  }

  private fits(height: number, notes: number[]) {
    const footnotes = [...this.notes, ...this.noteLines(notes)];
    return this.y - height >= this.frame.bottom + this.notesHeight(footnotes);
  }

  /** A footnote goes on the page that calls it; one taller than the room left goes on at the next page's foot. */
  private takeNotes(notes: number[], height: number) {
    for (const note of notes) this.noteIds.add(note);
    for (const line of this.noteLines(notes)) {
      const isRoom = this.y - height >= this.frame.bottom + this.notesHeight([...this.notes, line]);
      if (isRoom && this.carry.length === 0) this.notes.push(line);
      else this.carry.push(line);
    }
  }

  private newPage() {
    if (this.page) this.drawNotes();
    this.page = this.pdf.addPage([this.frame.width, this.frame.height]);
    this.pages.push(this.page);
    this.y = this.frame.top;
    this.isEmpty = true;
    this.notes = [];
    this.noteIds = new Set();
    // What a long footnote left over comes first, keeping a few lines of the page for the text.
    const room = (this.frame.top - this.frame.bottom) * 0.6;
    while (this.carry.length > 0 && this.notesHeight([...this.notes, this.carry[0] as Line]) <= room) {
      this.notes.push(this.carry.shift() as Line);
    }
  }

  private drawSlot(row: Row, index: number) {
    const page = this.page as PDFPage;
    for (const cell of row.cells) {
      const line = cell.lines[index];
      if (!line) continue;
      const baseline = this.y - line.style.leading / 2 - line.style.size * 0.35;
      const x = cell.isCentred ? cell.x + (cell.width - line.width) / 2 : cell.x + line.indent;
      if (index === 0 && cell.number) {
        const { text, x: numberX, style } = cell.number;
        page.drawText(text, { x: numberX, y: baseline, size: style.size, font: style.font, color: style.color });
      }
      this.drawLine(page, line, x, baseline);
    }
  }

  private drawLine(page: PDFPage, line: Line, x: number, baseline: number) {
    const { font, size, color } = line.style;
    if (line.text) page.drawText(line.text, { x, y: baseline, size, font, color });
    if (line.marks) {
      const { font: markFont, size: markSize, rise, color: markColor } = this.mark;
      const markX = x + line.width + (line.text ? 1 : 0);
      page.drawText(line.marks.text, {
        x: markX,
        y: baseline + rise,
        size: markSize,
        font: markFont,
        color: markColor,
      });
    }
  }

  /** The page's footnotes under a short rule, from the bottom of the text area up. */
  private drawNotes() {
    const page = this.page as PDFPage;
    if (this.notes.length === 0) return;
    let y = this.frame.bottom + this.notesHeight(this.notes);
    page.drawLine({
      start: { x: this.frame.left, y: y - 3 },
      end: { x: this.frame.left + NOTE_RULE, y: y - 3 },
      thickness: 0.5,
      color: this.mark.color,
    });
    y -= NOTE_GAP;
    for (const line of this.notes) {
      this.drawLine(page, line, this.frame.left + line.indent, y - line.style.leading / 2 - line.style.size * 0.35);
      y -= line.style.leading;
    }
  }
}
