import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PublishedOutcome } from '../../../shared/outcome.js';
import { getBytes } from '../../testing/badgeHolders.js';
import { expectProblem, fieldsOf } from '../../testing/expect.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { createOutcomeWorld, firstText } from '../../testing/outcome.js';
import { hasPoppler, pdfText } from '../../testing/pdf.js';
import { adoptSilenceDue } from './adoption.service.js';
import { outcomeDocuments } from './outcome.tables.js';

type World = Awaited<ReturnType<typeof createOutcomeWorld>>;
const hoursFromNow = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

describe.each(BACKENDS)('adopting the outcome document (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  const api = (w: World) => `/api/events/${w.slug}/outcome`;
  const answer = (w: World, client: World['chair'], delegationId: string, body: Record<string, unknown>) =>
    client.put(`/api/events/${w.slug}/delegations/${delegationId}/outcome/adoption`, body);

  /** A text negotiated and ready: saved, through the amendments, in negotiation. */
  async function negotiatedWorld() {
    const w = await createOutcomeWorld(test);
    await w.chair.put(`${api(w)}/text`, firstText(w));
    await w.chair.post(`${api(w)}/stage`, { stage: 'amendments', amendmentDeadline: hoursFromNow(24) });
    await w.chair.post(`${api(w)}/stage`, { stage: 'negotiation' });
    const { content } = (await w.chair.get(`${api(w)}/working`)).json;
    return { w, policy: content.sections[0].paragraphs[0].id as string };
  }

  it('adopts by consensus once every participating delegation joined, freezes the text and publishes it with its hash', async () => {
    const { w, policy } = await negotiatedWorld();
    expectProblem(await w.public.get(`/events/${w.slug}/outcome.json`), 404, 'outcome.not_adopted');
    expectProblem(
      await w.indonesia.post(`${api(w)}/adoption`, { method: 'consensus', deadline: hoursFromNow(2) }),
      403,
      'auth.forbidden',
    );
    expect((await w.chair.post(`${api(w)}/adoption`, { method: 'consensus', deadline: hoursFromNow(2) })).status).toBe(
      200,
    );
    expect((await answer(w, w.indonesia, w.delegations.ID, { choice: 'join' })).status).toBe(200);
    expectProblem(await w.chair.post(`${api(w)}/adopt`), 409, 'outcome.not_all_joined');
    const reservation = {
      choice: 'join_with_reservation',
      text: 'Finland reads open data as subject to its privacy law.',
      paragraphIds: [policy],
    };
    expect((await answer(w, w.finland, w.delegations.FI, reservation)).status).toBe(200);
    expectProblem(await answer(w, w.malaysia, w.delegations.MY, { choice: 'join' }), 409, 'outcome.not_participating');
    expectProblem(await answer(w, w.japanDelegate, w.delegations.JP, { choice: 'join' }), 403, 'auth.forbidden');
    expect(fieldsOf(await answer(w, w.japanHead, w.delegations.JP, { choice: 'break_silence', text: 'No.' }))).toEqual([
      'choice',
    ]);
    expect(
      (await answer(w, w.japanHead, w.delegations.JP, { choice: 'join', explanation: 'Japan supports the text.' }))
        .status,
    ).toBe(200);
    const board = (await w.chair.get(`${api(w)}/adoption`)).json;
    expect(board.delegations.map((d: { choice: string }) => d.choice)).toEqual([
      'join',
      'join_with_reservation',
      'join',
    ]);

    const adopted = (await w.chair.post(`${api(w)}/adopt`)).json;
    expect(adopted).toMatchObject({ stage: 'adopted', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const published = (await w.public.get<PublishedOutcome>(`/events/${w.slug}/outcome.json`)).json;
    expect(published).toMatchObject({
      sha256: adopted.sha256,
      adoptedAt: adopted.adoptedAt,
      method: 'consensus',
      version: 1,
    });
    expect(published.reservations).toEqual([
      { delegationId: w.delegations.FI, paragraphIds: [policy], text: reservation.text },
    ]);
    expect(published.explanations).toEqual([{ delegationId: w.delegations.JP, text: 'Japan supports the text.' }]);
    expect(published.delegations.map((d) => d.name.en)).toEqual(['Indonesia', 'Finland', 'Japan']);
    // The published hash is the SHA-256 of outcome.txt in English, byte for byte.
    const english = await w.public.get(`/events/${w.slug}/outcome.txt?lang=en`);
    expect(english.headers['content-type']).toContain('text/plain; charset=utf-8');
    expect(createHash('sha256').update(english.body, 'utf8').digest('hex')).toBe(published.sha256);
    expect(english.body).toContain('1. We commit to open data.');
    expect(english.body).toContain(`Reservation [1] Finland: ${reservation.text}`);
    const indonesian = (await w.public.get(`/events/${w.slug}/outcome.txt?lang=id`)).body;
    expect(indonesian).toContain('1. Kami berkomitmen pada data terbuka.');
    expect(indonesian.startsWith('Pesan Bali\n\n')).toBe(true);

    const akn = await w.public.get(`/events/${w.slug}/outcome.akn.xml?lang=id`);
    expect(akn.headers['content-type']).toContain('application/akn+xml');
    expect(akn.body).toContain('<docTitle>Pesan Bali</docTitle>');
    expect(akn.body).toContain(published.sha256);

    const pdf = await getBytes(test, null, `/events/${w.slug}/outcome.pdf?lang=both`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    if (hasPoppler) {
      const printed = pdfText(pdf.bytes).replace(/\s+/g, ' ');
      expect(printed).toContain(published.sha256);
      expect(printed).toContain('Kami berkomitmen pada data terbuka.');
      expect(printed).toContain(reservation.text);
    }

    // Frozen: every write on it is refused, by whoever.
    const frozen = [
      await w.chair.put(`${api(w)}/text`, { ...firstText(w), baseVersion: 1 }),
      await w.chair.post(`${api(w)}/stage`, { stage: 'negotiation' }),
      await w.chair.put(`${api(w)}/paragraphs/${policy}/state`, { state: 'agreed' }),
      await w.chair.put(`${api(w)}/public-draft`, { isDraftPublic: false }),
      await w.chair.post(`${api(w)}/adopt`),
      await answer(w, w.indonesia, w.delegations.ID, { choice: 'join' }),
      await w.indonesia.post(`/api/events/${w.slug}/delegations/${w.delegations.ID}/outcome/amendments`, {
        paragraphId: policy,
        kind: 'delete',
        justification: 'Too late.',
      }),
    ];
    for (const response of frozen) expectProblem(response, 409, 'outcome.frozen');
    expect((await w.public.get(`/events/${w.slug}/outcome.json`)).json.sha256).toBe(published.sha256);
  });

  it('by silence procedure: at least 72 hours, halted by a delegation breaking it, adopted at the deadline otherwise', async () => {
    const { w } = await negotiatedWorld();
    const open = () => w.chair.post(`${api(w)}/adoption`, { method: 'silence', deadline: hoursFromNow(73) });
    expect(
      fieldsOf(await w.chair.post(`${api(w)}/adoption`, { method: 'silence', deadline: hoursFromNow(48) })),
    ).toEqual(['deadline']);
    expect((await open()).status).toBe(200);
    expect(fieldsOf(await answer(w, w.finland, w.delegations.FI, { choice: 'break_silence' }))).toEqual(['text']);
    const broken = await answer(w, w.finland, w.delegations.FI, {
      choice: 'break_silence',
      text: 'Paragraph 1 needs more work.',
    });
    expect(broken.json).toEqual({ choice: 'break_silence', stage: 'negotiation' });
    expect((await w.chair.get(`${api(w)}/working`)).json.stage).toBe('negotiation');

    expect((await open()).status).toBe(200);
    expectProblem(await w.chair.post(`${api(w)}/adopt`), 409, 'outcome.silence_running');
    // The deadline passes unbroken; the node's job adopts the text.
    await test.db
      .update(outcomeDocuments)
      .set({ adoptionDeadline: new Date(Date.now() - 1000) })
      .where(eq(outcomeDocuments.eventId, w.event.id));
    // Two nodes' jobs at once: one adopts, the other finds it adopted already and says nothing.
    const warnings: unknown[] = [];
    const log = { warn: (...args: unknown[]) => void warnings.push(args) } as unknown as FastifyBaseLogger;
    await Promise.all([
      adoptSilenceDue(test.db, async () => w.slug, log),
      adoptSilenceDue(test.db, async () => w.slug, log),
    ]);
    expect(warnings).toEqual([]);
    const published = (await w.public.get<PublishedOutcome>(`/events/${w.slug}/outcome.json`)).json;
    expect(published.method).toBe('silence');
    expect(published.delegations.map((d) => d.name.en)).toEqual(['Indonesia', 'Finland', 'Japan']);
    expect(published.reservations).toEqual([]);
  });
});
