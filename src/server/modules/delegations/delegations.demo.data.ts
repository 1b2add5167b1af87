import type { ProtocolRank } from '../../../shared/delegations.js';
import type { LocalizedText } from '../../../shared/text.js';

/** The demo's focal point of Indonesia's delegation, named as the demo organizer is. */
export const DEMO_FOCAL_POINT = { email: 'focal.point@icdd-2021.example', name: 'Indonesia focal point (demo)' };

export interface Taking {
  head: string;
  rank: ProtocolRank;
  /** 0: crisis management, 1: the new era of opportunities (the event's two themes, in order). */
  theme: 0 | 1;
  statement: LocalizedText;
}

/**
 * The 19 delegations that took part; the names of their heads are invented, as are the
 * statements (short summaries in our own words). Chile and South Africa were invited
 * and did not take part in the demo.
 */
export const TAKING_PART: Record<string, Taking> = {
  ID: {
    head: 'Ratna Kusumawardani',
    rank: 'minister',
    theme: 1,
    statement: {
      en: 'Indonesia sees digital diplomacy as a bridge: between governments and citizens, and between countries that are online and those still getting there. We invite partners to build that bridge together, from connectivity to skills.',
      id: 'Indonesia memandang diplomasi digital sebagai jembatan: antara pemerintah dan warga, dan antara negara yang sudah terhubung dan yang masih menuju ke sana. Kami mengajak mitra membangun jembatan itu bersama, dari konektivitas hingga keterampilan.',
    },
  },
  AU: {
    head: 'Claire Whitfield',
    rank: 'ambassador',
    theme: 0,
    statement: {
      en: 'During the bushfires and the pandemic, timely and trusted information saved lives. Australia will share its consular crisis tools with partners in the region.',
    },
  },
  BN: {
    head: 'Hazirah Abdul Karim',
    rank: 'senior_official',
    theme: 1,
    statement: {
      en: 'Brunei Darussalam supports a regional approach to digital trade that keeps small economies in the room.',
    },
  },
  KH: {
    head: 'Sokha Chanthou',
    rank: 'vice_minister',
    theme: 1,
    statement: { en: 'Cambodia puts its young, connected population at the heart of its digital economy plans.' },
  },
  CN: {
    head: 'Liang Wenjie',
    rank: 'vice_minister',
    theme: 1,
    statement: {
      en: 'Digital cooperation should narrow gaps in development; China is ready to work on infrastructure and e-commerce with all partners.',
    },
  },
  FJ: {
    head: 'Salote Vunibola',
    rank: 'ambassador',
    theme: 0,
    statement: {
      en: 'For island states, a cyclone can cut every line at once. Fiji asks for resilient links and early-warning systems shared across the Pacific.',
    },
  },
  FI: {
    head: 'Aino Lehtonen',
    rank: 'ambassador',
    theme: 0,
    statement: {
      en: 'Finland brings its experience of whole-of-society preparedness, and of teaching citizens to recognise disinformation.',
    },
  },
  IN: {
    head: 'Arjun Mehra',
    rank: 'senior_official',
    theme: 1,
    statement: {
      en: 'Open digital public infrastructure lets millions take part in the economy; India offers to share what it has built.',
    },
  },
  JP: {
    head: 'Kenji Morimoto',
    rank: 'vice_minister',
    theme: 0,
    statement: {
      en: 'Japan proposes trusted data flows, with privacy protected, as the basis of recovery from crises and of cooperation after them.',
    },
  },
  LA: {
    head: 'Bounmy Phommachanh',
    rank: 'senior_official',
    theme: 1,
    statement: {
      en: 'The Lao PDR asks that capacity building reach rural areas, so that digital opportunity is not only for cities.',
    },
  },
  MY: {
    head: 'Nurul Aisyah Rahman',
    rank: 'minister',
    theme: 1,
    statement: {
      en: 'Malaysia will support micro, small and medium enterprises to sell across borders, with simpler rules and shared platforms.',
      id: 'Malaysia akan mendukung usaha mikro, kecil, dan menengah untuk berjualan lintas batas, dengan aturan yang lebih sederhana dan platform bersama.',
    },
  },
  NZ: {
    head: 'Aroha Te Rangi',
    rank: 'ambassador',
    theme: 0,
    statement: {
      en: 'New Zealand stresses that crisis communication must reach everyone, in every language spoken in the community.',
    },
  },
  PH: {
    head: 'Maria Lourdes Santiago',
    rank: 'senior_official',
    theme: 0,
    statement: {
      en: 'Our consulates used digital channels to bring home stranded nationals during the pandemic; the Philippines would like to share those lessons.',
    },
  },
  KR: {
    head: 'Park Seo-yeon',
    rank: 'vice_minister',
    theme: 1,
    statement: { en: 'The Republic of Korea offers partnerships on digital skills and smart government.' },
  },
  SG: {
    head: 'Daniel Tan Wei Ming',
    rank: 'minister',
    theme: 0,
    statement: {
      en: 'Singapore calls for norms of responsible state behaviour in cyberspace, so that crises are not made worse by attacks.',
      id: 'Singapura menyerukan norma perilaku negara yang bertanggung jawab di ruang siber, agar krisis tidak diperburuk oleh serangan.',
    },
  },
  TH: {
    head: 'Somchai Rattanakul',
    rank: 'ambassador',
    theme: 1,
    statement: { en: 'Thailand sees digital tourism and trade as the way back to growth after the pandemic.' },
  },
  US: {
    head: 'Emily Harrington',
    rank: 'senior_official',
    theme: 0,
    statement: {
      en: 'The United States supports an open, interoperable and secure internet, and cooperation against disinformation in emergencies.',
    },
  },
  GB: {
    head: 'James Ashworth',
    rank: 'expert',
    theme: 1,
    statement: {
      en: 'The United Kingdom will share its experience of digital services for citizens, and of building them with the people who use them.',
    },
  },
  VN: {
    head: 'Nguyen Thi Linh',
    rank: 'vice_minister',
    theme: 0,
    statement: {
      en: 'Viet Nam used digital tools to coordinate its response to the pandemic and proposes a regional network of crisis contact points.',
      id: 'Viet Nam memakai perangkat digital untuk mengoordinasikan penanganan pandemi dan mengusulkan jaringan regional titik kontak krisis.',
    },
  },
};
