/**
 * What is wrong with a cell, a column or a whole file of an import (registrations and
 * commitments): `{{name}}` takes the error's `params`, filled in by the browser.
 */
export const IMPORT_FIELD_PROBLEMS = {
  'field.csv_unreadable': {
    en: 'The file cannot be read as CSV from this row on: check its quotes and separators.',
    id: 'Berkas tidak dapat dibaca sebagai CSV mulai baris ini: periksa tanda kutip dan pemisahnya.',
  },
  'field.no_rows': {
    en: 'The file has no rows under its header.',
    id: 'Berkas tidak memiliki baris di bawah tajuknya.',
  },
  'field.too_many_rows': {
    en: 'The file has more than {{limit}} rows: split it into smaller files.',
    id: 'Berkas memiliki lebih dari {{limit}} baris: pecah menjadi beberapa berkas yang lebih kecil.',
  },
  'field.column_missing': {
    en: 'This column is missing from the header.',
    id: 'Kolom ini tidak ada pada tajuk berkas.',
  },
  'field.unknown_column': {
    en: 'This column is neither a standard column nor a question key.',
    id: 'Kolom ini bukan kolom baku dan bukan kunci pertanyaan.',
  },
  'field.cell_count': {
    en: 'This row has {{cells}} cells for {{columns}} columns (a comma in a cell without quotes?).',
    id: 'Baris ini memiliki {{cells}} sel untuk {{columns}} kolom (ada koma dalam sel tanpa tanda kutip?).',
  },
  'field.one_of': { en: 'Write one of: {{options}}.', id: 'Tuliskan salah satu dari: {{options}}.' },
  'field.a_number': { en: 'Write a number.', id: 'Tuliskan sebuah angka.' },
  'field.yes_or_no': { en: 'Write yes or no.', id: 'Tuliskan yes/ya atau no/tidak.' },
  'field.repeated_in_file': {
    en: 'This address is also in row {{row}}.',
    id: 'Alamat ini juga tercantum pada baris {{row}}.',
  },
  'field.already_registered': {
    en: 'This address is registered for the event already.',
    id: 'Alamat ini sudah terdaftar untuk acara ini.',
  },
  'field.registered_meanwhile': {
    en: 'An address was registered meanwhile: run the import again.',
    id: 'Sebuah alamat terdaftar sementara itu: jalankan impor sekali lagi.',
  },
  'field.more_errors': {
    en: '{{count}} more errors are not listed: fix these and check again.',
    id: '{{count}} kesalahan lain tidak dicantumkan: perbaiki yang ini lalu periksa lagi.',
  },
} as const satisfies Record<string, { en: string; id: string }>;
