import { z } from 'zod';
import type { EventView } from '../../../shared/events.js';
import { SESSION_TYPES, speakerInputSchema, streamSchema } from '../../../shared/programme.js';
import { localizedText } from '../../../shared/text.js';
import { fromZonedInput, toZonedInput } from '../../../shared/zonedTime.js';
import type { Actor } from '../../core/auth/actor.js';
import type { Db } from '../../core/db/db.js';
import type { DemoSeed } from '../../core/http/module.js';
import { publishProgramme } from './programme.service.js';
import { createSession } from './sessions.service.js';
import { createSpeaker } from './speakers.service.js';

const clock = z.string().regex(/^\d{2}:\d{2}$/, 'a time of day in the event zone, such as 13:00');

/** The demo's programme: times of day in the event's zone on its first day, rooms and themes by position. */
export const demoProgrammeSchema = z.object({
  speakers: z.array(speakerInputSchema.extend({ key: z.string() })),
  sessions: z.array(
    z.object({
      type: z.enum(SESSION_TYPES),
      title: localizedText(300),
      description: localizedText(5000, false).default({}),
      room: z.number().int().min(0),
      start: clock,
      end: clock,
      theme: z.number().int().min(0).optional(),
      speakers: z.array(z.string()),
      moderator: z.string().optional(),
      streams: z.array(streamSchema).default([]),
    }),
  ),
});
export type DemoProgramme = z.infer<typeof demoProgrammeSchema>;

/** The instant of a time of day on the event's first day, in the event's zone. */
function onEventDay(event: EventView, time: string): string {
  const day = toZonedInput(event.startsAt, event.timeZone).slice(0, 10);
  const instant = fromZonedInput(`${day}T${time}`, event.timeZone);
  if (!instant) throw new Error(`demo programme: bad time ${time}`);
  return instant;
}

/** Adds the speakers and sessions through the same services organizers use, then publishes version 1. */
async function seedDemoProgramme(options: { db: Db; actor: Actor; event: EventView; programme: DemoProgramme }) {
  const { db, actor, event, programme } = options;
  const slug = event.slug;
  const speakerIds = new Map<string, string>();
  for (const { key, ...input } of programme.speakers) {
    speakerIds.set(key, (await createSpeaker({ db, actor, slug, input })).id);
  }
  const idOf = (key: string) => {
    const id = speakerIds.get(key);
    if (!id) throw new Error(`demo programme: no speaker "${key}"`);
    return id;
  };
  for (const session of programme.sessions) {
    const room = event.rooms[session.room];
    if (!room) throw new Error(`demo programme: no room ${session.room}`);
    await createSession({
      db,
      actor,
      slug,
      input: {
        type: session.type,
        title: session.title,
        description: session.description,
        roomId: room.id,
        startsAt: onEventDay(event, session.start),
        endsAt: onEventDay(event, session.end),
        capacity: null,
        themeId: session.theme === undefined ? null : (event.statementThemes[session.theme]?.id ?? null),
        speakerIds: session.speakers.map(idOf),
        moderatorId: session.moderator ? idOf(session.moderator) : null,
        streams: session.streams,
      },
    });
  }
  await publishProgramme({ db, actor, slug });
}

/** The manifest's seed: the `programme` part of the demo file. */
export async function seedProgrammeDemo(demo: DemoSeed): Promise<void> {
  const programme = demoProgrammeSchema.parse(demo.data.programme);
  await seedDemoProgramme({ db: demo.db, actor: demo.actor, event: demo.event, programme });
}
