import type { LocalizedText } from '../../../shared/text.js';

// The demo's outcome document: written for Pendopo's demo in our own words, after the five
// focus areas of ICDD 2021; it is not the text that conference adopted.

type Text = LocalizedText & { en: string };

export const DEMO_TITLE: Text = {
  en: 'Bali Message on International Cooperation in Digital Diplomacy (demo text)',
  id: 'Pesan Bali tentang Kerja Sama Internasional dalam Diplomasi Digital (teks demo)',
};

export const DEMO_PREAMBLE: Text[] = [
  {
    en: 'This is demonstration text written for Pendopo; it is not the text adopted at ICDD 2021.',
    id: 'Ini adalah teks demonstrasi yang ditulis untuk Pendopo; ini bukan teks yang diadopsi pada ICDD 2021.',
  },
  {
    en: 'We, the participants of the International Conference on Digital Diplomacy, meeting in Bali and online on 16 November 2021,',
    id: 'Kami, para peserta Konferensi Internasional tentang Diplomasi Digital, yang bertemu di Bali dan secara daring pada 16 November 2021,',
  },
  {
    en: 'Recognising that digital technology has changed how states speak with each other and with their citizens,',
    id: 'Menyadari bahwa teknologi digital telah mengubah cara negara berbicara satu sama lain dan dengan warganya,',
  },
];

/** One list of paragraphs per focus area of the demo event, in its order. */
export const DEMO_SECTIONS: Text[][] = [
  [
    {
      en: 'We encourage ministries of foreign affairs to adopt strategies for digital diplomacy, with clear goals and the means to meet them.',
      id: 'Kami mendorong kementerian luar negeri untuk menetapkan strategi diplomasi digital, dengan tujuan yang jelas dan sarana untuk mencapainya.',
    },
    {
      en: 'We will share our practices on the responsible use of social media by diplomats.',
      id: 'Kami akan berbagi praktik tentang penggunaan media sosial yang bertanggung jawab oleh para diplomat.',
    },
  ],
  [
    {
      en: 'We will use digital channels to reach and protect our citizens abroad in times of crisis.',
      id: 'Kami akan menggunakan saluran digital untuk menjangkau dan melindungi warga kami di luar negeri pada masa krisis.',
    },
    {
      en: 'We will work together against disinformation that puts lives at risk.',
      id: 'Kami akan bekerja sama melawan disinformasi yang membahayakan nyawa.',
    },
  ],
  [
    {
      en: 'We will manage the data of our public services with care for privacy and security.',
      id: 'Kami akan mengelola data layanan publik kami dengan memperhatikan privasi dan keamanan.',
    },
    {
      en: 'We support the exchange of data between states where the law allows it.',
      id: 'Kami mendukung pertukaran data antarnegara sejauh diizinkan oleh hukum.',
    },
  ],
  [
    {
      en: 'We will help micro, small and medium enterprises reach markets abroad through digital tools.',
      id: 'Kami akan membantu usaha mikro, kecil, dan menengah menjangkau pasar luar negeri melalui sarana digital.',
    },
  ],
  [
    {
      en: 'We will train our diplomats in digital skills.',
      id: 'Kami akan melatih para diplomat kami dalam keterampilan digital.',
    },
    {
      en: 'We will work to close the digital divide within and between countries.',
      id: 'Kami akan berupaya menutup kesenjangan digital di dalam negeri dan antarnegara.',
    },
  ],
];

/** The chair's revision after the first reading: focus area 4, its first paragraph. */
export const DEMO_REVISION: Text = {
  en: 'We will help micro, small and medium enterprises reach markets abroad through digital tools and trade promotion.',
  id: 'Kami akan membantu usaha mikro, kecil, dan menengah menjangkau pasar luar negeri melalui sarana digital dan promosi dagang.',
};

/** The Indonesian of the texts the amendments brought in, written by the chair before adoption. */
export const DEMO_TRANSLATIONS: Record<string, string> = {
  'We support the trusted exchange of data between states where the law allows it.':
    'Kami mendukung pertukaran data yang tepercaya antarnegara sejauh diizinkan oleh hukum.',
  'We will share training materials with other ministries, openly where we can.':
    'Kami akan berbagi bahan pelatihan dengan kementerian lain, secara terbuka jika memungkinkan.',
};

/** When the closing session adopted the text: 16 November 2021, 17:20 in Bali. */
export const DEMO_ADOPTED_AT = new Date('2021-11-16T09:20:00.000Z');
