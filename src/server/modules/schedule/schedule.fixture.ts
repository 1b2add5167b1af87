import { randomUUID } from 'node:crypto';
import type { PublishedProgramme, SessionView } from '../../../shared/programme.js';

/** The four parallel panels of ICDD 2021, 14:30-16:00 WITA, each in a room of its own. */
export const PANEL_TITLES = [
  { en: 'Digital economy', id: 'Ekonomi digital' },
  { en: 'Innovation for MSMEs', id: 'Inovasi untuk UMKM' },
  { en: 'The role of data in digital diplomacy', id: 'Peran data dalam diplomasi digital' },
  { en: 'Big data in crisis management', id: 'Big data dalam manajemen krisis' },
];

/** A title that tries to break out of every format it is written into. */
export const HOSTILE_TITLE =
  'Closing </title><script>alert(1)</script> & "quotes", \'apostrophes\'; ]]> \u0001\nBEGIN:VEVENT';

/**
 * A published programme shaped like ICDD 2021 (Asia/Makassar, 16 November 2021): an opening,
 * a plenary on a statement theme, four panels at once in four rooms, and a closing.
 */
export function icddLikeProgramme(version = 1): PublishedProgramme {
  const rooms = [
    { id: randomUUID(), name: { en: 'Plenary hall', id: 'Ruang pleno' }, capacity: 500 },
    ...['A', 'B', 'C', 'D'].map((letter) => ({
      id: randomUUID(),
      name: { en: `Panel room ${letter}`, id: `Ruang panel ${letter}` },
      capacity: 80,
    })),
  ];
  const themes = [
    {
      id: randomUUID(),
      title: { en: 'Digital diplomacy for crisis management', id: 'Diplomasi digital untuk manajemen krisis' },
    },
  ];
  const people: { name: string; bio: Record<string, string> }[] = [
    { name: 'Minister for Foreign Affairs', bio: { en: 'Opened the conference.', id: 'Membuka konferensi.' } },
    { name: 'Ayu Lestari', bio: { en: 'Moderates panels.' } },
    { name: 'Mikko Virtanen', bio: {} },
  ];
  const speakers = people.map((s): PublishedProgramme['speakers'][number] => ({
    id: randomUUID(),
    title: 'Speaker',
    organization: 'Kemlu',
    country: 'ID',
    photoUrl: null,
    ...s,
  }));
  const [plenary = rooms[0], ...panelRooms] = rooms;
  const session = (
    fields: Partial<SessionView> & Pick<SessionView, 'type' | 'title' | 'startsAt' | 'endsAt'>,
  ): SessionView => ({
    id: randomUUID(),
    description: {},
    roomId: plenary?.id ?? '',
    capacity: 500,
    themeId: null,
    speakerIds: [],
    moderatorId: null,
    streams: [],
    ...fields,
  });
  const sessions = [
    session({
      type: 'opening',
      title: { en: 'Opening', id: 'Pembukaan' },
      description: { en: 'Welcome.\n\nThe three principles.', id: 'Sambutan.\n\nTiga prinsip.' },
      startsAt: '2021-11-16T13:00:00+08:00',
      endsAt: '2021-11-16T13:30:00+08:00',
      speakerIds: [speakers[0]?.id ?? ''],
      streams: [{ language: 'en', url: 'https://stream.example.org/plenary-en' }],
    }),
    session({
      type: 'plenary',
      title: { en: 'Country statements', id: 'Pernyataan negara' },
      themeId: themes[0]?.id ?? null,
      startsAt: '2021-11-16T13:30:00+08:00',
      endsAt: '2021-11-16T14:30:00+08:00',
    }),
    ...PANEL_TITLES.map((title, i) =>
      session({
        type: 'panel',
        title,
        description: { en: `Panel ${i + 1}.` },
        roomId: panelRooms[i]?.id ?? '',
        capacity: 80,
        startsAt: '2021-11-16T14:30:00+08:00',
        endsAt: '2021-11-16T16:00:00+08:00',
        speakerIds: [speakers[2]?.id ?? ''],
        moderatorId: speakers[1]?.id ?? null,
      }),
    ),
    session({
      type: 'closing',
      title: { en: HOSTILE_TITLE, id: 'Penutupan' },
      startsAt: '2021-11-16T16:00:00+08:00',
      endsAt: '2021-11-16T17:40:00+08:00',
    }),
  ];
  return {
    event: {
      id: randomUUID(),
      slug: 'icdd-2021',
      name: {
        en: 'International Conference on Digital Diplomacy 2021',
        id: 'Konferensi Internasional Diplomasi Digital 2021',
      },
      theme: {
        en: 'Unmasking Digital Diplomacy in the New Normal',
        id: 'Menyingkap Diplomasi Digital di Era Normal Baru',
      },
      timeZone: 'Asia/Makassar',
      startsAt: '2021-11-16T13:00:00+08:00',
      endsAt: '2021-11-16T17:40:00+08:00',
      venue: { name: 'Conrad Bali', city: 'Nusa Dua', country: 'ID' },
    },
    version,
    publishedAt: '2021-11-10T02:00:00.000Z',
    rooms,
    themes,
    sessions,
    speakers,
  };
}
