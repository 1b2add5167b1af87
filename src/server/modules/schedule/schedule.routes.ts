import { readFileSync } from 'node:fs';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { type Language, pickText } from '../../../shared/constants.js';
import { SCHEDULE_POLICY } from '../../../shared/policies.js';
import type { PublishedProgramme } from '../../../shared/programme.js';
import { languageSchema, slugParams, tokenSchema } from '../../../shared/text.js';
import { notFound } from '../../core/errors.js';
import { type Encoded, encodeOnce, etagOf, sendCached, sendEncoded } from '../../core/http/cached.js';
import type { AppContext } from '../../core/http/context.js';
import type { TypedApp } from '../../core/http/module.js';
import { PROJECT_ROOT } from '../../core/paths.js';
import { readAgendaFeed } from '../programme/agenda.service.js';
import type { PublishedCache } from '../programme/published.service.js';
import { renderFrabJson } from './frab.json.js';
import { renderFrabXml } from './frab.xml.js';
import { renderCalendar } from './ical.js';
import { buildFrabSchedule, eventPageUrl } from './schedule.model.js';
import { wordsFor } from './schedule.words.js';

const tags = ['schedule'];
const params = slugParams;
const querystring = z.object({
  lang: languageSchema.default('en').describe('the language of titles and descriptions (default English)'),
});

const GENERATOR_VERSION = (JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { version: string })
  .version;

// Public exports may sit in shared caches for a minute: the programme changes by publication,
// and a node refreshes its own copy within seconds of one.
const PUBLIC = 'public, max-age=60';
// The agenda feed is one person's, behind a secret address: no shared cache may keep it, and
// their own calendar asks again each time (a cheap 304 when nothing changed), so an agenda
// change shows at once and a renewed address stops the old one at once.
const PRIVATE = 'private, no-cache';

const TYPES = {
  ics: 'text/calendar; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

/** A strong validator naming the version, over the bytes: a new publication or language is a new tag. */
const versionedEtag = (version: number, body: string | Buffer) => etagOf(body).replace(/^"/, `"${version}-`);

/**
 * A public export with its validator; any site may read it (conference apps in the browser
 * fetch the frab JSON across origins), as it holds nothing that is not on the public pages.
 */
function sendPublic(request: FastifyRequest, reply: FastifyReply, encoded: Encoded, type: string) {
  reply.header('access-control-allow-origin', '*');
  return sendEncoded(request, reply, encoded, { cacheControl: PUBLIC, type });
}

const attachment = (name: string) => `attachment; filename="${name}"`;

/** iCalendar, frab XML and frab JSON of the published programme, and each person's agenda feed. */
export function scheduleRoutes(app: TypedApp, { db, config }: AppContext, cache: PublishedCache) {
  const links = { publicUrl: config.publicUrl };
  const exportUrl = (slug: string, file: string, language: Language) =>
    eventPageUrl(config.publicUrl, slug, `/${file}${language === 'en' ? '' : `?lang=${language}`}`);
  const calendarName = (programme: PublishedProgramme, language: Language, what?: string) =>
    [pickText(programme.event.name, language), what].filter(Boolean).join(': ');

  /** Builds a variant once per published version on this node, as it is and compressed, with validators. */
  const cached = (slug: string, variant: string, render: (programme: PublishedProgramme) => string) =>
    cache.get(slug, variant, (programme) => {
      // Bytes, not a string: a cached GET then writes them as they are, with no encoding per request.
      const body = Buffer.from(render(programme));
      return encodeOnce(versionedEtag(programme.version, body), body);
    });

  // Anyone: the whole published programme as a calendar, to import or subscribe to.
  app.get(
    '/events/:slug/schedule.ics',
    { config: { access: SCHEDULE_POLICY.readSchedule }, schema: { tags, params, querystring, produces: [TYPES.ics] } },
    async (request, reply) => {
      const { slug } = request.params;
      const { lang } = request.query;
      const { value } = await cached(slug, `ics ${lang}`, (programme) =>
        renderCalendar(programme, { language: lang, links, name: calendarName(programme, lang) }),
      );
      reply.header('content-disposition', attachment(`${slug}.ics`));
      return sendPublic(request, reply, value, TYPES.ics);
    },
  );

  // Anyone: one published session as a calendar event (the programme's "add to calendar").
  app.get(
    '/events/:slug/sessions/:id.ics',
    {
      config: { access: SCHEDULE_POLICY.readSessionCalendar },
      schema: { tags, params: params.extend({ id: z.uuid() }), querystring, produces: [TYPES.ics] },
    },
    async (request, reply) => {
      const { slug, id } = request.params;
      const { lang } = request.query;
      // From the node's copy of the programme: an id that is no session costs no query.
      const { value: programme } = await cache.get(slug, 'programme', (p) => p);
      const session = programme.sessions.find((s) => s.id === id);
      if (!session) throw notFound('session');
      const name = calendarName(programme, lang, pickText(session.title, lang));
      const body = renderCalendar(programme, { language: lang, links, name, sessionIds: new Set([id]) });
      reply.header('content-disposition', attachment(`${slug}-session-${id.slice(0, 8)}.ics`));
      // One event is small: built per request, and compressed like any other answer when it is big enough.
      const etag = versionedEtag(programme.version, body);
      reply.header('access-control-allow-origin', '*');
      return sendCached(request, reply, { etag, body, cacheControl: PUBLIC, type: TYPES.ics });
    },
  );

  // Whoever holds the secret address: a person's agenda as a calendar feed.
  app.get(
    '/events/:slug/agenda/:token.ics',
    {
      config: { access: SCHEDULE_POLICY.readAgendaFeed },
      schema: { tags, params: params.extend({ token: tokenSchema(200) }), querystring, produces: [TYPES.ics] },
    },
    async (request, reply) => {
      const { slug, token } = request.params;
      const { lang } = request.query;
      const { value: programme } = await cache.get(slug, 'programme', (p) => p);
      const sessionIds = await readAgendaFeed({ db, programme, token, secret: config.sessionSecret });
      const name = calendarName(programme, lang, wordsFor(lang).agenda);
      const body = renderCalendar(programme, { language: lang, links, name, sessionIds: new Set(sessionIds) });
      reply.header('content-disposition', attachment(`${slug}-agenda.ics`)).header('x-robots-tag', 'noindex');
      return sendCached(request, reply, { etag: etagOf(body), body, cacheControl: PRIVATE, type: TYPES.ics });
    },
  );

  // Anyone: the frab schedule XML and JSON (c3voc), for Giggity, EventFahrplan, ConfClerk and the like.
  const FRAB = [
    { format: 'xml', render: renderFrabXml },
    { format: 'json', render: renderFrabJson },
  ] as const;
  for (const { format, render } of FRAB) {
    app.get(
      `/events/:slug/schedule.${format}`,
      {
        config: { access: SCHEDULE_POLICY.readSchedule },
        schema: { tags, params, querystring, produces: [TYPES[format]] },
      },
      async (request, reply) => {
        const { slug } = request.params;
        const { lang } = request.query;
        const url = exportUrl(slug, `schedule.${format}`, lang);
        const { value } = await cached(slug, `${format} ${lang}`, (programme) =>
          render(buildFrabSchedule(programme, lang, links), { url, generatorVersion: GENERATOR_VERSION }),
        );
        return sendPublic(request, reply, value, TYPES[format]);
      },
    );
  }
}
