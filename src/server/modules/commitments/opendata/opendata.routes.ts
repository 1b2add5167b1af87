import { z } from 'zod';
import { COMMITMENT_POLICY } from '../../../../shared/policies.js';
import { languageSchema, slugParams } from '../../../../shared/text.js';
import { type Encoded, encodeOnce, etagOf, sendEncoded } from '../../../core/http/cached.js';
import type { AppContext } from '../../../core/http/context.js';
import type { TypedApp } from '../../../core/http/module.js';
import { feedId, renderAtom } from '../tracker/atom.js';
import {
  commitmentsCsv,
  commitmentsJson,
  commitmentsSchema,
  dataPackage,
  FILES,
  filesUrl,
  reportsCsv,
  reportsJson,
  reportsSchema,
} from './opendata.files.js';
import { type OpenData, readOpenData } from './opendata.service.js';

const tags = ['commitments'];
/** Open data may sit in shared caches a few minutes: a new commitment or report is not urgent news. */
const PUBLIC = 'public, max-age=300';

const TYPES = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  schema: 'application/schema+json; charset=utf-8',
  atom: 'application/atom+xml; charset=utf-8',
} as const;

// Each file's bytes, made once per version of the data on a node (and compressed once).
const rendered = new WeakMap<OpenData, Map<string, Promise<Encoded>>>();

function encoded(data: OpenData, variant: string, render: () => string): Promise<Encoded> {
  let files = rendered.get(data);
  if (!files) {
    files = new Map();
    rendered.set(data, files);
  }
  let file = files.get(variant);
  if (!file) {
    const body = Buffer.from(render());
    file = encodeOnce(etagOf(body), body);
    files.set(variant, file);
  }
  return file;
}

/** The tracker's open data: CSV and JSON with their schemas, the data package, the Atom feed. */
export function openDataRoutes(app: TypedApp, { db, config }: AppContext) {
  const base = (slug: string) => filesUrl(config.publicUrl, slug);
  const pageUrl = (slug: string) => `${config.publicUrl}/events/${slug}/commitments`;

  /** Anyone, from any site (a script or a dashboard elsewhere): the file of the data as it is now. */
  function publicFile(
    file: string,
    type: string,
    render: (data: OpenData, slug: string) => string,
    options: { isDownload?: boolean } = {},
  ) {
    app.get(
      `/events/:slug/${file}`,
      {
        config: { access: COMMITMENT_POLICY.readPublic },
        schema: { tags, params: slugParams, produces: [type.split(';')[0] as string] },
      },
      async (request, reply) => {
        const { slug } = request.params;
        const data = await readOpenData({ db, slug });
        const value = await encoded(data, file, () => render(data, slug));
        reply.header('access-control-allow-origin', '*');
        if (options.isDownload) reply.header('content-disposition', `attachment; filename="${slug}-${file}"`);
        return sendEncoded(request, reply, value, { cacheControl: PUBLIC, type });
      },
    );
  }

  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  publicFile(FILES.commitmentsCsv, TYPES.csv, commitmentsCsv, { isDownload: true });
  publicFile(FILES.reportsCsv, TYPES.csv, reportsCsv, { isDownload: true });
  publicFile(FILES.commitmentsJson, TYPES.json, (data, slug) => json(commitmentsJson(data, base(slug))));
  publicFile(FILES.reportsJson, TYPES.json, (data, slug) => json(reportsJson(data, base(slug))));
  publicFile(FILES.commitmentsSchema, TYPES.schema, (_data, slug) => json(commitmentsSchema(base(slug))));
  publicFile(FILES.reportsSchema, TYPES.schema, (_data, slug) => json(reportsSchema(base(slug))));
  publicFile(FILES.dataPackage, TYPES.json, (data, slug) => json(dataPackage(data, base(slug), pageUrl(slug))));

  // Anyone: new commitments and reports as an Atom feed, in the reader's language.
  app.get(
    '/events/:slug/commitments.atom',
    {
      config: { access: COMMITMENT_POLICY.readPublic },
      schema: {
        tags,
        params: slugParams,
        querystring: z.object({ lang: languageSchema.default('en').describe('the language of the entries') }),
        produces: ['application/atom+xml'],
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      const { lang } = request.query;
      const data = await readOpenData({ db, slug });
      const query = lang === 'en' ? '' : `?lang=${lang}`;
      const links = {
        self: `${config.publicUrl}/events/${slug}/commitments.atom${query}`,
        page: `${pageUrl(slug)}${query}`,
        commitment: (id: string) => `${pageUrl(slug)}/${id}${query}`,
        id: feedId(config.publicUrl, data.event),
      };
      const value = await encoded(data, `atom ${lang}`, () => renderAtom(data, lang, links));
      reply.header('access-control-allow-origin', '*');
      return sendEncoded(request, reply, value, { cacheControl: PUBLIC, type: TYPES.atom });
    },
  );
}
