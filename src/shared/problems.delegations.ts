/** The delegations' problems (focal points, members, statements), part of the problem map. */
export const DELEGATION_PROBLEMS = {
  'delegation.exists': {
    status: 409,
    en: 'This country has a delegation already.',
    id: 'Negara ini sudah memiliki delegasi.',
  },
  'delegation.focal_point_elsewhere': {
    status: 409,
    en: 'This person is the focal point of another delegation.',
    id: 'Orang ini adalah narahubung delegasi lain.',
  },
  'delegation.head_taken': {
    status: 409,
    en: "The delegation has a head already. Change that person's role first.",
    id: 'Delegasi ini sudah memiliki ketua. Ubah dulu peran orang tersebut.',
  },
  'delegation.member_elsewhere': {
    status: 409,
    en: 'This person is a member of another delegation.',
    id: 'Orang ini adalah anggota delegasi lain.',
  },
  'delegation.member_not_found': {
    status: 404,
    en: 'This person is not a member of the delegation.',
    id: 'Orang ini bukan anggota delegasi tersebut.',
  },
  'delegation.not_a_candidate': {
    status: 400,
    en: 'This person is not a delegate registration of your country.',
    id: 'Orang ini bukan pendaftaran delegasi dari negara Anda.',
  },
  'delegation.not_focal_point': {
    status: 404,
    en: 'You are not the focal point of a delegation of this event.',
    id: 'Anda bukan narahubung delegasi mana pun pada acara ini.',
  },
  'delegation.not_found': { status: 404, en: 'There is no such delegation.', id: 'Delegasi tersebut tidak ada.' },
  'delegation.statement_locked': {
    status: 409,
    en: 'The deadline has passed: the statement and the theme can no longer change.',
    id: 'Batas waktu sudah lewat: pernyataan dan tema tidak dapat diubah lagi.',
  },
  'delegation.theme_full': {
    status: 409,
    en: 'This theme has as many delegations as it may take. Choose the other theme.',
    id: 'Tema ini sudah dipilih oleh delegasi sebanyak kuotanya. Pilih tema yang lain.',
  },
  'delegation.theme_unknown': {
    status: 400,
    en: "This is not one of the event's themes.",
    id: 'Ini bukan salah satu tema acara.',
  },
} as const;
