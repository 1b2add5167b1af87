// The server side of bench/outcome.ts, in a process of its own so the requests' client does not
// share its event loop: an in-memory PGlite, the outcome world of the tests (an event with two
// focus areas, a chair, Indonesia, Finland and Japan taking part), and through the real HTTP API
// (app.inject, as the tests' clients do) a first text of PARAGRAPHS paragraphs, AMENDMENTS
// amendments proposed in VERSIONS batches, one batch against each version, with supports and
// objections, and after each batch but the last one amendment taken in by the chair (the next
// version) and a few rejected. Prints one JSON line once staged and listening on 127.0.0.1; then,
// on stdin, one JSON line per command:
//   times                the server's own p50, p99 and max since the last `times` (Fastify's time)
//   ceiling working      the document API's database reads issued straight through Drizzle, 100 times
//   ceiling compare      the comparison's reads (the two versions) the same way
//   breakdown            the services called in-process, and the answers' encoding and JSON
//   adopt                adoption by consensus: each delegation joins, Finland with a reservation
//   pdf-ceiling L PAGES  pdf-lib writing PAGES pages of the adopted text in L (en or both), no layout
//   exit
import { createInterface } from 'node:readline';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { z } from 'zod';
import { SYSTEM } from '../../src/server/core/auth/actor.js';
import { createMemoryBus } from '../../src/server/core/bus/bus.js';
import { openPglite } from '../../src/server/core/db/open.js';
import { compress } from '../../src/server/core/http/compression.js';
import { findEvent } from '../../src/server/modules/events/operation.service.js';
import { readPublished } from '../../src/server/modules/outcome/adoption.service.js';
import * as repo from '../../src/server/modules/outcome/outcome.repo.js';
import { compare, readWorking } from '../../src/server/modules/outcome/outcome.service.js';
import type { TestClient, TestResponse } from '../../src/server/testing/client.js';
import { buildTestApp, type TestApp, testConfig } from '../../src/server/testing/harness.js';
import { createOutcomeWorld } from '../../src/server/testing/outcome.js';
import {
  comparisonSchema,
  type OutcomeContent,
  PARAGRAPH_STATES,
  workingDocumentSchema,
} from '../../src/shared/outcome.js';
import { listenTimed } from './timed-listen.js';

const PARAGRAPHS = Number(process.env.PARAGRAPHS ?? 200);
const AMENDMENTS = Number(process.env.AMENDMENTS ?? 1000);
const VERSIONS = Number(process.env.VERSIONS ?? 50);
const REPEATS = 100;

const log = (message: string) => process.stderr.write(`outcome-server: ${message}\n`);

// --- The app, listening before anything is sent (the timing hook must come before ready) -----

const database = await openPglite('memory://');
await database.migrate();
const { db } = database;
const config = testConfig({ PUBLIC_URL: 'http://127.0.0.1' });
const bus = createMemoryBus();
const built = await buildTestApp({ config, database, bus });
const { app } = built;
const { port, takeTimes } = await listenTimed(app, 1);
const test: TestApp = {
  ...built,
  db,
  database,
  bus,
  config,
  close: async () => {
    await app.close();
    await database.close();
  },
};

// --- Text: seeded, so every run stages the same document --------------------------------

let seed = Number(process.env.SEED ?? 14) >>> 0;
/** mulberry32: a small, good enough generator with a seed. */
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
const chance = (p: number) => random() < p;

// Each phrase in English and in Indonesian: a paragraph's Indonesian text is its English one's
// translation, phrase by phrase.
type Phrase = readonly [en: string, id: string];
const SUBJECTS: Phrase[] = [
  ['We, the participants,', 'Kami, para peserta,'],
  ['We, the participating States,', 'Kami, negara-negara peserta,'],
  ['We', 'Kami'],
  ['The ministers and heads of delegation', 'Para menteri dan ketua delegasi'],
];
const VERBS: Phrase[] = [
  ['commit to', 'berkomitmen untuk'],
  ['resolve to', 'bertekad untuk'],
  ['encourage all stakeholders to', 'mendorong semua pemangku kepentingan untuk'],
  ['call upon development partners to', 'menyerukan kepada mitra pembangunan untuk'],
  ['reaffirm our determination to', 'menegaskan kembali tekad kami untuk'],
  ['recognise the urgent need to', 'mengakui kebutuhan mendesak untuk'],
  ['invite the secretariat to', 'mengundang sekretariat untuk'],
  ['agree to', 'sepakat untuk'],
];
const OBJECTS: Phrase[] = [
  ['strengthen cross-border data governance frameworks', 'memperkuat kerangka tata kelola data lintas batas'],
  [
    'expand affordable and meaningful connectivity in rural and remote areas',
    'memperluas konektivitas yang terjangkau dan bermakna di daerah perdesaan dan terpencil',
  ],
  [
    'protect critical information infrastructure against cyber incidents',
    'melindungi infrastruktur informasi vital dari insiden siber',
  ],
  [
    'share early warning data on natural hazards in real time',
    'berbagi data peringatan dini tentang bahaya alam secara langsung',
  ],
  [
    'develop digital public infrastructure that is open, secure and inclusive',
    'mengembangkan infrastruktur publik digital yang terbuka, aman, dan inklusif',
  ],
  [
    'build the digital skills of civil servants and diplomats',
    'membangun keterampilan digital aparatur sipil negara dan diplomat',
  ],
  [
    'coordinate humanitarian logistics during large-scale disasters',
    'mengoordinasikan logistik kemanusiaan selama bencana berskala besar',
  ],
  [
    'promote the interoperability of national identity systems',
    'mendorong interoperabilitas sistem identitas nasional',
  ],
  [
    'support micro, small and medium enterprises in adopting digital tools',
    'mendukung usaha mikro, kecil, dan menengah dalam mengadopsi perangkat digital',
  ],
  [
    'establish a regional network of computer emergency response teams',
    'membentuk jaringan regional tim tanggap darurat komputer',
  ],
  [
    'ensure that artificial intelligence is developed and used responsibly',
    'memastikan bahwa kecerdasan artifisial dikembangkan dan digunakan secara bertanggung jawab',
  ],
  ['safeguard personal data and privacy online', 'melindungi data pribadi dan privasi di ranah daring'],
];
const TAILS: Phrase[] = [
  ['in accordance with international law', 'sesuai dengan hukum internasional'],
  ['with due regard to national circumstances and priorities', 'dengan memperhatikan keadaan dan prioritas nasional'],
  ['including for small island developing States', 'termasuk bagi negara berkembang pulau kecil'],
  ['on voluntary and mutually agreed terms', 'atas dasar sukarela dan syarat yang disepakati bersama'],
  [
    'while fully respecting human rights and the rule of law',
    'dengan tetap menghormati sepenuhnya hak asasi manusia dan supremasi hukum',
  ],
  ['before the next meeting of the forum', 'sebelum pertemuan forum berikutnya'],
  ['through regional and South-South cooperation', 'melalui kerja sama regional dan Selatan-Selatan'],
  [
    'with the full and meaningful participation of women and young people',
    'dengan partisipasi penuh dan bermakna dari perempuan dan kaum muda',
  ],
  [
    'building on existing mechanisms and avoiding duplication',
    'dengan memanfaatkan mekanisme yang ada dan menghindari duplikasi',
  ],
  [
    'and to report on progress at the next ministerial meeting',
    'serta melaporkan kemajuannya pada pertemuan tingkat menteri berikutnya',
  ],
];
const JUSTIFICATIONS = [
  'The wording should follow the language agreed at the last ministerial meeting.',
  'Our delegation cannot accept an open-ended commitment without a reference to national circumstances.',
  'This makes the paragraph consistent with the rest of the section.',
  'The paragraph repeats what is already said above; the text is clearer without it.',
  'A concrete deliverable gives the commitment meaning.',
  'Capacity building must reach the countries that need it most.',
];
const REASONS = [
  'Agreed in the informal consultations.',
  'Broad support in the room; no objection raised.',
  'Not supported by the other delegations.',
  'Overtaken by the text agreed on the paragraph.',
  'The chair proposes a bridging text that meets both concerns.',
];

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** One sentence in both languages: subject, verb, object and up to two qualifiers. */
function sentence(): { en: string; id: string } {
  const parts = [pick(SUBJECTS), pick(VERBS), pick(OBJECTS)];
  const tails = Array.from({ length: between(0, 2) }, () => pick(TAILS));
  const join = (i: 0 | 1) =>
    `${parts.map((p) => p[i]).join(' ')}${tails.map((t) => `${i === 0 ? ',' : ''} ${t[i]}`).join('')}.`;
  return { en: join(0), id: join(1) };
}

/** A paragraph of 30-80 English words, with its Indonesian translation. */
function paragraphText(): { en: string; id: string } {
  const target = between(30, 80);
  const out = { en: '', id: '' };
  while (words(out.en) < target) {
    const next = sentence();
    if (words(out.en) >= 30 && words(out.en) + words(next.en) > 80) break;
    out.en = `${out.en} ${next.en}`.trim();
    out.id = `${out.id} ${next.id}`.trim();
  }
  return out;
}

/** A delegation's rewording of a paragraph: one phrase swapped for another, sometimes a qualifier added. */
function reword(text: string): string {
  const found = [...OBJECTS, ...TAILS].filter(([en]) => text.includes(en));
  let out = text;
  if (found.length > 0) {
    const [old] = pick(found);
    const pool = OBJECTS.some(([en]) => en === old) ? OBJECTS : TAILS;
    out = out.replace(old, pick(pool.filter(([en]) => en !== old))[0]);
  }
  if (out === text || chance(0.3)) {
    const stops = [...out.matchAll(/\./g)].map((m) => m.index);
    const at = pick(stops);
    out = `${out.slice(0, at)}, ${pick(TAILS)[0]}${out.slice(at)}`;
  }
  return out.slice(0, 5000).trim();
}

// --- Staging through the API ----------------------------------------------------------------

async function expectStatus<T>(call: Promise<TestResponse<T>>, status: number, what: string) {
  const response = await call;
  if (response.status !== status) throw new Error(`${what}: ${response.status} ${response.body.slice(0, 400)}`);
  return response.json;
}

const staging = performance.now();
const world = await createOutcomeWorld(test);
const { slug, chair } = world;
const api = `/api/events/${slug}/outcome`;
const [policy, crisis] = world.event.focusAreas;
const voices: { id: string; client: TestClient }[] = [
  { id: world.delegations.ID, client: world.indonesia },
  { id: world.delegations.FI, client: world.finland },
  { id: world.delegations.JP, client: world.japanHead },
];
const amendmentsOf = (delegationId: string) => `/api/events/${slug}/delegations/${delegationId}/outcome/amendments`;

const firstPolicy = Math.round(PARAGRAPHS * 0.55);
const paragraphsInput = (n: number) => Array.from({ length: n }, () => ({ text: paragraphText() }));
await expectStatus(
  chair.put(`${api}/text`, {
    baseVersion: 0,
    message: 'First draft of the chair',
    title: { en: 'Bali Message on Digital Cooperation', id: 'Pesan Bali tentang Kerja Sama Digital' },
    preamble: [],
    sections: [
      { focusAreaId: policy?.id as string, paragraphs: paragraphsInput(firstPolicy) },
      { focusAreaId: crisis?.id as string, paragraphs: paragraphsInput(PARAGRAPHS - firstPolicy) },
    ],
  }),
  200,
  'first text',
);
const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
await expectStatus(chair.post(`${api}/stage`, { stage: 'amendments', amendmentDeadline: tomorrow }), 200, 'stage');

const paragraphsOf = (content: OutcomeContent) => [
  ...content.preamble,
  ...content.sections.flatMap((section) => section.paragraphs),
];
const readContent = async (number: number) =>
  (await expectStatus(chair.get<{ content: OutcomeContent }>(`${api}/versions/${number}`), 200, 'version')).content;

let version = 1;
let content = await readContent(1);
const requests = { proposals: 0, positions: 0, withdrawals: 0, accepted: 0, modified: 0, rejected: 0 };
for (let batch = 1; batch <= VERSIONS; batch++) {
  const size = Math.floor((AMENDMENTS * batch) / VERSIONS) - Math.floor((AMENDMENTS * (batch - 1)) / VERSIONS);
  const paragraphs = paragraphsOf(content);
  const proposed: { id: string; by: (typeof voices)[number]; kind: string; text: string | null }[] = [];
  for (let i = 0; i < size; i++) {
    const by = pick(voices);
    const paragraph = pick(paragraphs);
    const roll = random();
    const kind = roll < 0.8 ? 'replace' : roll < 0.92 ? 'insert_after' : 'delete';
    const text =
      kind === 'replace' ? reword(paragraph.text.en ?? '') : kind === 'insert_after' ? paragraphText().en : null;
    const body = { paragraphId: paragraph.id, kind, justification: pick(JUSTIFICATIONS), ...(text ? { text } : {}) };
    const { id } = await expectStatus<{ id: string }>(by.client.post(amendmentsOf(by.id), body), 201, 'propose');
    proposed.push({ id, by, kind, text });
    requests.proposals++;
  }
  // The others' supports and objections: about one in two of the other delegations on each.
  for (const amendment of proposed) {
    for (const other of voices) {
      if (other === amendment.by || !chance(0.55)) continue;
      const position = chance(0.65) ? 'support' : 'object';
      await expectStatus(
        other.client.put(`${amendmentsOf(other.id)}/${amendment.id}/position`, { position }),
        200,
        'position',
      );
      requests.positions++;
    }
  }
  const open = [...proposed];
  const take = () => open.splice(Math.floor(random() * open.length), 1)[0];
  if (chance(0.5)) {
    const gone = take();
    if (gone) {
      await expectStatus(gone.by.client.post(`${amendmentsOf(gone.by.id)}/${gone.id}/withdraw`), 200, 'withdraw');
      requests.withdrawals++;
    }
  }
  const decide = (id: string, body: Record<string, unknown>) =>
    expectStatus<{ version: number }>(
      chair.post(`${api}/amendments/${id}/decision`, { baseVersion: version, reason: pick(REASONS), ...body }),
      200,
      'decision',
    );
  if (batch < VERSIONS) {
    const accepted = take();
    if (!accepted) throw new Error(`batch ${batch} has no amendment to accept`);
    const isModified = accepted.text !== null && chance(0.25);
    const decision = isModified
      ? await decide(accepted.id, { decision: 'accept_modified', text: reword(accepted.text ?? '') })
      : await decide(accepted.id, { decision: 'accept' });
    if (isModified) requests.modified++;
    else requests.accepted++;
    // The rejections are decided against the version the acceptance made.
    version = decision.version;
    for (let i = 0; i < 5; i++) {
      const rejected = take();
      if (!rejected) break;
      await decide(rejected.id, { decision: 'reject' });
      requests.rejected++;
    }
    content = await readContent(version);
  }
  if (batch % 5 === 0)
    log(
      `batch ${batch}/${VERSIONS}: version ${version}, ${requests.proposals} amendments, ${requests.positions} positions, ${((performance.now() - staging) / 1000).toFixed(0)} s`,
    );
}
await expectStatus(chair.post(`${api}/stage`, { stage: 'negotiation' }), 200, 'negotiation');
// Where the chair says the negotiation of some paragraphs stands.
for (const paragraph of paragraphsOf(content).filter(() => chance(0.15)))
  await expectStatus(
    chair.put(`${api}/paragraphs/${paragraph.id}/state`, { state: pick(PARAGRAPH_STATES.slice(1)) }),
    200,
    'state',
  );
const stagedSeconds = (performance.now() - staging) / 1000;

const event = await findEvent(db, slug);
const amendmentRows = await repo.listAmendments(db, event.id);
const tally = (values: string[]) =>
  Object.fromEntries([...new Set(values)].sort().map((v) => [v, values.filter((x) => x === v).length]));
const counts = {
  paragraphs: { first: PARAGRAPHS, last: paragraphsOf(content).length },
  versions: version,
  amendments: amendmentRows.length,
  byStatus: tally(amendmentRows.map((row) => row.status)),
  byKind: tally(amendmentRows.map((row) => row.kind)),
  againstVersions: new Set(amendmentRows.map((row) => row.againstVersion)).size,
  positions: (await repo.listPositions(db, event.id)).length,
  requests,
};
takeTimes();
log(`staged in ${stagedSeconds.toFixed(1)} s`);

// --- The ceilings and the in-process breakdown ----------------------------------------------

/** p50, p99 and max in milliseconds of `n` runs of the work, one after another (as listenTimed counts). */
async function repeat(n: number, work: () => Promise<unknown> | unknown) {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  times.sort((x, y) => x - y);
  const at = (q: number) => Number((times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(1));
  return { p50: at(0.5), p99: at(0.99), max: at(1) };
}

/** What readWorking reads, the same statements through Drizzle: the event, the document, its text, the amendments, the positions. */
async function workingReads() {
  const found = await findEvent(db, slug);
  const doc = await repo.findDocument(db, found.id);
  const current = await repo.findVersion(db, found.id, doc?.version ?? 0);
  const [rows, positions] = await Promise.all([repo.listAmendments(db, found.id), repo.listPositions(db, found.id)]);
  return [current, rows, positions];
}

/** What compare reads: the event and the two versions. */
async function compareReads() {
  const found = await findEvent(db, slug);
  return Promise.all([1, version].map((n) => repo.findVersion(db, found.id, n)));
}

/** Each service without HTTP, then what the route does with its answer: the schema's encoding and JSON. */
async function breakdown() {
  const working = () => readWorking({ db, actor: SYSTEM, slug });
  const comparison = () => compare({ db, actor: SYSTEM, slug, from: 1, to: version, language: 'en' });
  const doc = await working();
  const diff = await comparison();
  const encode = (schema: z.ZodType, value: unknown) => JSON.stringify(z.encode(schema, value));
  // What the server's onSend hook does with an answer this big for a browser (brotli) or another client (gzip).
  const coded = async (json: string) => {
    const body = Buffer.from(json);
    return {
      brotli: await repeat(20, () => compress(body, 'br', 'live')),
      gzip: await repeat(20, () => compress(body, 'gzip', 'live')),
    };
  };
  // The working document's reads one by one, 20 times each: where the ceiling's time goes.
  const { id } = await findEvent(db, slug);
  const doc0 = await repo.findDocument(db, id);
  const reads = {
    event: await repeat(20, () => findEvent(db, slug)),
    document: await repeat(20, () => repo.findDocument(db, id)),
    currentVersion: await repeat(20, () => repo.findVersion(db, id, doc0?.version ?? 0)),
    amendments: await repeat(20, () => repo.listAmendments(db, id)),
    positions: await repeat(20, () => repo.listPositions(db, id)),
  };
  return {
    reads,
    working: {
      service: await repeat(REPEATS, working),
      encodeAndStringify: await repeat(20, () => encode(workingDocumentSchema, doc)),
      stringifyOnly: await repeat(20, () => JSON.stringify(doc)),
      ...(await coded(JSON.stringify(doc))),
      bytes: Buffer.byteLength(JSON.stringify(doc)),
    },
    compare: {
      service: await repeat(REPEATS, comparison),
      encodeAndStringify: await repeat(20, () => encode(comparisonSchema, diff)),
      stringifyOnly: await repeat(20, () => JSON.stringify(diff)),
      ...(await coded(JSON.stringify(diff))),
      bytes: Buffer.byteLength(JSON.stringify(diff)),
    },
  };
}

/** Consensus: Indonesia joins, Finland with a reservation on two paragraphs, Japan with an explanation; the chair adopts. */
async function adopt() {
  const started = performance.now();
  const inTwoHours = new Date(Date.now() + 2 * 3_600_000).toISOString();
  await expectStatus(chair.post(`${api}/adoption`, { method: 'consensus', deadline: inTwoHours }), 200, 'adoption');
  const answer = (voice: (typeof voices)[number], body: Record<string, unknown>) =>
    expectStatus(voice.client.put(`/api/events/${slug}/delegations/${voice.id}/outcome/adoption`, body), 200, 'join');
  const [indonesia, finland, japan] = voices as [
    (typeof voices)[number],
    (typeof voices)[number],
    (typeof voices)[number],
  ];
  const ids = paragraphsOf(content).map((p) => p.id);
  await answer(indonesia, { choice: 'join' });
  await answer(finland, {
    choice: 'join_with_reservation',
    text: 'Finland reads the commitments on data governance as subject to its constitutional protection of privacy.',
    paragraphIds: [ids[3], ids[120]].filter(Boolean),
  });
  await answer(japan, { choice: 'join', explanation: 'Japan supports the text as a whole and will implement it.' });
  const adopted = await expectStatus<{ sha256: string }>(chair.post(`${api}/adopt`), 200, 'adopt');
  return { sha256: adopted.sha256, ms: Math.round(performance.now() - started) };
}

/**
 * pdf-lib's floor for a document of this many pages: the adopted text's words drawn line by
 * line with a standard font (no embedding, no shaping, no measuring, no wrapping by width),
 * a fixed count of characters a line and lines a page, then saved as the product saves.
 */
async function pdfCeiling(lang: string, pages: number) {
  const published = await readPublished({ db, slug });
  const languages = lang === 'both' ? ['en', 'id'] : [lang];
  const paragraphs = paragraphsOf(published.content);
  const perLine = languages.length > 1 ? 48 : 95;
  const linesOf = (language: string) => {
    const text = paragraphs.map((p) => p.text[language] ?? p.text.en ?? '').join(' ');
    const lines: string[] = [];
    for (let at = 0; at < text.length; at += perLine) lines.push(text.slice(at, at + perLine));
    return lines;
  };
  const columns = languages.map(linesOf);
  const run = async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    const perPage = 52;
    for (let n = 0; n < pages; n++) {
      const page = pdf.addPage([595.28, 841.89]);
      columns.forEach((lines, c) => {
        for (let l = 0; l < perPage; l++) {
          const line = lines[(n * perPage + l) % lines.length] ?? '';
          page.drawText(line, { x: 56 + c * 251, y: 785 - l * 14, size: 9, font });
        }
      });
    }
    return pdf.save({ useObjectStreams: true, objectsPerTick: 200 });
  };
  const bytes = (await run()).length;
  return { ...(await repeat(5, run)), bytes };
}

console.log(JSON.stringify({ port, slug, cookie: chair.cookie, stagedSeconds, counts }));

for await (const line of createInterface({ input: process.stdin })) {
  const [command, a, b] = line.trim().split(' ');
  if (command === 'times') console.log(JSON.stringify(takeTimes()));
  if (command === 'ceiling' && a === 'working') console.log(JSON.stringify(await repeat(REPEATS, workingReads)));
  if (command === 'ceiling' && a === 'compare') console.log(JSON.stringify(await repeat(REPEATS, compareReads)));
  if (command === 'breakdown') console.log(JSON.stringify(await breakdown()));
  if (command === 'adopt') console.log(JSON.stringify(await adopt()));
  if (command === 'pdf-ceiling') console.log(JSON.stringify(await pdfCeiling(a ?? 'en', Number(b))));
  if (command === 'exit') break;
}
await test.close();
process.exit(0);
