import { CONSENT_VERSION, type RegistrationForm } from '../../../shared/registration.js';

/** The form every event starts with; organizers change it in the organizer area. */
export function defaultRegistrationForm(): RegistrationForm {
  return {
    isOpen: true,
    opensAt: null,
    closesAt: null,
    categories: [
      {
        key: 'participant',
        name: { en: 'Public participant', id: 'Peserta umum' },
        needsAccreditation: false,
        isPublic: true,
      },
      { key: 'delegate', name: { en: 'Delegate', id: 'Delegasi' }, needsAccreditation: true, isPublic: false },
      { key: 'speaker', name: { en: 'Speaker', id: 'Pembicara' }, needsAccreditation: false, isPublic: false },
      { key: 'media', name: { en: 'Media', id: 'Media' }, needsAccreditation: true, isPublic: true },
      { key: 'staff', name: { en: 'Staff', id: 'Staf' }, needsAccreditation: false, isPublic: false },
    ],
    questions: [],
    privacyNotice: {
      en: 'The organizers use your name, e-mail address, country, organisation, position and sector to run the event: to confirm your place, send you its news and print your badge. Counts without names may be published. You can see, change, download and erase your data at any time with the personal link we send you.',
      id: 'Penyelenggara menggunakan nama, alamat surel, negara, organisasi, jabatan, dan sektor Anda untuk menyelenggarakan acara: mengonfirmasi tempat Anda, mengirimkan kabar acara, dan mencetak tanda pengenal Anda. Angka tanpa nama dapat dipublikasikan. Anda dapat melihat, mengubah, mengunduh, dan menghapus data Anda kapan saja melalui tautan pribadi yang kami kirimkan.',
    },
    privacyVersion: CONSENT_VERSION,
    inPersonCapacity: null,
  };
}
