import { COMMITMENT_POLICY } from '../../../shared/policies.js';
import type { AppContext } from '../../core/http/context.js';
import type { ModuleManifest } from '../../core/http/module.js';
import { MAIL_QUEUED_CHANNEL } from '../../core/mail/outbox.js';
import { eventSlugs } from '../events/events.service.js';
import { findEvent } from '../events/operation.service.js';
import { commitmentReportDue, commitmentReportLate } from './commitments.mails.js';
import * as repo from './commitments.repo.js';
import { commitmentRoutes } from './commitments.routes.js';
import { seedCommitmentsDemo } from './demo/commitments.demo.js';
import { IMPORT_QUEUED_CHANNEL, runQueuedImports } from './import/import.jobs.js';
import { sendDueReminders } from './reminders/reminders.service.js';

/** How often a node looks for reminders whose time has come; the reminders' key keeps each to once per period. */
const REMINDER_CHECK_MS = 15 * 60_000;
/** How often a node looks for a queued import (a bus message starts one sooner, where the importer listens). */
const IMPORT_CHECK_MS = 5_000;

async function remindAll(ctx: AppContext) {
  let sent = 0;
  const slugs = await eventSlugs(ctx.db, await repo.listEventIdsWithCommitments(ctx.db));
  for (const slug of slugs.values()) {
    const event = await findEvent(ctx.db, slug);
    sent += await sendDueReminders({ db: ctx.db, event, now: new Date(), publicUrl: ctx.config.publicUrl });
  }
  if (sent > 0) await ctx.bus.publish(MAIL_QUEUED_CHANNEL, '1');
}

export const commitmentsModule: ModuleManifest = {
  name: 'commitments',
  policy: COMMITMENT_POLICY,
  routes: commitmentRoutes,
  mails: [commitmentReportDue, commitmentReportLate],
  seed: seedCommitmentsDemo,
  jobs: async (ctx) => {
    const turn = () => remindAll(ctx).catch((err: unknown) => ctx.log.warn({ err }, 'commitments: reminders not sent'));
    const timer = setInterval(turn, REMINDER_CHECK_MS);
    timer.unref();
    const importTurn = () =>
      runQueuedImports(ctx).catch((err: unknown) => ctx.log.warn({ err }, 'commitments: import not run'));
    const importer = setInterval(importTurn, IMPORT_CHECK_MS);
    importer.unref();
    const stopListening = await ctx.bus.subscribe(IMPORT_QUEUED_CHANNEL, () => void importTurn());
    return async () => {
      clearInterval(timer);
      clearInterval(importer);
      await stopListening();
    };
  },
};
