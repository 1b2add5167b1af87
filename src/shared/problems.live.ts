/** The live session's problems (its questions and polls), part of the problem map. */
export const LIVE_PROBLEMS = {
  'live.not_registrant': {
    status: 403,
    en: 'Only registrants of this event may ask and vote. Register first, or sign in with the account you registered with.',
    id: 'Hanya peserta terdaftar acara ini yang boleh bertanya dan memberi suara. Daftarlah dahulu, atau masuk dengan akun yang Anda pakai untuk mendaftar.',
  },
  'live.questions_closed': {
    status: 409,
    en: 'Questions are closed for this session.',
    id: 'Pertanyaan untuk sesi ini sudah ditutup.',
  },
  'poll.another_open': {
    status: 409,
    en: 'Another poll of this session is open. Close it first.',
    id: 'Jajak pendapat lain di sesi ini sedang dibuka. Tutup dahulu.',
  },
  'poll.not_found': { status: 404, en: 'There is no such poll.', id: 'Jajak pendapat tersebut tidak ada.' },
  'poll.not_open': {
    status: 409,
    en: 'This poll is not open for votes.',
    id: 'Jajak pendapat ini tidak sedang dibuka untuk pemungutan suara.',
  },
  'poll.wrong_state': {
    status: 409,
    en: 'The poll is not in a state that allows this.',
    id: 'Keadaan jajak pendapat ini tidak memungkinkan tindakan tersebut.',
  },
  'question.already_voted': {
    status: 409,
    en: 'You have already voted for this question.',
    id: 'Anda sudah memberi suara untuk pertanyaan ini.',
  },
  'question.not_found': { status: 404, en: 'There is no such question.', id: 'Pertanyaan tersebut tidak ada.' },
  'question.not_votable': {
    status: 409,
    en: 'This question is not open for votes.',
    id: 'Pertanyaan ini tidak dapat diberi suara.',
  },
  'question.too_many': {
    status: 429,
    en: 'You have asked several questions in the last minute. Wait a moment, then ask again.',
    id: 'Anda sudah mengajukan beberapa pertanyaan dalam semenit terakhir. Tunggu sebentar, lalu bertanya lagi.',
  },
  'question.wrong_state': {
    status: 409,
    en: 'The question is not in a state that allows this.',
    id: 'Keadaan pertanyaan ini tidak memungkinkan tindakan tersebut.',
  },
} as const satisfies Record<string, { status: number; en: string; id: string }>;
