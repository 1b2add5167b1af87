import type { AppContext } from '../../core/http/context.js';
import { purgeEndedEvents } from './erase.service.js';

const HOUR_MS = 3_600_000;

/** With PURGE_AFTER_DAYS set: at start and every hour, events ended longer ago lose their registrants' personal data. */
export async function registrationJobs({ db, config, log, scrub }: AppContext): Promise<() => Promise<void>> {
  const days = config.purgeAfterDays;
  if (days === undefined) return async () => undefined;
  let running: Promise<unknown> = Promise.resolve();
  const purge = () => {
    running = purgeEndedEvents({ db, days })
      .then((count) => {
        if (count === 0) return;
        log.info({ count, days }, 'erased the personal data of registrations after the retention period');
        scrub.request();
      })
      .catch((error: unknown) =>
        log.error({ err: error }, 'the retention purge failed; it runs again within the hour'),
      );
  };
  purge();
  const timer = setInterval(purge, HOUR_MS);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
