import { AUTHORITATIVE_LANGUAGE, type OutcomeContent, type SaveTextInput } from '../../../shared/outcome.js';
import { OUTCOME_POLICY } from '../../../shared/policies.js';
import type { Actor } from '../../core/auth/actor.js';
import type { DemoSeed } from '../../core/http/module.js';
import { appointFocalPoint } from '../delegations/staff/invite.service.js';
import { readOverview } from '../delegations/staff/staff.service.js';
import { demoFocalPointAccount } from '../delegations/voices.service.js';
import { eventOperation } from '../events/operation.service.js';
import { adopt, openAdoption, respond } from './adoption.service.js';
import { decideAmendment, proposeAmendment, takePosition, withdrawAmendment } from './amendments.service.js';
import { canonicalText, sha256Hex } from './outcome.canonical.js';
import {
  DEMO_ADOPTED_AT,
  DEMO_PREAMBLE,
  DEMO_REVISION,
  DEMO_SECTIONS,
  DEMO_TITLE,
  DEMO_TRANSLATIONS,
} from './outcome.demo.data.js';
import * as repo from './outcome.repo.js';
import { moveStage, readWorking, saveText, setParagraphState } from './outcome.service.js';
import { paragraphsOf } from './outcome.text.js';

const inAnHour = () => new Date(Date.now() + 3_600_000).toISOString();

/** The chair's save of a text as it stands, each paragraph's text given by `edit`. */
function textOf(content: OutcomeContent, version: number, message: string, edit = (t: Record<string, string>) => t) {
  const paragraph = (p: OutcomeContent['preamble'][number]) => ({
    id: p.id,
    text: edit(p.text) as SaveTextInput['title'],
  });
  return {
    baseVersion: version,
    message,
    title: content.title as SaveTextInput['title'],
    preamble: content.preamble.map(paragraph),
    sections: content.sections.map((s) => ({ focusAreaId: s.focusAreaId, paragraphs: s.paragraphs.map(paragraph) })),
  };
}

/**
 * The Bali Message of the demo, through the module's own services: the chair's draft and its
 * revision, amendments from five delegations (accepted, merged with changes, rejected,
 * withdrawn), adopted by consensus of the 19 delegations with one reservation; then its times
 * moved to the closing session of 16 November 2021, and its hash made again for that time.
 */
export async function seedOutcomeDemo(demo: DemoSeed) {
  const { db, actor: chair, event } = demo;
  const { slug } = event;
  if ((await readWorking({ db, actor: chair, slug })).version > 0) return;
  const taking = (await readOverview({ db, actor: chair, slug })).delegations.filter((d) => d.confirmedAt);
  const voices = new Map<string, { actor: Actor; delegationId: string }>();
  for (const d of taking) {
    const country = d.country ?? d.id;
    const input = {
      email: `focal.point.${country.toLowerCase()}@icdd-2021.example`,
      name: `Focal point ${country} (demo)`,
    };
    const accountId =
      country === 'ID'
        ? await demoFocalPointAccount(db)
        : (await appointFocalPoint({ db, actor: chair, slug, delegationId: d.id, input })).accountId;
    const roles = [{ eventId: event.id, eventSlug: slug, role: 'focal_point' as const, delegationId: d.id }];
    voices.set(country, { actor: { accountId, isAdmin: false, roles }, delegationId: d.id });
  }
  const of = (country: string) => {
    const voice = voices.get(country);
    if (!voice) throw new Error(`demo: ${country} does not take part`);
    return { db, slug, ...voice };
  };

  const first = {
    baseVersion: 0,
    message: 'The chair’s first draft',
    title: DEMO_TITLE,
    preamble: DEMO_PREAMBLE.map((text) => ({ text })),
    sections: event.focusAreas.map((area, i) => ({
      focusAreaId: area.id,
      paragraphs: (DEMO_SECTIONS[i] ?? []).map((text) => ({ text })),
    })),
  };
  await saveText({ db, actor: chair, slug, input: first });
  let doc = await readWorking({ db, actor: chair, slug });
  const p = (section: number, index: number) => doc.content.sections[section]?.paragraphs[index]?.id as string;
  const msme = doc.content.sections[3]?.paragraphs[0]?.text.en;
  const revised = textOf(doc.content, 1, 'Revised after the first reading', (t) => (t.en === msme ? DEMO_REVISION : t));
  await saveText({ db, actor: chair, slug, input: revised });
  doc = await readWorking({ db, actor: chair, slug });
  await moveStage({ db, actor: chair, slug, input: { stage: 'amendments', amendmentDeadline: inAnHour() } });

  const propose = async (country: string, input: Parameters<typeof proposeAmendment>[0]['input']) =>
    (await proposeAmendment({ ...of(country), input })).id;
  const trusted = await propose('AU', {
    paragraphId: p(2, 1),
    kind: 'replace',
    text: 'We support the trusted exchange of data between states where the law allows it.',
    justification: 'Exchanges need trust between the parties, not only a legal basis.',
  });
  const training = await propose('JP', {
    paragraphId: p(4, 0),
    kind: 'insert_after',
    text: 'We will share training materials openly with other ministries.',
    justification: 'Training is cheaper when materials are shared.',
  });
  const social = await propose('NZ', {
    paragraphId: p(0, 1),
    kind: 'delete',
    justification: 'Each ministry is best placed to set its own social media practice.',
  });
  const speech = await propose('SG', {
    paragraphId: p(1, 1),
    kind: 'replace',
    text: 'We will work together against disinformation, in line with freedom of expression.',
    justification: 'To make the balance explicit.',
  });
  for (const [country, amendmentId, position] of [
    ['JP', trusted, 'support'],
    ['FI', trusted, 'support'],
    ['IN', training, 'support'],
    ['GB', social, 'object'],
    ['ID', social, 'object'],
  ] as const)
    await takePosition({ ...of(country), amendmentId, position });
  await withdrawAmendment({ ...of('SG'), amendmentId: speech });
  const decide = (amendmentId: string, input: Parameters<typeof decideAmendment>[0]['input']) =>
    decideAmendment({ db, actor: chair, slug, amendmentId, input });
  await decide(trusted, { decision: 'accept', reason: 'Supported in the room; no objection.', baseVersion: 2 });
  await decide(training, {
    decision: 'accept_modified',
    text: 'We will share training materials with other ministries, openly where we can.',
    reason: 'Taken in with room for materials that cannot be made public.',
    baseVersion: 3,
  });
  await decide(social, { decision: 'reject', reason: 'The paragraph had wide support.', baseVersion: 4 });

  await moveStage({ db, actor: chair, slug, input: { stage: 'negotiation' } });
  doc = await readWorking({ db, actor: chair, slug });
  const translated = (t: Record<string, string>) => ({ ...t, id: DEMO_TRANSLATIONS[t.en ?? ''] ?? t.id ?? '' });
  await saveText({
    db,
    actor: chair,
    slug,
    input: textOf(doc.content, 4, 'Translations brought up to date', translated),
  });
  for (const paragraph of paragraphsOf(doc.content))
    await setParagraphState({ db, actor: chair, slug, paragraphId: paragraph.id, state: 'agreed' });

  await openAdoption({ db, actor: chair, slug, input: { method: 'consensus', deadline: inAnHour() } });
  for (const country of voices.keys()) {
    const reservation = {
      choice: 'join_with_reservation' as const,
      text: 'Finland reads the exchange of data as subject to its law on personal data.',
      paragraphIds: [p(2, 1)],
    };
    await respond({ ...of(country), input: country === 'FI' ? reservation : { choice: 'join', paragraphIds: [] } });
  }
  await adopt({ db, actor: chair, slug });
  await dateToConference(demo);
}

/** The demo's outcome, dated to the closing session: every time moved alike, the hash made for the new time. */
async function dateToConference({ db, actor, event }: DemoSeed) {
  await eventOperation({ db, actor, slug: event.slug, may: OUTCOME_POLICY.adopt }, async ({ tx, audit }) => {
    const doc = await repo.lockDocument(tx, event.id);
    if (!doc.published || !doc.adoptedAt) return;
    await repo.shiftTimes(tx, event.id, DEMO_ADOPTED_AT.getTime() - doc.adoptedAt.getTime());
    const source = { ...doc.published, adoptedAt: DEMO_ADOPTED_AT.toISOString() };
    const published = { ...source, sha256: sha256Hex(canonicalText(source, AUTHORITATIVE_LANGUAGE)) };
    await repo.updateDocument(tx, event.id, { published });
    await audit({
      action: 'outcome.demo_dated',
      entityType: 'outcome',
      entityId: event.id,
      summary: { adoptedAt: source.adoptedAt },
    });
  });
}
