import type { PublishedProgramme } from '../../../shared/programme.js';
import { pollWhileDown } from '../../core/bus/watch.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import * as repo from './programme.repo.js';
import { PROGRAMME_PUBLISHED_CHANNEL, readPublishedProgramme } from './programme.service.js';

/** How long a node serves what it built before asking the database whether a newer version exists. */
const REVALIDATE_AFTER_MS = 5000;
/** While the bus is down no publication elsewhere drops an entry, so each is revalidated this soon. */
const REVALIDATE_WITHOUT_BUS_MS = 2000;

interface Entry {
  eventId: string;
  version: number;
  value: unknown;
  checkedAt: number;
}

export type PublishedCache = ReturnType<typeof createPublishedCache>;

/**
 * What a node builds from a published programme (the API's JSON, each export), kept per event,
 * version and variant so a cached GET costs no query. A publication anywhere drops the event's
 * entries on every node (bus); a lost message only delays the refresh until the entry is
 * revalidated, which costs one small query for the version number. While the bus is down, and
 * once when it returns, every entry is due for that check sooner.
 */
export function createPublishedCache(app: TypedApp, { db, bus, log }: AppContext) {
  const entries = new Map<string, Entry>();
  const building = new Map<string, Promise<Entry>>();

  const dropEvent = (slug: string) => {
    for (const key of entries.keys()) if (key.startsWith(`${slug}\n`)) entries.delete(key);
  };
  const subscribed = bus.subscribe(PROGRAMME_PUBLISHED_CHANNEL, (message) => {
    try {
      dropEvent((JSON.parse(message) as { slug: string }).slug);
    } catch (error) {
      log.warn({ err: error }, 'programme cache: unreadable bus message');
    }
  });
  const stopPolling = pollWhileDown(bus, REVALIDATE_WITHOUT_BUS_MS, () => {
    for (const entry of entries.values()) entry.checkedAt = 0;
  });
  app.addHook('onClose', async () => {
    stopPolling();
    await (await subscribed)();
  });

  async function build<T>(slug: string, render: (programme: PublishedProgramme) => T | Promise<T>): Promise<Entry> {
    const programme = await readPublishedProgramme({ db, slug });
    return {
      eventId: programme.event.id,
      version: programme.version,
      value: await render(programme),
      checkedAt: Date.now(),
    };
  }

  /** The variant of the event's published programme, built at most once per version on this node. */
  async function get<T>(
    slug: string,
    variant: string,
    render: (programme: PublishedProgramme) => T | Promise<T>,
  ): Promise<{ version: number; value: T }> {
    const key = `${slug}\n${variant}`;
    const entry = entries.get(key);
    if (entry && Date.now() - entry.checkedAt < REVALIDATE_AFTER_MS) return entry as { version: number; value: T };
    let pending = building.get(key);
    if (!pending) {
      pending = (async () => {
        // Version 0 (nothing published) follows the event's rooms, so it is always rebuilt.
        const isCurrent =
          entry && entry.version > 0 && (await repo.findLatestVersionNumber(db, entry.eventId)) === entry.version;
        const fresh = isCurrent ? { ...entry, checkedAt: Date.now() } : await build(slug, render);
        entries.set(key, fresh);
        return fresh;
      })().finally(() => building.delete(key));
      building.set(key, pending);
    }
    return (await pending) as { version: number; value: T };
  }

  return { get, dropEvent };
}
