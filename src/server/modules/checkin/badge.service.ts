import type { Language } from '../../../shared/constants.js';
import { countryName } from '../../../shared/countries.js';
import { CHECKIN_POLICY } from '../../../shared/policies.js';
import type { RegistrationForm } from '../../../shared/registration.js';
import type { ListFilter } from '../../../shared/registrationList.js';
import { pickText } from '../../../shared/text.js';
import { type Actor, requireSignedIn } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import { AppError } from '../../core/errors.js';
import { type EventRecord, eventRead } from '../events/operation.service.js';
import {
  type Attendee,
  findOwnRegistration,
  listBadgeHolders,
  loadEventAndForm,
  loadForm,
} from '../registration/attendees.service.js';
import { type BadgeContent, renderBadges } from './badge.pdf.js';

const LOCALES: Record<Language, string> = { en: 'en-GB', id: 'id-ID' };

/** The category's name in the language, from the event's form; its key when the form no longer has it. */
export function categoryName(form: RegistrationForm, key: string): Record<string, string> {
  return form.categories.find((c) => c.key === key)?.name ?? { en: key };
}

/** What every badge of the event in one language shares; Intl's formatters are slow to make, so once per language. */
interface Wording {
  eventName: string;
  eventDate: string;
}

function wordingFor(event: EventRecord) {
  const byLanguage = new Map<Language, Wording>();
  return (language: Language): Wording => {
    let wording = byLanguage.get(language);
    if (!wording) {
      const locale = LOCALES[language];
      // The event's day (or days) in its own time zone.
      const date = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: event.timeZone });
      wording = {
        eventName: pickText(event.name, language),
        eventDate: date.formatRange(event.startsAt, event.endsAt),
      };
      byLanguage.set(language, wording);
    }
    return wording;
  };
}

/** Each badge in its registrant's language. */
function badgesOf(event: EventRecord, form: RegistrationForm, rows: Attendee[]): BadgeContent[] {
  const wording = wordingFor(event);
  return rows.map((row) => {
    const { eventName, eventDate } = wording(row.language);
    return {
      name: row.name,
      organization: row.organization,
      countryName: countryName(row.country, LOCALES[row.language]),
      categoryName: pickText(categoryName(form, row.category), row.language),
      eventName,
      eventDate,
      code: row.checkInCode ?? '',
    };
  });
}

export interface BadgePdf {
  filename: string;
  bytes: Uint8Array;
}

const noBadge = (detail: string) => new AppError('badge.not_available', detail);

/** The registrant's own badge (signed in, or with their personal link's session), in the language of their registration. */
export async function getOwnBadge(options: { db: Db; actor: Actor; slug: string }): Promise<BadgePdf> {
  const { db, actor } = options;
  if (!actor.registration) requireSignedIn(actor);
  const { event, form } = await loadEventAndForm(db, options.slug);
  const row = await findOwnRegistration(db, event.id, actor);
  if (!row) throw noBadge('You have no registration for this event.');
  if (row.attendance !== 'in_person') throw noBadge('Badges are for in-person attendance; you attend online.');
  if (row.status !== 'confirmed' || !row.checkInCode) {
    throw noBadge(`Your registration is ${row.status}; a badge comes with a confirmed in-person place.`);
  }
  const badges = badgesOf(event, form, [row]);
  return {
    filename: `badge-${event.slug}.pdf`,
    bytes: await renderBadges(badges, `${row.name}: ${badges[0]?.eventName ?? event.slug}`),
  };
}

/** Organizers and secretariat: every badge holder's badge, or those the filters keep, one per page. */
export async function getBadges(options: {
  db: Db;
  actor: Actor;
  slug: string;
  filter: ListFilter;
}): Promise<BadgePdf> {
  const { db } = options;
  const event = await eventRead({ ...options, may: CHECKIN_POLICY.downloadBadges });
  const form = await loadForm(db, event.id);
  const rows = await listBadgeHolders(db, event.id, options.filter);
  if (rows.length === 0) {
    throw new AppError('badge.none_match', 'No confirmed in-person registration matches these filters.');
  }
  const badges = badgesOf(event, form, rows);
  return {
    filename: `badges-${event.slug}.pdf`,
    bytes: await renderBadges(badges, `${pickText(event.name, 'en')}: badges`),
  };
}
