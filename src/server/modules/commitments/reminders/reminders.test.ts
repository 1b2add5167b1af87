import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentDetail, TrackerDashboard } from '../../../../shared/commitmentViews.js';
import { dueDate } from '../../../../shared/tracker.js';
import { SYSTEM } from '../../../core/auth/actor.js';
import { outbox } from '../../../core/mail/mail.tables.js';
import { commitmentOf } from '../../../testing/commitments.js';
import { BACKENDS, startSecondNode, startTestApp, type TestApp } from '../../../testing/harness.js';
import { createAdoptedWorld } from '../../../testing/outcome.js';
import { findEvent } from '../../events/operation.service.js';
import { submitReport } from '../commitments.service.js';
import { remindNow, sendDueReminders } from './reminders.service.js';

const DAY = 86_400_000;

describe.each(BACKENDS)('reminders to report (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  /** Indonesia's published commitment, and the reporting periods counted from the adoption. */
  async function setUp() {
    const w = await createAdoptedWorld(test);
    const own = `/api/events/${w.slug}/delegations/${w.delegations.ID}/commitments`;
    const id = (await w.indonesia.post(own, commitmentOf(w))).json.id as string;
    await w.indonesia.post(`${own}/${id}/submit`);
    await w.chair.post(`/api/events/${w.slug}/commitments/${id}/review`, {
      decision: 'publish',
      checks: [],
      comments: null,
    });
    const detail = (await w.indonesia.get<CommitmentDetail>(`${own}/${id}`)).json;
    const reporting = { from: new Date(w.published.adoptedAt), periodMonths: 6 };
    const event = await findEvent(test.db, w.slug);
    const mails = async (template: string) =>
      test.db
        .select()
        .from(outbox)
        .where(and(eq(outbox.eventId, event.id), eq(outbox.template, template)));
    return { w, id, detail, reporting, event, mails };
  }

  it('reminds before a report is due and after it is late, each once per period, and again the next period', async () => {
    const { w, id, detail, reporting, event, mails } = await setUp();
    const remind = (now: Date) => sendDueReminders({ db: test.db, event, now, publicUrl: 'https://pendopo.example' });
    const due1 = dueDate(reporting, 1);

    expect(await remind(new Date(reporting.from.getTime() + 30 * DAY))).toBe(0);
    expect(await remind(new Date(due1.getTime() - 5 * DAY))).toBe(1);
    expect(await remind(new Date(due1.getTime() - 4 * DAY))).toBe(0);
    const [due] = await mails('commitment_report_due');
    expect(due?.subject).toMatch(/progress reports of Indonesia are due on/);
    expect(due?.textBody).toContain('- National open data portal');
    expect(due?.textBody).toContain(
      `https://pendopo.example/events/${w.slug}/delegations/${w.delegations.ID}/commitments`,
    );

    expect(await remind(new Date(due1.getTime() + DAY))).toBe(1);
    expect(await remind(new Date(due1.getTime() + 2 * DAY))).toBe(0);
    expect((await mails('commitment_report_late'))[0]?.subject).toMatch(/progress reports of Indonesia are late/);

    // A (late) report in period 2 answers it; period 2's reminder comes before its own due date.
    const progress = Object.fromEntries(detail.deliverables.map((d) => [d.id, 50]));
    await submitReport({
      db: test.db,
      actor: SYSTEM,
      slug: w.slug,
      delegationId: w.delegations.ID,
      commitmentId: id,
      input: { status: 'on_track', progress, narrative: { en: 'Half way.' }, evidence: [] },
      at: new Date(due1.getTime() + 3 * DAY),
    });
    const due2 = dueDate(reporting, 2);
    expect(await remind(new Date(due2.getTime() - 10 * DAY))).toBe(0);
    expect(await remind(new Date(due2.getTime() + DAY))).toBe(0);
    expect(await mails('commitment_report_due')).toHaveLength(1);
  });

  it('lets the host remind at once, and still only once per period', async () => {
    const { w } = await setUp();
    const send = () => remindNow({ db: test.db, actor: SYSTEM, slug: w.slug, publicUrl: 'https://pendopo.example' });
    expect(await send()).toEqual({ sent: 1, alreadySent: 0, withoutFocalPoint: 0 });
    expect(await send()).toEqual({ sent: 0, alreadySent: 1, withoutFocalPoint: 0 });
    const board = (await w.chair.get<TrackerDashboard>(`/api/events/${w.slug}/commitments/dashboard`)).json;
    expect(board.countries.find((c) => c.delegationId === w.delegations.ID)).toMatchObject({
      commitments: 1,
      reported: 0,
      late: 0,
      reminded: ['due'],
    });
    expect((await w.indonesia.get(`/api/events/${w.slug}/commitments/dashboard`)).status).toBe(403);
  });

  it.runIf(backend === 'postgres')('sends a reminder once when two nodes run the job at the same moment', async () => {
    const second = await startSecondNode(test);
    try {
      const { event, reporting, mails } = await setUp();
      const now = new Date(dueDate(reporting, 1).getTime() - 5 * DAY);
      const runs = await Promise.all(
        [test, second, test, second].map((node) =>
          sendDueReminders({ db: node.db, event, now, publicUrl: 'https://pendopo.example' }),
        ),
      );
      expect(runs.reduce((a, b) => a + b, 0)).toBe(1);
      expect(await mails('commitment_report_due')).toHaveLength(1);
    } finally {
      await second.close();
    }
  });
});
