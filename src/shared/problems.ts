import { COMMITMENT_PROBLEMS } from './problems.commitments.js';
import { DELEGATION_PROBLEMS } from './problems.delegations.js';
import { LIVE_PROBLEMS } from './problems.live.js';
import { OUTCOME_PROBLEMS } from './problems.outcome.js';

/**
 * Every problem the server can send: its HTTP status and what a person reads, in
 * English and Indonesian. A `{{name}}` takes the problem's `params` (paramsIn in problem.ts), put
 * in by the browser; a problem's `detail` says the same in English for API users.
 */
export const PROBLEMS = {
  'account.not_found': { status: 404, en: 'There is no such account.', id: 'Akun tersebut tidak ada.' },
  'agenda.not_found': { status: 404, en: 'There is no such agenda.', id: 'Agenda tersebut tidak ada.' },
  'auth.csrf_invalid': {
    status: 403,
    en: 'Your session could not be checked. Reload the page and try again.',
    id: 'Sesi Anda tidak dapat diperiksa. Muat ulang halaman lalu coba lagi.',
  },
  'auth.forbidden': { status: 403, en: 'Your account may not do this.', id: 'Akun Anda tidak boleh melakukan ini.' },
  'auth.invalid_credentials': {
    status: 401,
    en: 'The e-mail address or the password is wrong.',
    id: 'Alamat surel atau kata sandi salah.',
  },
  'auth.link_expired': {
    status: 401,
    en: 'This sign-in link has expired. Ask for a new one.',
    id: 'Tautan masuk ini sudah kedaluwarsa. Mintalah yang baru.',
  },
  'auth.link_invalid': {
    status: 401,
    en: 'This sign-in link is not valid. Check that you opened the whole link from the mail, or ask for a new one.',
    id: 'Tautan masuk ini tidak sah. Pastikan Anda membuka tautan lengkap dari surel, atau mintalah yang baru.',
  },
  'auth.link_used': {
    status: 401,
    en: 'This sign-in link was used already. Each link works once: ask for a new one.',
    id: 'Tautan masuk ini sudah digunakan. Setiap tautan hanya berlaku sekali: mintalah yang baru.',
  },
  'auth.required': { status: 401, en: 'Please sign in to do this.', id: 'Silakan masuk untuk melakukan ini.' },
  'badge.none_match': {
    status: 404,
    en: 'No confirmed in-person registration matches these filters.',
    id: 'Tidak ada pendaftaran hadir langsung yang sudah dikonfirmasi yang cocok dengan saringan ini.',
  },
  'badge.not_available': {
    status: 404,
    en: 'There is no badge for this registration.',
    id: 'Tidak ada tanda pengenal untuk pendaftaran ini.',
  },
  'check_in.malformed_code': {
    status: 400,
    en: 'This is not a check-in code.',
    id: 'Ini bukan kode registrasi ulang.',
  },
  'check_in.not_confirmed': {
    status: 409,
    en: 'This registration is not confirmed.',
    id: 'Pendaftaran ini belum dikonfirmasi.',
  },
  'check_in.not_in_person': {
    status: 409,
    en: 'This person attends online, not in person.',
    id: 'Orang ini hadir secara daring, bukan langsung.',
  },
  'check_in.unknown_code': {
    status: 404,
    en: 'No badge of this event carries this code.',
    id: 'Tidak ada tanda pengenal acara ini yang memuat kode ini.',
  },
  'event.not_found': { status: 404, en: 'There is no such event.', id: 'Acara tersebut tidak ada.' },
  'event.slug_taken': {
    status: 409,
    en: 'That web address is taken. Choose another.',
    id: 'Alamat web itu sudah dipakai. Pilih yang lain.',
  },
  'idempotency.key_reused': {
    status: 422,
    en: 'This request key came with another request already. Use a new key for a new request.',
    id: 'Kunci permintaan ini sudah dipakai untuk permintaan lain. Gunakan kunci baru untuk permintaan baru.',
  },
  internal: {
    status: 500,
    en: 'Something went wrong on our side; nothing was saved. Try again.',
    id: 'Terjadi kesalahan di pihak kami; tidak ada yang tersimpan. Silakan coba lagi.',
  },
  'programme.double_booked': {
    status: 409,
    en: 'A room or a person is booked twice at the same time. Choose another time, room or person:',
    id: 'Sebuah ruang atau seseorang terjadwal dua kali pada waktu yang sama. Pilih waktu, ruang, atau orang lain:',
  },
  'programme.unchanged': {
    status: 409,
    en: 'Nothing has changed since the last publication.',
    id: 'Tidak ada yang berubah sejak penerbitan terakhir.',
  },
  'ready.database_unreachable': {
    status: 503,
    en: 'The database does not answer.',
    id: 'Basis data tidak menjawab.',
  },
  'ready.migrations_pending': {
    status: 503,
    en: 'The database is not up to date yet.',
    id: 'Basis data belum diperbarui.',
  },
  'ready.stopping': { status: 503, en: 'This server is shutting down.', id: 'Server ini sedang dimatikan.' },
  'record.in_use': {
    status: 409,
    en: 'Something else still uses this; change that first. Nothing was saved.',
    id: 'Data ini masih dipakai oleh data lain; ubah itu terlebih dahulu. Tidak ada yang tersimpan.',
  },
  'registration.closed': {
    status: 400,
    en: 'Registration for this event is closed.',
    id: 'Pendaftaran untuk acara ini sudah ditutup.',
  },
  'registration.duplicate_email': {
    status: 409,
    en: 'This e-mail address is registered for this event already. Open the personal link from your confirmation mail to see your registration.',
    id: 'Alamat surel ini sudah terdaftar untuk acara ini. Buka tautan pribadi dari surel konfirmasi Anda untuk melihat pendaftaran Anda.',
  },
  'registration.import_invalid': {
    status: 400,
    en: 'Some rows need fixing; nothing was imported.',
    id: 'Beberapa baris perlu diperbaiki; tidak ada yang diimpor.',
  },
  'registration.link_invalid': {
    status: 401,
    en: 'This personal link does not work. Check that you opened the whole link from the mail.',
    id: 'Tautan pribadi ini tidak berfungsi. Pastikan Anda membuka seluruh tautan dari surel.',
  },
  'registration.not_active': {
    status: 409,
    en: 'This registration is no longer active; it cannot be changed.',
    id: 'Pendaftaran ini sudah tidak aktif; tidak dapat diubah.',
  },
  'registration.not_decidable': {
    status: 409,
    en: 'Some registrations cannot take this decision.',
    id: 'Beberapa pendaftaran tidak dapat menerima keputusan ini.',
  },
  'registration.not_found': {
    status: 404,
    en: 'There is no registration for this event under your account.',
    id: 'Tidak ada pendaftaran untuk acara ini atas akun Anda.',
  },
  'registration.not_yet_open': {
    status: 403,
    en: 'Registration for this event is not open yet.',
    id: 'Pendaftaran untuk acara ini belum dibuka.',
  },
  'registration.window_ended': {
    status: 403,
    en: 'Registration for this event has closed: its deadline has passed.',
    id: 'Pendaftaran untuk acara ini sudah ditutup: batas waktunya telah lewat.',
  },
  'registration.rejected': { status: 400, en: 'The registration was rejected.', id: 'Pendaftaran ditolak.' },
  'request.bad_length': {
    status: 400,
    en: 'The length of the request does not match its content.',
    id: 'Panjang permintaan tidak sesuai dengan isinya.',
  },
  'request.bad_url': {
    status: 400,
    en: 'The address is broken. Check it and try again.',
    id: 'Alamat ini rusak. Periksa lalu coba lagi.',
  },
  'request.empty_body': { status: 400, en: 'The request is empty.', id: 'Permintaan ini kosong.' },
  'request.headers_too_large': {
    status: 431,
    en: 'The address or the request is longer than the server takes.',
    id: 'Alamat atau permintaan lebih panjang daripada yang diterima server.',
  },
  'request.invalid': {
    status: 400,
    en: 'The request could not be understood.',
    id: 'Permintaan ini tidak dapat dipahami.',
  },
  'request.malformed': {
    status: 400,
    en: 'The request could not be read.',
    id: 'Permintaan ini tidak dapat dibaca.',
  },
  'request.malformed_json': {
    status: 400,
    en: 'The content of the request could not be read.',
    id: 'Isi permintaan ini tidak dapat dibaca.',
  },
  'request.rate_limited': {
    status: 429,
    en: 'Too many attempts. Try again {{wait}}.',
    id: 'Terlalu banyak percobaan. Silakan coba lagi {{wait}}.',
  },
  'request.timeout': {
    status: 408,
    en: 'The request took too long to arrive. Try again.',
    id: 'Permintaan ini terlalu lama sampai. Silakan coba lagi.',
  },
  'request.too_large': {
    status: 413,
    en: 'What you sent is larger than this page accepts: at most {{limit}}.',
    id: 'Yang Anda kirim lebih besar daripada yang diterima halaman ini: paling besar {{limit}}.',
  },
  'request.unsupported_media_type': {
    status: 415,
    en: 'The server does not take this kind of content here.',
    id: 'Server tidak menerima jenis isi ini di sini.',
  },
  'request.uri_too_long': {
    status: 414,
    en: 'The address is longer than the server takes.',
    id: 'Alamat ini lebih panjang daripada yang diterima server.',
  },
  'role.last_organizer': {
    status: 409,
    en: 'The event needs an organizer: give the role to someone else before this one is taken away.',
    id: 'Acara memerlukan penyelenggara: berikan peran ini kepada orang lain sebelum peran ini dicabut.',
  },
  'role.name_required': {
    status: 400,
    en: 'This person has no account yet. Give their name too.',
    id: 'Orang ini belum memiliki akun. Isikan juga namanya.',
  },
  'role.not_found': {
    status: 404,
    en: 'This person does not hold this role any more.',
    id: 'Orang ini sudah tidak memegang peran tersebut.',
  },
  'route.not_found': { status: 404, en: 'There is nothing at this address.', id: 'Tidak ada apa pun di alamat ini.' },
  'service.unavailable': {
    status: 503,
    en: 'The service is not available at the moment. Try again in a few seconds.',
    id: 'Layanan sedang tidak tersedia. Silakan coba lagi dalam beberapa detik.',
  },
  'session.not_found': { status: 404, en: 'There is no such session.', id: 'Sesi tersebut tidak ada.' },
  'speaker.in_use': {
    status: 409,
    en: 'This speaker is still on a session. Take them off the session first.',
    id: 'Pembicara ini masih tercantum pada sebuah sesi. Keluarkan dulu dari sesi tersebut.',
  },
  'speaker.not_found': { status: 404, en: 'There is no such speaker.', id: 'Pembicara tersebut tidak ada.' },
  'speaker.photo_invalid': {
    status: 400,
    en: 'This file is not a photo we can use: choose a JPEG, PNG or WebP image of at most 5 MB.',
    id: 'Berkas ini bukan foto yang dapat dipakai: pilih gambar JPEG, PNG, atau WebP paling besar 5 MB.',
  },
  'speaker.photo_not_found': {
    status: 404,
    en: 'This speaker has no photo.',
    id: 'Pembicara ini tidak memiliki foto.',
  },
  'validation.failed': {
    status: 400,
    en: 'Some fields need attention:',
    id: 'Beberapa isian perlu diperbaiki:',
  },
  ...DELEGATION_PROBLEMS,
  ...LIVE_PROBLEMS,
  ...OUTCOME_PROBLEMS,
  ...COMMITMENT_PROBLEMS,
} as const satisfies Record<string, { status: number; en: string; id: string }>;

export type ProblemCode = keyof typeof PROBLEMS;

/** The things `notFound(what)` names: each has its `${what}.not_found` code above. */
export type NotFoundSubject = {
  [C in ProblemCode]: C extends `${infer What}.not_found` ? What : never;
}[ProblemCode];

export const isProblemCode = (code: string): code is ProblemCode => Object.hasOwn(PROBLEMS, code);
