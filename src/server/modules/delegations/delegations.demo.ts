import { z } from 'zod';
import type { DemoSeed } from '../../core/http/module.js';
import { DEMO_FOCAL_POINT, TAKING_PART } from './delegations.demo.data.js';
import { type PastParticipation, recordPastParticipation } from './staff/history.service.js';
import { appointFocalPoint } from './staff/invite.service.js';
import { createInvitedDelegations, readOverview } from './staff/staff.service.js';

export { DEMO_FOCAL_POINT };

/** The number of heads of delegation the demo registers, beside its public registrants. */
export const DEMO_HEADS = Object.keys(TAKING_PART).length;

/** The delegations' part of the demo file: the privacy notice their heads consented to, the form's. */
const demoPart = z.object({ registrationForm: z.object({ privacyVersion: z.string().min(1) }) });

const emailOf = (name: string, country: string) =>
  `${name
    .normalize('NFKD')
    .replace(/[^\w ]/g, '')
    .trim()
    .replace(/\s+/g, '.')}.${country}@delegations.demo.example`.toLowerCase();

/**
 * The ICDD 2021 delegations, through the module's own services: one per invited country,
 * 19 confirmed with an endorsed head, a theme and a statement submitted before the
 * deadline, and a focal point account for Indonesia. Delegations done already are left.
 */
export async function seedDemoDelegations(demo: DemoSeed) {
  const { db, actor, event } = demo;
  const { slug } = event;
  const { privacyVersion } = demoPart.parse(demo.data).registrationForm;
  const themes = event.statementThemes.map((t) => t.id);
  // Statements were due four days before the conference; confirmations came in over the week before.
  const deadline = new Date('2021-11-12T17:00:00+08:00');
  const confirmedFrom = new Date('2021-11-03T09:00:00+08:00').getTime();
  await createInvitedDelegations({ db, actor, slug });
  const overview = await readOverview({ db, actor, slug });
  const byCountry = new Map(overview.delegations.map((d) => [d.country, d]));
  const entries = event.invitedCountries.flatMap((country, index): PastParticipation[] => {
    const taking = TAKING_PART[country];
    const delegation = byCountry.get(country);
    const themeId = taking ? themes[taking.theme] : undefined;
    if (!taking || !delegation || !themeId || delegation.confirmedAt) return [];
    const confirmedAt = new Date(confirmedFrom + index * 5 * 3_600_000);
    const head = {
      name: taking.head,
      email: emailOf(taking.head, country),
      organization: 'Ministry of Foreign Affairs',
      position: 'Head of delegation',
      language: country === 'ID' ? ('id' as const) : ('en' as const),
      consentVersion: privacyVersion,
      rank: taking.rank,
    };
    const statementSubmittedAt = new Date(confirmedAt.getTime() + 86_400_000);
    return [
      { delegationId: delegation.id, head, themeId, statement: taking.statement, confirmedAt, statementSubmittedAt },
    ];
  });
  if (entries.length > 0) await recordPastParticipation({ db, actor, slug, entries, statementDeadline: deadline });
  const indonesia = byCountry.get('ID');
  if (indonesia) {
    const input = { ...DEMO_FOCAL_POINT, language: 'id' as const };
    await appointFocalPoint({ db, actor, slug, delegationId: indonesia.id, input });
  }
}
