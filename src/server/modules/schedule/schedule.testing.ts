// Test support for the exports: the c3voc schemas from ../shared beside the project, and checks
// that run the independent validators (xmllint for the XML, ajv for the JSON) on what we write.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { SessionView } from '../../../shared/programme.js';
import { PROJECT_ROOT } from '../../core/paths.js';
import type { TestResponse } from '../../testing/client.js';
import { createTestEvent, signedInClient } from '../../testing/factories.js';
import type { TestApp } from '../../testing/harness.js';
import { HOSTILE_TITLE, PANEL_TITLES } from './schedule.fixture.js';

export const XML_SCHEMA = path.resolve(PROJECT_ROOT, '../shared/schemas/c3voc/schedule.xml.xsd');
export const JSON_SCHEMA = path.resolve(PROJECT_ROOT, '../shared/schemas/c3voc/schema.json');

/** Whether the schema is there; says which file is missing when it is not (CI always has it). */
export function hasSchema(file: string): boolean {
  if (existsSync(file)) return true;
  console.warn(`skipped: the c3voc schema ${file} is not beside the project`);
  return false;
}

/** xmllint's verdict on the document against the frab XSD: '' when valid, else its complaints. */
export function xmllintErrors(xml: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'pendopo-xml-'));
  try {
    const file = path.join(dir, 'schedule.xml');
    writeFileSync(file, xml);
    const run = spawnSync('xmllint', ['--noout', '--schema', XML_SCHEMA, file], { encoding: 'utf8' });
    if (run.error) throw run.error;
    return run.status === 0 ? '' : run.stderr;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** ajv on the c3voc JSON schema (draft-06, so the draft-06 meta-schema; `strict: false` as c3voc advise). */
export function jsonSchemaErrors(): (document: unknown) => string {
  const ajv = new Ajv({ strict: false, allErrors: true });
  ajv.addMetaSchema(
    JSON.parse(
      readFileSync(path.resolve(PROJECT_ROOT, 'node_modules/ajv/dist/refs/json-schema-draft-06.json'), 'utf8'),
    ),
  );
  addFormats.default(ajv);
  // The schema's "color" format is its own; CSS colours as it means them.
  ajv.addFormat('color', /^(#[0-9a-fA-F]{3,8}|[a-z]+)$/);
  const validate = ajv.compile(JSON.parse(readFileSync(JSON_SCHEMA, 'utf8')));
  return (document) => (validate(document) ? '' : ajv.errorsText(validate.errors, { separator: '\n' }));
}

/** An event like ICDD 2021 (Asia/Makassar) with its programme made and published through the API. */
export async function publishIcddLikeProgramme(test: TestApp) {
  const rooms = [
    { name: { en: 'Plenary hall', id: 'Ruang pleno' }, capacity: 500 },
    ...['A', 'B', 'C', 'D'].map((letter) => ({
      name: { en: `Panel room ${letter}`, id: `Ruang panel ${letter}` },
      capacity: 80,
    })),
  ];
  const event = await createTestEvent(test.db, {
    startsAt: '2021-11-16T13:00:00+08:00',
    endsAt: '2021-11-16T17:40:00+08:00',
    timeZone: 'Asia/Makassar',
    venue: { name: 'Conrad Bali', city: 'Nusa Dua', country: 'ID' },
    rooms,
  });
  const { client } = await signedInClient(test, { eventId: event.id, roles: ['organizer'] });
  const api = (rest: string) => `/api/events/${event.slug}${rest}`;
  const ok = (response: TestResponse) => {
    if (response.status >= 300) throw new Error(`${response.status} ${response.body}`);
    return response.json;
  };
  const moderator = ok(
    await client.post(api('/speakers'), { name: 'Ayu Lestari', bio: { en: 'Moderator.', id: 'Moderator.' } }),
  );
  const [plenary, ...panelRooms] = event.rooms;
  const session = async (body: Record<string, unknown>) =>
    ok(await client.post(api('/sessions'), { roomId: plenary?.id, ...body })) as SessionView;
  const opening = await session({
    type: 'opening',
    title: { en: 'Opening', id: 'Pembukaan' },
    description: { en: 'Welcome to Bali.', id: 'Selamat datang di Bali.' },
    startsAt: '2021-11-16T13:00:00+08:00',
    endsAt: '2021-11-16T13:30:00+08:00',
  });
  const panels: SessionView[] = [];
  for (const [i, title] of PANEL_TITLES.entries()) {
    panels.push(
      await session({
        type: 'panel',
        title,
        roomId: panelRooms[i]?.id,
        startsAt: '2021-11-16T14:30:00+08:00',
        endsAt: '2021-11-16T16:00:00+08:00',
        ...(i === 0 ? { moderatorId: moderator.id } : {}),
      }),
    );
  }
  const closing = await session({
    type: 'closing',
    title: { en: HOSTILE_TITLE.replace('\u0001', ''), id: 'Penutupan' },
    startsAt: '2021-11-16T16:00:00+08:00',
    endsAt: '2021-11-16T17:40:00+08:00',
  });
  ok(await client.post(api('/programme/publish')));
  return { event, client, api, ok, sessions: { opening, panels, closing } };
}
