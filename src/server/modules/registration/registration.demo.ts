import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Attendance, RegistrationForm, RegistrationStatus, Sector } from '../../../shared/registration.js';
import { registrationFormSchema, SECTORS } from '../../../shared/registration.js';
import { recordAudit } from '../../core/audit/audit.js';
import type { Db } from '../../core/db/db.js';
import type { DemoSeed } from '../../core/http/module.js';
import { saveForm } from './form.repo.js';
import { newCheckInCode, newLinkKey } from './link.js';
import { insertRegistrations } from './registration.repo.js';

// Invented people for the demo: the list, the review queue and the figures have something to show.
const GIVEN = [
  'Ayu',
  'Budi',
  'Siti',
  'Wayan',
  'Made',
  'Putri',
  'Aiko',
  'Hiroshi',
  'Min-jun',
  'Seo-yeon',
  'Wei',
  'Mei',
  'Arjun',
  'Priya',
  'Aroha',
  'Tane',
  'Mikko',
  'Aino',
  'Catalina',
  'Matías',
  'Thandiwe',
  'Sipho',
  'Linh',
  'Minh',
  'Somchai',
  'Nok',
  'Rizal',
  'Nurul',
  'Sokha',
  'Dara',
  'Emily',
  'James',
  'Olivia',
  'Noah',
  'Kalani',
  'Sione',
  'Bounmy',
  'Hamid',
  'Grace',
  'Daniel',
];
const FAMILY = [
  'Lestari',
  'Santoso',
  'Wibowo',
  'Suryani',
  'Tanaka',
  'Sato',
  'Kim',
  'Park',
  'Wang',
  'Chen',
  'Sharma',
  'Iyer',
  'Ngata',
  'Virtanen',
  'Korhonen',
  'Rojas',
  'González',
  'Dlamini',
  'Nkosi',
  'Nguyễn',
  'Trần',
  'Srisuk',
  'Reyes',
  'Santos',
  'Rahman',
  'Abdullah',
  'Chan',
  'Sok',
  'Smith',
  'Brown',
  'Wilson',
  'Taylor',
  'Tupou',
  'Phommachanh',
];
const ORGANIZATIONS = [
  'Ministry of Foreign Affairs',
  'Embassy',
  'University',
  'Digital Economy Forum',
  'Tech Start-up',
  'Chamber of Commerce',
  'News Agency',
  'Civil Society Network',
  'Think Tank',
  'Telecom Company',
];
/** Where registrants came from: mostly abroad; the first 21 are the invited countries, which most came from. */
const COUNTRIES = [
  'AU',
  'BN',
  'KH',
  'CL',
  'CN',
  'FJ',
  'FI',
  'IN',
  'JP',
  'LA',
  'MY',
  'NZ',
  'PH',
  'KR',
  'SG',
  'ZA',
  'TH',
  'US',
  'GB',
  'VN',
  'ID',
  'DE',
  'FR',
  'NL',
  'BR',
  'NG',
  'KE',
  'EG',
  'SA',
  'CA',
  'MX',
  'PK',
  'BD',
  'TL',
  'PG',
];

/** A small seeded generator: the same demo on every machine. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  return { next, pick };
}

/** Registrants spread over the week from the announcement to the eve of the conference, decided as the rules would. */
async function seedDemoRegistrants(options: {
  db: Db;
  eventId: string;
  form: RegistrationForm;
  count: number;
  from: Date;
  to: Date;
}) {
  const { next, pick } = generator(2021_11_16);
  const span = options.to.getTime() - options.from.getTime();
  const times = Array.from({ length: options.count }, () => options.from.getTime() + next() * span).sort(
    (a, b) => a - b,
  );
  let free = options.form.inPersonCapacity ?? 0;
  const rows: Parameters<typeof insertRegistrations>[1] = times.map((time, i) => {
    const given = pick(GIVEN);
    const family = pick(FAMILY);
    const roll = next();
    const category = roll < 0.015 ? 'delegate' : roll < 0.03 ? 'media' : 'participant';
    // ICDD 2021 was mostly followed online; a few places at the venue stay free for the demo's visitors.
    const attendance: Attendance = category === 'delegate' || next() < 0.03 ? 'in_person' : 'virtual';
    const sector: Sector = category === 'delegate' ? 'government' : category === 'media' ? 'media' : pick(SECTORS);
    const isCancelled = next() < 0.02;
    let status: RegistrationStatus = isCancelled ? 'cancelled' : 'confirmed';
    if (attendance === 'in_person' && !isCancelled) {
      const isAccreditation = category !== 'participant';
      const isApproved = !isAccreditation || next() < 0.7;
      status = !isApproved ? 'pending' : free > 0 ? 'confirmed' : 'waitlisted';
      if (status === 'confirmed') free -= 1;
    }
    const created = new Date(time);
    return {
      id: randomUUID(),
      eventId: options.eventId,
      accountId: null,
      category,
      name: `${given} ${family}`,
      email: `${given}.${family}.${i + 1}@demo.example`
        .normalize('NFKD')
        .replace(/[^\w.@]/g, '')
        .toLowerCase(),
      country: category === 'delegate' || next() < 0.6 ? pick(COUNTRIES.slice(0, 21)) : pick(COUNTRIES),
      organization: pick(ORGANIZATIONS),
      position: null,
      sector,
      attendance,
      panels: [],
      answers: { heard_from: pick(['embassy', 'ministry', 'social', 'colleague']) },
      language: next() < 0.3 ? 'id' : 'en',
      consentVersion: options.form.privacyVersion,
      consentedAt: created,
      status,
      linkKey: newLinkKey(),
      checkInCode: newCheckInCode(),
      createdAt: created,
      updatedAt: created,
    };
  });
  await options.db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += 500) await insertRegistrations(tx, rows.slice(i, i + 500));
    await recordAudit(tx, {
      eventId: options.eventId,
      actorId: null,
      action: 'registration.demo_seeded',
      entityType: 'event',
      entityId: options.eventId,
      summary: { count: rows.length },
    });
  });
}

const demoSchema = z.object({
  registrationForm: registrationFormSchema,
  /** How many invented registrants to add, so the organizer's list and figures have something to show. */
  registrants: z.number().int().min(0).max(20_000),
});

/**
 * The manifest's seed: the demo's form (saved and audited as the organizer's), then the
 * invented registrants of the week before the conference.
 */
export async function seedRegistrationDemo(demo: DemoSeed): Promise<void> {
  const { registrationForm: form, registrants } = demoSchema.parse(demo.data);
  const eventId = demo.event.id;
  await demo.db.transaction(async (tx) => {
    await saveForm(tx, eventId, form);
    await recordAudit(tx, {
      eventId,
      actorId: demo.actor.accountId,
      action: 'registration_form.updated',
      entityType: 'registration_form',
      entityId: eventId,
      summary: { seeded: true },
    });
  });
  await seedDemoRegistrants({
    db: demo.db,
    eventId,
    form,
    count: demo.registrants ?? registrants,
    from: new Date('2021-11-08T10:00:00+07:00'),
    to: new Date(demo.event.startsAt),
  });
}
