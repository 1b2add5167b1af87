import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUESTIONS_PER_MINUTE } from '../../../shared/live.js';
import { TestClient } from '../../testing/client.js';
import { expectProblem } from '../../testing/expect.js';
import { signedInClient } from '../../testing/factories.js';
import { BACKENDS, startTestApp, type TestApp } from '../../testing/harness.js';
import { ask, createLiveSession, moderate } from '../../testing/live.js';
import { allRowsAsText, auditRowsAfter, lastAuditId } from '../../testing/records.js';
import { registrantClient } from '../../testing/registrants.js';

describe.each(BACKENDS)('questions (%s)', (backend) => {
  let test: TestApp;
  beforeAll(async () => {
    test = await startTestApp(backend);
  });
  afterAll(() => test.close());

  it('waits for a moderator before the public sees it; the asker sees their own meanwhile', async () => {
    const { base, sessionId, live, ayu, budi, moderator } = await createLiveSession(test);
    const response = await ayu.post(`${base}/sessions/${sessionId}/questions`, {
      text: '  How will you close the digital divide?  ',
    });
    expect(response.status).toBe(201);
    expect(response.json.status).toBe('pending');
    const id = response.json.id as string;

    expect((await budi.get(live)).json.questions).toEqual([]);
    const own = (await ayu.get(live)).json;
    expect(own.mine.map((q: { id: string; text: string }) => [q.id, q.text])).toEqual([
      [id, 'How will you close the digital divide?'],
    ]);
    const screened = (await moderator.get(`${live}?view=moderation`)).json;
    expect(screened.questions).toMatchObject([{ id, status: 'pending', author: 'Ayu Lestari' }]);

    await moderate(moderator, base, id, 'approve');
    const publicView = (await new TestClient(test.app).get(live)).json;
    expect(publicView.questions).toMatchObject([{ id, status: 'approved', author: 'Ayu Lestari', votes: 0 }]);
  });

  it('never shows the public who asked anonymously, while moderators see the name', async () => {
    const { base, sessionId, live, ayu, moderator } = await createLiveSession(test);
    const id = await ask(ayu, base, sessionId, 'Who pays for the cables?', true);
    await moderate(moderator, base, id, 'approve');
    await moderate(moderator, base, id, 'show');
    const publicBody = (await new TestClient(test.app).get(live)).body;
    expect(publicBody).toContain('Who pays for the cables?');
    expect(publicBody).not.toContain('Ayu');
    expect((await moderator.get(`${live}?view=moderation`)).json.questions[0]).toMatchObject({
      author: 'Ayu Lestari',
      anonymous: true,
    });
  });

  it('counts one vote per registrant, which they may withdraw; a second is 409 question.already_voted', async () => {
    const { base, sessionId, ayu, budi, moderator, live } = await createLiveSession(test);
    const id = await ask(ayu, base, sessionId, 'Is data free flow with trust achievable?');
    await moderate(moderator, base, id, 'approve');
    expect((await budi.put(`${base}/questions/${id}/vote`)).json).toEqual({ id, votes: 1 });
    expectProblem(await budi.put(`${base}/questions/${id}/vote`), 409, 'question.already_voted');
    expect((await ayu.put(`${base}/questions/${id}/vote`)).json.votes).toBe(2);
    expect((await budi.get(live)).json.voted).toEqual([id]);
    expect((await budi.delete(`${base}/questions/${id}/vote`)).json.votes).toBe(1);
    expect((await budi.delete(`${base}/questions/${id}/vote`)).json.votes).toBe(1);
    expect((await budi.get(live)).json.questions[0].votes).toBe(1);
  });

  it('refuses votes on a question that is pending, rejected or answered', async () => {
    const { base, sessionId, ayu, budi, moderator } = await createLiveSession(test);
    const id = await ask(ayu, base, sessionId, 'What about cyber norms?');
    expectProblem(await budi.put(`${base}/questions/${id}/vote`), 409, 'question.not_votable');
    await moderate(moderator, base, id, 'reject');
    expectProblem(await budi.put(`${base}/questions/${id}/vote`), 409, 'question.not_votable');
    await moderate(moderator, base, id, 'approve');
    await moderate(moderator, base, id, 'answer');
    expectProblem(await budi.put(`${base}/questions/${id}/vote`), 409, 'question.not_votable');
  });

  it('refuses a question in a closed session, and from anyone who is not a registrant of the event', async () => {
    const { event, base, sessionId, live, ayu, moderator } = await createLiveSession(test);
    const url = `${base}/sessions/${sessionId}/questions`;
    expectProblem(await new TestClient(test.app).post(url, { text: 'Hello?' }), 401, 'auth.required');
    const { client: stranger } = await signedInClient(test);
    expectProblem(await stranger.post(url, { text: 'Hello?' }), 403, 'live.not_registrant');
    const { client: unregisteredModerator } = await signedInClient(test, { eventId: event.id, roles: ['moderator'] });
    expectProblem(await unregisteredModerator.post(url, { text: 'Hello?' }), 403, 'live.not_registrant');

    expect((await moderator.patch(live, { questionsOpen: false })).json).toMatchObject({ questionsOpen: false });
    expectProblem(await ayu.post(url, { text: 'Too late?' }), 409, 'live.questions_closed');
    expect((await ayu.get(live)).json.mayAsk).toBe(false);
  });

  it('shows questions at once when moderation is off, and holds a registrant to a few a minute', async () => {
    const { base, sessionId, live, ayu, moderator } = await createLiveSession(test);
    await moderator.patch(live, { moderation: false });
    for (let n = 0; n < QUESTIONS_PER_MINUTE; n++) await ask(ayu, base, sessionId, `Question ${n + 1}`);
    const url = `${base}/sessions/${sessionId}/questions`;
    expectProblem(await ayu.post(url, { text: 'One more' }), 429, 'question.too_many');
    expect((await new TestClient(test.app).get(live)).json.questions).toHaveLength(QUESTIONS_PER_MINUTE);
  });

  it('lets only the moderators moderate, and checks each move against the question’s state', async () => {
    const { event, base, sessionId, live, ayu, organizer, moderator } = await createLiveSession(test);
    const id = await ask(ayu, base, sessionId, 'A question for the panel');
    const url = `${base}/questions/${id}/moderation`;
    // A personal link's session opens the registrant's own routes only.
    expectProblem(await ayu.post(url, { action: 'approve' }), 401, 'auth.required');
    const { client: participant } = await signedInClient(test, { eventId: event.id, roles: ['participant'] });
    expectProblem(await participant.post(url, { action: 'approve' }), 403, 'auth.forbidden');
    const { client: speaker } = await signedInClient(test, { eventId: event.id, roles: ['speaker'] });
    expectProblem(await speaker.post(url, { action: 'approve' }), 403, 'auth.forbidden');
    expectProblem(await speaker.patch(live, { moderation: false }), 403, 'auth.forbidden');
    expectProblem(await moderator.post(url, { action: 'answer' }), 409, 'question.wrong_state');
    expectProblem(await moderator.post(url, { action: 'show' }), 409, 'question.wrong_state');
    expectProblem(await moderator.post(url, { action: 'dance' }), 400, 'validation.failed');

    const before = await lastAuditId(test.db);
    await moderate(organizer, base, id, 'approve');
    expect(await moderate(moderator, base, id, 'show')).toMatchObject({ onScreen: id });
    expect((await ayu.get(live)).json.onScreen).toBe(id);
    expect(await moderate(moderator, base, id, 'answer')).toMatchObject({ status: 'answered', onScreen: null });
    const actions = (await auditRowsAfter(test.db, before)).map((row) => row.action);
    expect(actions).toEqual(['question.approve', 'question.show', 'question.answer']);
  });

  it('keeps an erased asker’s questions with no name to them, in the views and in the logs', async () => {
    const { slug, base, sessionId, live, moderator } = await createLiveSession(test);
    const name = `Sekar ${randomUUID()}`;
    const { client: sekar } = await registrantClient(test, slug, { name });
    await moderator.patch(live, { moderation: false });
    await ask(sekar, base, sessionId, 'Will my question outlive me?');
    expect(await allRowsAsText(test.db)).toContain(name);
    expect((await sekar.delete(`${base}/registrations/me`)).status).toBe(204);
    for (const view of [live, `${live}?view=moderation`]) {
      const { json } = await moderator.get(view);
      expect(json.questions).toMatchObject([{ text: 'Will my question outlive me?', author: null, anonymous: true }]);
    }
    expect(await allRowsAsText(test.db)).not.toContain(name);
  });

  it('says what is live now and what starts next, by the programme’s clock and the moderators’ override', async () => {
    const { base, sessionId, live, moderator } = await createLiveSession(test);
    const anyone = new TestClient(test.app);
    expect((await anyone.get(`${base}/live`)).json).toEqual({ now: [], next: [sessionId] });
    await moderator.patch(live, { override: 'live' });
    expect((await anyone.get(`${base}/live`)).json).toEqual({ now: [sessionId], next: [] });
    expect((await anyone.get(live)).json.settings.status).toBe('live');
    await moderator.patch(live, { override: 'ended' });
    expect((await anyone.get(`${base}/live`)).json).toEqual({ now: [], next: [] });
  });

  it('answers 404 for a session that is not published and a question that does not exist', async () => {
    const { base, ayu, moderator } = await createLiveSession(test);
    const missing = '00000000-0000-4000-8000-000000000000';
    expectProblem(await ayu.get(`${base}/sessions/${missing}/live`), 404, 'session.not_found');
    expectProblem(await ayu.post(`${base}/sessions/${missing}/questions`, { text: 'Hi' }), 404, 'session.not_found');
    expectProblem(await ayu.put(`${base}/questions/${missing}/vote`), 404, 'question.not_found');
    expectProblem(
      await moderator.post(`${base}/questions/${missing}/moderation`, { action: 'approve' }),
      404,
      'question.not_found',
    );
  });
});
