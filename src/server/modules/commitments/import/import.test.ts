import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CommitmentImportCheck, CommitmentImportView } from '../../../../shared/commitmentImport.js';
import { auditLog } from '../../../core/audit/audit.tables.js';
import { expectProblem, fieldsOf } from '../../../testing/expect.js';
import { BACKENDS, startSecondNode, startTestApp, type TestApp } from '../../../testing/harness.js';
import { createOutcomeWorld } from '../../../testing/outcome.js';
import { commitmentImports, commitments } from '../commitments.tables.js';
import { fillTracker, trackedWorld, type World } from '../opendata/opendata.world.js';
import { runQueuedImports } from './import.jobs.js';
import { editCsv, manyCommitments, onlyRows, tokenized } from './import.testing.js';

describe.each(BACKENDS)('the secretariat’s import of commitments (%s)', (backend) => {
  let test: TestApp;
  let source: World;
  let files: { csv: string; reportsCsv: string };
  beforeAll(async () => {
    test = await startTestApp(backend);
    source = await trackedWorld(test);
    await fillTracker(source);
    files = {
      csv: (await source.public.get(`/events/${source.slug}/commitments.csv`)).body,
      reportsCsv: (await source.public.get(`/events/${source.slug}/commitment-reports.csv`)).body,
    };
  });
  afterAll(() => test.close());

  const imports = (w: World, rest = '') => `/api/events/${w.slug}/commitments/imports${rest}`;
  const exported = async (w: World, file: string) => (await w.public.get(`/events/${w.slug}/${file}`)).body;
  const progress = (w: World, id: string) => w.chair.get<CommitmentImportView>(imports(w, `/${id}`));

  it('gives the same records after export then import into an empty event', async () => {
    const target = await trackedWorld(test);
    const dry = await target.chair.post<CommitmentImportCheck>(imports(target), { ...files, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.json).toEqual({ rows: 7, commitments: 3, reports: 4, errors: [] });
    expect(JSON.parse(await exported(target, 'commitments.json')).commitments).toEqual([]);

    const queued = await target.chair.post(imports(target), { ...files, dryRun: false });
    expect(queued.status).toBe(202);
    expect(queued.json).toEqual({ importId: expect.any(String), total: 7 });
    expect((await progress(target, queued.json.importId)).json).toMatchObject({ state: 'queued', done: 0, total: 7 });
    expect(await runQueuedImports(test.ctx)).toBe(1);
    const finished = (await progress(target, queued.json.importId)).json;
    expect(finished).toMatchObject({ state: 'done', done: 7, total: 7, errors: [] });
    expect(finished.finishedAt).not.toBeNull();

    // Byte for byte, each id aside (the same record keeps its place, so its stand-in too).
    for (const file of ['commitments.csv', 'commitment-reports.csv'])
      expect(tokenized(await exported(target, file)), file).toBe(tokenized(await exported(source, file)));
    for (const file of ['commitments.json', 'commitment-reports.json']) {
      const strip = (body: string) => ({ ...JSON.parse(tokenized(body)), $schema: null, event: null });
      expect(strip(await exported(target, file)), file).toEqual(strip(await exported(source, file)));
    }
    // Each record written audited as the secretariat account that started the import.
    const [run] = await test.db.select().from(commitmentImports).where(eq(commitmentImports.id, queued.json.importId));
    const audited = await test.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.eventId, target.event.id)));
    const actions = audited.filter((a) => a.action.endsWith('imported'));
    expect(actions.map((a) => a.action).sort()).toEqual([
      ...Array(3).fill('commitment.imported'),
      ...Array(4).fill('commitment.report_imported'),
    ]);
    expect(new Set(actions.map((a) => a.actorId))).toEqual(new Set([run?.startedBy]));
    expect(run?.startedBy).toBeTruthy();
    // The files are not kept once it ends (they can hold contact data); its counts are.
    expect(run).toMatchObject({ csv: '', reportsCsv: null, total: 7, done: 7, errors: [] });
  });

  it('imports a row once: the same file again, or the event’s own export, is refused row by row', async () => {
    const target = await trackedWorld(test);
    const first = await target.chair.post(imports(target), { ...files, dryRun: false });
    // Sent twice before the job runs: both pass the check, the job's second look refuses the second.
    const again = await target.chair.post(imports(target), { ...files, dryRun: false });
    expect(await runQueuedImports(test.ctx)).toBe(2);
    expect((await progress(target, first.json.importId)).json).toMatchObject({ state: 'done', done: 7 });
    const second = (await progress(target, again.json.importId)).json;
    const present = [2, 3, 4].map((row) => ['csv', row, 'id', 'field.already_present']);
    expect(second).toMatchObject({ state: 'failed', done: 0 });
    expect(second.errors.map((e) => [e.file, e.row, e.field, e.code])).toEqual(present);
    const own = {
      csv: await exported(target, 'commitments.csv'),
      reportsCsv: await exported(target, 'commitment-reports.csv'),
    };
    for (const sent of [files, own]) {
      const dry = await target.chair.post<CommitmentImportCheck>(imports(target), { ...sent, dryRun: true });
      expect(dry.json.errors.map((e) => [e.file, e.row, e.field, e.code])).toEqual(present);
      expectProblem(
        await target.chair.post(imports(target), { ...sent, dryRun: false }),
        400,
        'commitments.import_invalid',
      );
    }
    expect(JSON.parse(await exported(target, 'commitments.json')).commitments).toHaveLength(3);
    expect(JSON.parse(await exported(target, 'commitment-reports.json')).reports).toHaveLength(4);
  });

  it('lands whole or not at all: a chunk that fails removes the chunks written before it', async () => {
    const target = await trackedWorld(test);
    const queued = await target.chair.post(imports(target), { ...files, dryRun: false });
    // The file's second commitment, queued too; another node writes it while the first import runs.
    const other = await target.chair.post(imports(target), { csv: onlyRows(files.csv, [3]), dryRun: false });
    const seen: number[] = [];
    const ran = await runQueuedImports(test.ctx, {
      chunkRecords: 1,
      onChunk: async ({ done }) => {
        seen.push(done);
        if (seen.length === 1) expect(await runQueuedImports({ ...test.ctx })).toBe(1);
      },
    });
    expect(ran).toBe(1);
    expect(seen[0]).toBeGreaterThan(0);
    // Its second chunk meets that commitment's row (the database's unique key): the first chunk is undone.
    const failed = (await progress(target, queued.json.importId)).json;
    expect(failed).toMatchObject({ state: 'failed', done: 0, total: 7 });
    expect(failed.errors).toEqual([
      expect.objectContaining({ field: 'import', message: expect.stringMatching(/^stopped after 1 .*unique/) }),
    ]);
    expect((await progress(target, other.json.importId)).json).toMatchObject({ state: 'done', done: 1 });
    const left = await test.db
      .select({ importId: commitments.importId })
      .from(commitments)
      .where(eq(commitments.eventId, target.event.id));
    expect(left).toEqual([{ importId: other.json.importId }]);
    expect(JSON.parse(await exported(target, 'commitment-reports.json')).reports).toEqual([]);
    const rows = await test.db.select().from(commitmentImports).where(eq(commitmentImports.eventId, target.event.id));
    expect(rows.map((r) => [r.csv, r.reportsCsv])).toEqual([
      ['', null],
      ['', null],
    ]);
  });

  it('names every bad row and field, and imports nothing while any is bad; a dry run writes nothing', async () => {
    const target = await trackedWorld(test);
    const csv = editCsv(files.csv, {
      2: { country: 'BR', type: 'pledge', title_en: '' },
      3: { focus_area: '9', deliverables: '[{"title":{"en":"x"},"due_on":"soon","weight":1}]' },
      4: { completion_confirmed_at: '2024-01-01T00:00:00Z' },
    });
    const reportsCsv = editCsv(files.reportsCsv, {
      2: { commitment_id: 'no-such-row' },
      5: { deliverable_progress: '[10,20,30]', status: 'late' },
    });
    const dry = await target.chair.post<CommitmentImportCheck>(imports(target), { csv, reportsCsv, dryRun: true });
    expect(dry.status).toBe(200);
    expect(dry.json.errors.map((e) => [e.file, e.row, e.field, e.code])).toEqual([
      ['csv', 2, 'country', 'field.not_found'],
      ['csv', 2, 'title_en', 'field.invalid'],
      ['csv', 2, 'type', 'field.not_an_option'],
      ['csv', 3, 'focus_area', 'field.not_found'],
      ['csv', 3, 'deliverables', 'field.invalid_format'],
      ['csv', 4, 'completion_confirmed_at', 'field.wrong_state'],
      ['reportsCsv', 2, 'commitment_id', 'field.not_found'],
      ['reportsCsv', 5, 'deliverable_progress', 'field.incomplete'],
      ['reportsCsv', 5, 'status', 'field.not_an_option'],
    ]);
    expect(dry.json).toMatchObject({ rows: 7, commitments: 3, reports: 4 });
    const refused = await target.chair.post(imports(target), { csv, reportsCsv, dryRun: false });
    expectProblem(refused, 400, 'commitments.import_invalid');
    expect(fieldsOf(refused)).toContain('csv.3.focus_area');
    expect(fieldsOf(refused)).toContain('reportsCsv.5.deliverable_progress');
    expect(fieldsOf(refused)).toHaveLength(dry.json.errors.length);
    const queued = await test.db.select().from(commitmentImports).where(eq(commitmentImports.eventId, target.event.id));
    expect(queued).toEqual([]);
    expect(await runQueuedImports(test.ctx)).toBe(0);
    expect(JSON.parse(await exported(target, 'commitments.json')).commitments).toEqual([]);

    const header = await target.chair.post<CommitmentImportCheck>(imports(target), {
      csv: files.csv.replace('title_en', 'titel_en').replace(',lead,', ',leader,'),
      dryRun: true,
    });
    expect(header.json.errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [1, 'title_en', 'field.required'],
      [1, 'lead', 'field.required'],
      [1, 'titel_en', 'field.unknown_key'],
      [1, 'leader', 'field.unknown_key'],
    ]);
    const shifted = await target.chair.post<CommitmentImportCheck>(imports(target), {
      csv: `${files.csv}${files.csv.split('\r\n')[1]},one cell too many\r\n`,
      dryRun: true,
    });
    expect(shifted.json.errors.map((e) => [e.row, e.field, e.code])).toEqual([[5, 'csv', 'field.cell_count']]);
  });

  it('lets only the secretariat import, into an event with an adopted text, and knows only its own imports', async () => {
    const target = await trackedWorld(test);
    const body = { ...files, dryRun: true };
    expectProblem(await target.public.post(imports(target), body), 401, 'auth.required');
    expectProblem(await target.indonesia.post(imports(target), body), 403, 'auth.forbidden');
    const notAdopted = await createOutcomeWorld(test);
    expectProblem(
      await notAdopted.chair.post(`/api/events/${notAdopted.slug}/commitments/imports`, body),
      409,
      'commitments.not_adopted',
    );
    expectProblem(await progress(target, randomUUID()), 404, 'commitments.import_not_found');
    const other = await trackedWorld(test);
    const theirs = await other.chair.post(imports(other), { csv: manyCommitments(files.csv, 1), dryRun: false });
    expect(theirs.status).toBe(202);
    expectProblem(await progress(target, theirs.json.importId), 404, 'commitments.import_not_found');
    expect(await runQueuedImports(test.ctx)).toBe(1);
  });

  it('runs a long import in chunks whose progress shows while it runs, and a node taking over a silent one resumes it', async () => {
    const target = await trackedWorld(test);
    const csv = manyCommitments(files.csv, 8);
    const queued = await target.chair.post(imports(target), { csv, dryRun: false });
    expect(queued.json.total).toBe(24);
    const seen: [string, number][] = [];
    const ran = await runQueuedImports(test.ctx, {
      chunkRecords: 5,
      onChunk: async ({ importId, done }) => {
        const view = (await progress(target, importId)).json;
        seen.push([view.state, view.done]);
        // After the second chunk its runner falls silent and another holds it: the next turn takes it over.
        if (done === 10)
          await test.db
            .update(commitmentImports)
            .set({ runner: randomUUID(), heartbeatAt: new Date(Date.now() - 3_600_000) })
            .where(eq(commitmentImports.id, importId));
      },
    });
    expect(ran).toBe(2);
    expect(seen).toEqual([
      ['running', 5],
      ['running', 10],
      ['running', 15],
      ['running', 20],
      ['done', 24],
    ]);
    expect(JSON.parse(await exported(target, 'commitments.json')).commitments).toHaveLength(24);
  });

  it.skipIf(backend !== 'postgres')('imports once with two nodes running the job at once', async () => {
    const second = await startSecondNode(test);
    try {
      const target = await trackedWorld(test);
      const queued = await target.chair.post(imports(target), { ...files, dryRun: false });
      expect(queued.status).toBe(202);
      const ran = await Promise.all([
        runQueuedImports(test.ctx, { chunkRecords: 2 }),
        runQueuedImports(second.ctx, { chunkRecords: 2 }),
      ]);
      expect(ran.sort()).toEqual([0, 1]);
      expect((await progress(target, queued.json.importId)).json).toMatchObject({ state: 'done', done: 7 });
      expect(tokenized(await exported(target, 'commitments.csv'))).toBe(tokenized(files.csv));
    } finally {
      await second.close();
    }
  });
});
