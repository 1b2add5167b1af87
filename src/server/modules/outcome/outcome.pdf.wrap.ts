import type { PDFFont, RGB } from 'pdf-lib';

// Text measured and wrapped for the printable outcome document: a line is as wide as its words
// drawn in its font; a word wider than the line is cut.

export interface TextStyle {
  font: PDFFont;
  size: number;
  /** The height of one line, the text's size included. */
  leading: number;
  color: RGB;
}

export interface Line {
  text: string;
  style: TextStyle;
  /** The width of the text as drawn, without the marks. */
  width: number;
  /** Drawn right of where the line starts: the hanging indent of a footnote's later lines. */
  indent: number;
  /** Footnote marks drawn raised after the text ("[1]"), and the footnotes they call. */
  marks?: { text: string; notes: number[] };
}

const widths = new WeakMap<PDFFont, Map<string, number>>();

export function textWidth(font: PDFFont, text: string, size: number): number {
  let known = widths.get(font);
  if (!known) {
    known = new Map();
    widths.set(font, known);
  }
  let width = known.get(text);
  if (width === undefined) {
    width = font.widthOfTextAtSize(text, 1);
    known.set(text, width);
  }
  return width * size;
}

/** A word wider than a line, cut into pieces that fit: the only place where characters are measured. */
function cutWord(word: string, style: TextStyle, width: number): { text: string; width: number }[] {
  const pieces: { text: string; width: number }[] = [];
  let piece = '';
  let pieceWidth = 0;
  for (const character of word) {
    const characterWidth = textWidth(style.font, character, style.size);
    if (piece && pieceWidth + characterWidth > width) {
      pieces.push({ text: piece, width: pieceWidth });
      piece = '';
      pieceWidth = 0;
    }
    piece += character;
    pieceWidth += characterWidth;
  }
  if (piece) pieces.push({ text: piece, width: pieceWidth });
  return pieces;
}

/**
 * The text in lines no wider than `width`, broken at spaces and at its own line breaks; a
 * word wider than a line is cut. `tail` is kept free after the last word, for the footnote
 * marks; later lines start `hang` to the right (a footnote's text under its number).
 */
export function wrap(text: string, style: TextStyle, width: number, options: { tail?: number; hang?: number } = {}) {
  const { tail = 0, hang = 0 } = options;
  const space = textWidth(style.font, ' ', style.size);
  const lines: Line[] = [];
  let line = '';
  let lineWidth = 0;
  const room = () => width - (lines.length > 0 ? hang : 0);
  const push = () => {
    lines.push({ text: line, style, width: lineWidth, indent: lines.length > 0 ? hang : 0 });
    line = '';
    lineWidth = 0;
  };
  const hardLines = text.split('\n');
  for (const [hardIndex, hardLine] of hardLines.entries()) {
    const words = hardLine.split(' ').filter(Boolean);
    for (const [index, word] of words.entries()) {
      const isLast = hardIndex === hardLines.length - 1 && index === words.length - 1;
      const wordWidth = textWidth(style.font, word, style.size);
      const needed = (line ? lineWidth + space : 0) + wordWidth + (isLast ? tail : 0);
      if (needed <= room()) {
        line = line ? `${line} ${word}` : word;
        lineWidth = needed - (isLast ? tail : 0);
        continue;
      }
      if (line) push();
      if (wordWidth <= room()) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      const pieces = cutWord(word, style, width - hang);
      for (const [pieceIndex, piece] of pieces.entries()) {
        line = piece.text;
        lineWidth = piece.width;
        if (pieceIndex < pieces.length - 1) push();
      }
    }
    if (line || hardIndex < hardLines.length - 1 || lines.length === 0) push();
  }
  // The marks go after the last word; where they do not fit beside it, on a line of their own.
  const last = lines[lines.length - 1];
  if (tail > 0 && last && last.indent + last.width + tail > width && last.text) {
    lines.push({ text: '', style, width: 0, indent: hang });
  }
  return lines;
}
