/** The outcome document's problems (its amendments, versions and adoption), part of the problem map. */
export const OUTCOME_PROBLEMS = {
  'amendment.collision': {
    status: 409,
    en: 'This amendment and a change made since touch the same words. Write the paragraph yourself: accept it with changes.',
    id: 'Amendemen ini dan perubahan sesudahnya menyentuh kata yang sama. Tulis sendiri paragrafnya: terima dengan perubahan.',
  },
  'amendment.not_found': { status: 404, en: 'There is no such amendment.', id: 'Amendemen tersebut tidak ada.' },
  'amendment.own_delegation': {
    status: 409,
    en: 'A delegation does not support or object to its own amendment.',
    id: 'Delegasi tidak mendukung atau menolak amendemennya sendiri.',
  },
  'amendment.wrong_state': {
    status: 409,
    en: 'This amendment was decided or withdrawn already.',
    id: 'Amendemen ini sudah diputuskan atau ditarik.',
  },
  'outcome.adoption_closed': {
    status: 409,
    en: 'The deadline for answers on adoption has passed.',
    id: 'Batas waktu jawaban atas adopsi sudah lewat.',
  },
  'outcome.deadline_passed': {
    status: 409,
    en: 'The deadline for amendments has passed.',
    id: 'Batas waktu pengajuan amendemen sudah lewat.',
  },
  'outcome.frozen': {
    status: 409,
    en: 'The outcome document is adopted: its text is frozen and can no longer change.',
    id: 'Dokumen hasil sudah diadopsi: teksnya dibekukan dan tidak dapat diubah lagi.',
  },
  'outcome.not_adopted': {
    status: 404,
    en: 'The outcome document has not been adopted yet.',
    id: 'Dokumen hasil belum diadopsi.',
  },
  'outcome.not_all_joined': {
    status: 409,
    en: 'Not every participating delegation has joined the consensus yet.',
    id: 'Belum semua delegasi peserta bergabung dalam konsensus.',
  },
  'outcome.not_participating': {
    status: 409,
    en: 'Only a delegation that takes part in the conference takes part in the adoption.',
    id: 'Hanya delegasi yang ikut serta dalam konferensi yang ikut dalam adopsi.',
  },
  'outcome.paragraph_not_found': {
    status: 404,
    en: 'There is no such paragraph in the current text.',
    id: 'Paragraf tersebut tidak ada dalam teks saat ini.',
  },
  'outcome.silence_running': {
    status: 409,
    en: 'The silence procedure runs until its deadline; the text is adopted then unless the silence is broken.',
    id: 'Prosedur diam berjalan hingga batas waktunya; teks diadopsi saat itu kecuali ada yang memecah kebisuan.',
  },
  'outcome.version_conflict': {
    status: 409,
    en: 'This part of the text changed since you read it. Reload it, then decide again.',
    id: 'Bagian teks ini telah berubah sejak Anda membacanya. Muat ulang, lalu putuskan kembali.',
  },
  'outcome.version_not_found': {
    status: 404,
    en: 'There is no such version of the outcome document.',
    id: 'Versi dokumen hasil tersebut tidak ada.',
  },
  'outcome.wrong_stage': {
    status: 409,
    en: 'The outcome document is not at the stage for this.',
    id: 'Dokumen hasil tidak berada pada tahap untuk hal ini.',
  },
} as const satisfies Record<string, { status: number; en: string; id: string }>;
