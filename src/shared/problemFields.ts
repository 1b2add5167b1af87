import { IMPORT_FIELD_PROBLEMS } from './problemFields.import.js';
import type { ProblemParams } from './problemParams.js';

/**
 * What is wrong with one field of a problem's `errors`: a code the browser shows in
 * the reader's language. The error's `message` stays, in English, for API users.
 */
export const FIELD_PROBLEMS = {
  'field.required': { en: 'Fill this in.', id: 'Isian ini wajib diisi.' },
  'field.invalid': { en: 'This value is not valid.', id: 'Isian ini tidak sah.' },
  'field.invalid_format': {
    en: 'This is not in the expected format.',
    id: 'Isian ini tidak sesuai dengan format yang diharapkan.',
  },
  'field.too_long': { en: 'This is too long.', id: 'Isian ini terlalu panjang.' },
  'field.too_short': { en: 'This is too short.', id: 'Isian ini terlalu pendek.' },
  'field.too_large': { en: 'This number is too large.', id: 'Angka ini terlalu besar.' },
  'field.too_small': { en: 'This number is too small.', id: 'Angka ini terlalu kecil.' },
  'field.not_an_option': { en: 'Choose one of the options.', id: 'Pilih salah satu pilihan yang tersedia.' },
  'field.unknown_key': { en: 'This field is not accepted here.', id: 'Isian ini tidak diterima di sini.' },
  'field.not_found': {
    en: 'This is not one of the choices of this event.',
    id: 'Ini bukan salah satu pilihan pada acara ini.',
  },
  'field.duplicate': { en: 'This is listed twice.', id: 'Ini tercantum dua kali.' },
  'field.incomplete': {
    en: 'Some items are missing from the list.',
    id: 'Ada butir yang belum tercantum dalam daftar.',
  },
  'field.already_present': { en: 'This is in the event already.', id: 'Ini sudah ada di acara ini.' },
  'field.taken': { en: 'This is taken already.', id: 'Ini sudah dipakai.' },
  'field.full': { en: 'There is no room for more.', id: 'Sudah tidak ada tempat lagi.' },
  'field.out_of_range': {
    en: 'This is outside the allowed range, such as the dates of the event.',
    id: 'Isian ini di luar rentang yang diperbolehkan, misalnya tanggal acara.',
  },
  'field.ends_before_start': {
    en: 'The end must come after the start.',
    id: 'Waktu selesai harus sesudah waktu mulai.',
  },
  'field.double_booked': {
    en: 'This is booked elsewhere at the same time.',
    id: 'Ini sudah terjadwal di tempat lain pada waktu yang sama.',
  },
  'field.wrong_state': {
    en: 'This cannot be done in its present state.',
    id: 'Hal ini tidak dapat dilakukan dalam keadaannya sekarang.',
  },
  'field.must_be_empty': { en: 'Leave this empty.', id: 'Biarkan isian ini kosong.' },
  'field.mismatch': { en: 'This does not match.', id: 'Isian ini tidak cocok.' },
  ...IMPORT_FIELD_PROBLEMS,
} as const satisfies Record<string, { en: string; id: string }>;

export type FieldCode = keyof typeof FIELD_PROBLEMS;

export const isFieldCode = (code: string): code is FieldCode => Object.hasOwn(FIELD_PROBLEMS, code);

/** One field's error in a problem: where, what (the code), its specifics and the English words for API users. */
export interface FieldError {
  field: string;
  code: FieldCode;
  message: string;
  params?: ProblemParams;
}
