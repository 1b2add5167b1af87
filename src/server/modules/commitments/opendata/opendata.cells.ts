// How a value is written in a cell of the open data CSV files, and read back by the import: the one
// place both directions live, so that export then import gives the same values.

/**
 * The export's spreadsheetCsv puts an apostrophe before a cell that starts like a formula
 * (= + - @ ...), and this one before a text that starts with an apostrophe itself; the import
 * drops one leading apostrophe. So "-5 %" travels as "'-5 %", "'quoted" as "''quoted", and both
 * come back as they were.
 */
export const textCell = (value: string | null | undefined) => {
  if (value === null || value === undefined) return '';
  return value.startsWith("'") ? `'${value}` : value;
};

export const readText = (cell: string) => (cell.startsWith("'") ? cell.slice(1) : cell);

/** A list in one cell: items separated by "; ", a ";" or "\" inside an item escaped with "\". */
export const listCell = (items: readonly string[]) =>
  textCell(items.map((item) => item.replace(/[\\;]/g, (c) => `\\${c}`)).join('; '));

export function readList(cell: string): string[] {
  const text = readText(cell);
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c === '\\' && i + 1 < text.length) {
      current += text[i + 1];
      i++;
    } else if (c === ';') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((item) => item.trim()).filter((item) => item.length > 0);
}

/** Links in one cell, separated by spaces (a link has none of its own). */
export const linksCell = (links: readonly string[]) => textCell(links.join(' '));
export const readLinks = (cell: string) => readText(cell).split(/\s+/).filter(Boolean);

export const booleanCell = (value: boolean) => (value ? 'true' : 'false');

const TRUE_WORDS = new Set(['true', 'yes', 'ya', '1']);
const FALSE_WORDS = new Set(['false', 'no', 'tidak', '0']);

/** true, false, or undefined for a word that is neither (the import names the cell). */
export function readBoolean(cell: string): boolean | undefined {
  const word = cell.trim().toLowerCase();
  if (TRUE_WORDS.has(word)) return true;
  return FALSE_WORDS.has(word) ? false : undefined;
}

/** JSON in a cell (the deliverables, each deliverable's progress): compact, with no formula's lead character. */
export const jsonCell = (value: unknown) => JSON.stringify(value);

export function readJson(cell: string): { value?: unknown; message?: string } {
  try {
    return { value: JSON.parse(readText(cell)) };
  } catch {
    return { message: 'is not valid JSON' };
  }
}
