/** The implementation tracker's problems (commitments, reports, reviews, imports), part of the problem map. */
export const COMMITMENT_PROBLEMS = {
  'commitment.not_found': { status: 404, en: 'There is no such commitment.', id: 'Komitmen tersebut tidak ada.' },
  'commitments.not_adopted': {
    status: 409,
    en: 'Commitments are registered under the adopted outcome document: it is not adopted yet.',
    id: 'Komitmen didaftarkan di bawah dokumen hasil yang telah diadopsi: dokumen itu belum diadopsi.',
  },
  'commitment.wrong_state': {
    status: 409,
    en: 'The commitment is not in a state that allows this.',
    id: 'Keadaan komitmen ini tidak memungkinkan tindakan tersebut.',
  },
  'commitment.not_published': {
    status: 409,
    en: 'Progress is reported on a commitment once the secretariat has published it.',
    id: 'Kemajuan dilaporkan setelah sekretariat menerbitkan komitmen tersebut.',
  },
  'commitment.published': {
    status: 409,
    en: 'A published commitment changes through the secretariat; report progress in a report.',
    id: 'Komitmen yang sudah diterbitkan diubah melalui sekretariat; laporkan kemajuannya dalam laporan.',
  },
  'commitment.not_completed': {
    status: 409,
    en: 'Only a commitment whose last report says completed can be confirmed as completed.',
    id: 'Hanya komitmen yang laporan terakhirnya menyatakan selesai yang dapat dikonfirmasi selesai.',
  },
  'commitments.import_invalid': {
    status: 400,
    en: 'Some rows of the file need fixing; nothing was imported.',
    id: 'Beberapa baris berkas perlu diperbaiki; tidak ada yang diimpor.',
  },
  'commitments.import_not_found': {
    status: 404,
    en: 'There is no such import.',
    id: 'Impor tersebut tidak ada.',
  },
} as const;
