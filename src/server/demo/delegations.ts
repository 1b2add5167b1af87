import { randomUUID } from 'node:crypto';
import type { ProtocolRank } from '../../shared/delegations.js';
import type { EventView } from '../../shared/events.js';
import type { LocalizedText } from '../../shared/text.js';
import { recordAudit } from '../core/audit/audit.js';
import { findAccountByEmail, insertAccount } from '../core/auth/auth.repo.js';
import type { Db } from '../core/db/db.js';
import * as repo from '../modules/delegations/delegations.repo.js';
import { newCheckInCode, newLinkKey } from '../modules/registration/link.js';
import { insertRegistrations } from '../modules/registration/registration.repo.js';

/** The demo's focal point of Indonesia's delegation, named as the demo organizer is. */
export const DEMO_FOCAL_POINT = { email: 'focal.point@icdd-2021.example', name: 'Indonesia focal point (demo)' };

interface Taking {
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
const TAKING_PART: Record<string, Taking> = {
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

/** The number of heads of delegation the demo registers, beside its 4,300 public registrants. */
export const DEMO_HEADS = Object.keys(TAKING_PART).length;

const emailOf = (name: string, country: string) =>
  `${name
    .normalize('NFKD')
    .replace(/[^\w ]/g, '')
    .trim()
    .replace(/\s+/g, '.')}.${country}@delegations.demo.example`.toLowerCase();

/**
 * The ICDD 2021 delegations: one per invited country, 19 confirmed with an endorsed head,
 * a theme and a statement submitted before the deadline, and a focal point account for
 * Indonesia. A handful of statements, all in one transaction.
 */
export async function seedDemoDelegations(options: { db: Db; event: EventView; privacyVersion: string }) {
  const { db, event } = options;
  const themes = event.statementThemes.map((t) => t.id);
  // Statements were due four days before the conference; confirmations came in over the week before.
  const deadline = new Date('2021-11-12T17:00:00+08:00');
  const confirmedFrom = new Date('2021-11-03T09:00:00+08:00').getTime();
  await db.transaction(async (tx) => {
    const delegationRows = event.invitedCountries.map((country, index) => {
      const taking = TAKING_PART[country];
      const confirmedAt = taking ? new Date(confirmedFrom + index * 5 * 3_600_000) : null;
      return {
        id: randomUUID(),
        eventId: event.id,
        kind: 'country' as const,
        country,
        themeId: taking ? (themes[taking.theme] ?? null) : null,
        themeChosenAt: confirmedAt,
        statement: taking?.statement ?? {},
        statementSubmittedAt: confirmedAt && new Date(confirmedAt.getTime() + 86_400_000),
        confirmedAt,
        createdAt: new Date('2021-11-01T09:00:00+08:00'),
      };
    });
    await repo.insertDelegations(tx, delegationRows);
    const heads = delegationRows.flatMap((delegation) => {
      const taking = TAKING_PART[delegation.country];
      if (!taking || !delegation.confirmedAt) return [];
      return [{ delegation, taking, registrationId: randomUUID(), at: delegation.confirmedAt }];
    });
    await insertRegistrations(
      tx,
      heads.map(({ delegation, taking, registrationId, at }) => ({
        id: registrationId,
        eventId: event.id,
        category: 'delegate',
        name: taking.head,
        email: emailOf(taking.head, delegation.country),
        country: delegation.country,
        organization: 'Ministry of Foreign Affairs',
        position: 'Head of delegation',
        sector: 'government' as const,
        attendance: 'in_person' as const,
        language: delegation.country === 'ID' ? ('id' as const) : ('en' as const),
        consentVersion: options.privacyVersion,
        consentedAt: at,
        status: 'confirmed' as const,
        linkKey: newLinkKey(),
        checkInCode: newCheckInCode(),
        createdAt: at,
        updatedAt: at,
      })),
    );
    await repo.insertMembers(
      tx,
      heads.map(({ delegation, taking, registrationId, at }) => ({
        delegationId: delegation.id,
        registrationId,
        role: 'head' as const,
        rank: taking.rank,
        endorsedAt: at,
      })),
    );
    await repo.lockSettings(tx, event.id);
    await repo.saveSettings(tx, event.id, { statementDeadline: deadline });
    const indonesia = delegationRows.find((d) => d.country === 'ID');
    const focal =
      (await findAccountByEmail(tx, DEMO_FOCAL_POINT.email)) ??
      (await insertAccount(tx, { ...DEMO_FOCAL_POINT, language: 'id' }));
    if (indonesia) {
      await repo.insertFocalPoint(tx, { eventId: event.id, accountId: focal.id, delegationId: indonesia.id });
    }
    await recordAudit(tx, {
      eventId: event.id,
      actorId: null,
      action: 'delegation.demo_seeded',
      entityType: 'event',
      entityId: event.id,
      summary: { delegations: delegationRows.length, confirmed: heads.length },
    });
  });
}
