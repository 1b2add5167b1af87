import type { CommitmentImportError, CommitmentImportFile } from '../../../../shared/commitmentImport.js';
import type { TrackerDashboard } from '../../../../shared/commitmentViews.js';

// The section's pure rules, apart from React so that a unit test reads them.

export type CountryRow = TrackerDashboard['countries'][number];
export type CountryColumn = 'country' | 'commitments' | 'reported' | 'late' | 'inactive' | 'awaitingReview';
export interface CountrySort {
  column: CountryColumn;
  isDescending: boolean;
}

/** The dashboard's first order: late first, then inactive, then by name; who needs the host comes on top. */
export const FIRST_SORT: CountrySort = { column: 'late', isDescending: true };

/** The countries in a column's order; ties go to the more inactive, then by name from A to Z, either way. */
export function sortCountries(
  rows: readonly CountryRow[],
  sort: CountrySort,
  nameOf: (row: CountryRow) => string,
  locale: string,
): CountryRow[] {
  const byName = (a: CountryRow, b: CountryRow) => nameOf(a).localeCompare(nameOf(b), locale);
  const byColumn = (a: CountryRow, b: CountryRow) =>
    sort.column === 'country' ? byName(a, b) : a[sort.column] - b[sort.column];
  const direction = sort.isDescending ? -1 : 1;
  return [...rows].sort((a, b) => direction * byColumn(a, b) || b.inactive - a.inactive || byName(a, b));
}

/** A refused real import names its cells `csv.12.title_en`: back to the rows a dry run lists. */
export function importErrorsFrom(
  fieldErrors: readonly { field: string; code?: string; message: string }[],
): CommitmentImportError[] {
  return fieldErrors.map((e) => {
    const match = /^(csv|reportsCsv)\.(\d+)\.(.+)$/.exec(e.field);
    return {
      file: (match?.[1] ?? 'csv') as CommitmentImportFile,
      row: Number(match?.[2] ?? 0),
      field: match?.[3] ?? e.field,
      code: (e.code ?? 'field.invalid') as CommitmentImportError['code'],
      message: e.message,
    };
  });
}

/** The distinct rows named across both files (row 0 is a file as a whole): what the host has to fix. */
export const badRows = (errors: readonly Pick<CommitmentImportError, 'file' | 'row'>[]) =>
  new Set(errors.filter((e) => e.row > 0).map((e) => `${e.file}:${e.row}`)).size;
