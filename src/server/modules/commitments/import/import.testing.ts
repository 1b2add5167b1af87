import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

// Test support for the import: files edited cell by cell, files made long, and exports compared
// with their ids aside.

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The text with each id replaced by a stand-in numbered by where the id first appears. */
export function tokenized(text: string): string {
  const seen = new Map<string, number>();
  return text.replace(UUID, (id) => {
    if (!seen.has(id)) seen.set(id, seen.size + 1);
    return `<id ${seen.get(id)}>`;
  });
}

const table = (csv: string) => parse(csv, { bom: true }) as string[][];

/** The file with some cells changed: by the row a spreadsheet shows (the header is row 1) and the column. */
export function editCsv(csv: string, edits: Record<number, Record<string, string>>): string {
  const [header = [], ...rows] = table(csv);
  for (const [row, cells] of Object.entries(edits)) {
    const record = rows[Number(row) - 2];
    if (!record) throw new Error(`no row ${row}`);
    for (const [column, value] of Object.entries(cells)) {
      const at = header.indexOf(column);
      if (at < 0) throw new Error(`no column ${column}`);
      record[at] = value;
    }
  }
  return stringify([header, ...rows]);
}

/** The commitments `times` over, each copy with an id of its own and no confirmed completion (it has no reports). */
export function manyCommitments(csv: string, times: number): string {
  const [header = [], ...rows] = table(csv);
  const id = header.indexOf('id');
  const confirmed = header.indexOf('completion_confirmed_at');
  const copies = Array.from({ length: times }, () =>
    rows.map((row) => row.map((cell, i) => (i === id ? randomUUID() : i === confirmed ? '' : cell))),
  ).flat();
  return stringify([header, ...copies]);
}

/** The file with only some of its rows: by the row a spreadsheet shows (the header is row 1). */
export function onlyRows(csv: string, keep: number[]): string {
  const [header = [], ...rows] = table(csv);
  return stringify([header, ...rows.filter((_, i) => keep.includes(i + 2))]);
}
