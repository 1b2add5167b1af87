import { z } from 'zod';
import { localizedText, textSchema } from '../../../shared/text.js';
import type { Actor } from '../../core/auth/actor.js';
import { createMemoryBus } from '../../core/bus/bus.js';
import type { DemoSeed } from '../../core/http/module.js';
import { readPublishedProgramme } from '../programme/programme.service.js';
import { findConfirmedRegistrations } from '../registration/candidates.service.js';
import type { LiveDeps } from './live.service.js';
import * as polls from './polls/polls.service.js';
import { askQuestion, moderateQuestion, setVote } from './questions.service.js';
import { updateLiveSettings } from './snapshot.service.js';

const demoLiveSchema = z.object({
  sessions: z.array(
    z.object({
      /** The session's position in the demo programme. */
      session: z.number().int().min(0),
      questions: z.array(
        z.object({
          text: textSchema(500, { min: 1 }),
          status: z.enum(['approved', 'answered', 'rejected']),
          votes: z.number().int().min(0),
          anonymous: z.boolean().default(false),
        }),
      ),
      poll: z.object({
        question: localizedText(300),
        kind: z.enum(['single', 'multiple']),
        options: z.array(localizedText(200)).min(2),
        /** Voters per option, in the options' order. */
        votes: z.array(z.number().int().min(0)),
      }),
    }),
  ),
});

/** A registrant as their personal link's session would act. */
const registrant = (eventId: string, id: string): Actor => ({
  accountId: null,
  isAdmin: false,
  roles: [],
  registration: { id, eventId },
});

/**
 * The panels' Q&A history, as it happened through the services: each panel started by its
 * moderators, questions asked by invented registrants and screened, votes given, a poll
 * opened, answered and closed; then the panel back on the programme's clock (ended).
 */
export async function seedLiveDemo(demo: DemoSeed): Promise<void> {
  const parsed = demoLiveSchema.safeParse(demo.data.live ?? { sessions: [] });
  if (!parsed.success) throw new Error(`demo live: ${parsed.error.message}`);
  const { db, actor, event } = demo;
  const slug = event.slug;
  const programme = await readPublishedProgramme({ db, slug });
  const findSession = async (_slug: string, id: string) => {
    const session = programme.sessions.find((s) => s.id === id);
    if (!session) throw new Error(`demo live: no session ${id}`);
    return session;
  };
  const deps: LiveDeps = { db, bus: createMemoryBus(), findSession };
  const most = Math.max(
    0,
    ...parsed.data.sessions.flatMap((s) => [...s.poll.votes, ...s.questions.map((q) => q.votes)]),
  );
  const people = (await findConfirmedRegistrations(db, event.id, Math.max(most, 10))).map((id) =>
    registrant(event.id, id),
  );
  if (people.length === 0) return;
  const person = (n: number) => people[n % people.length] as Actor;

  for (const [index, entry] of parsed.data.sessions.entries()) {
    const session = programme.sessions[entry.session];
    if (!session) throw new Error(`demo live: no session ${entry.session}`);
    const target = { actor, slug, sessionId: session.id };
    await updateLiveSettings(deps, { ...target, patch: { override: 'live' } });
    for (const [n, question] of entry.questions.entries()) {
      const { id } = await askQuestion(deps, {
        actor: person(index * 7 + n),
        slug,
        sessionId: session.id,
        input: { text: question.text, anonymous: question.anonymous },
      });
      if (question.status === 'rejected') {
        await moderateQuestion(deps, { actor, slug, questionId: id, action: 'reject' });
        continue;
      }
      await moderateQuestion(deps, { actor, slug, questionId: id, action: 'approve' });
      for (let v = 0; v < Math.min(question.votes, people.length); v++)
        await setVote(deps, { actor: person(v), slug, questionId: id, isAdding: true });
      if (question.status === 'answered')
        await moderateQuestion(deps, { actor, slug, questionId: id, action: 'answer' });
    }
    const poll = await polls.createPoll(deps, {
      ...target,
      input: {
        question: entry.poll.question,
        kind: entry.poll.kind,
        options: entry.poll.options.map((text) => ({ text })),
        results: 'live',
      },
    });
    await polls.openPoll(deps, { actor, slug, pollId: poll.id });
    let voter = 0;
    for (const [o, count] of entry.poll.votes.entries()) {
      const option = poll.options[o];
      for (let v = 0; v < count && option && voter < people.length; v++, voter++)
        await polls.votePoll(deps, { actor: person(voter), slug, pollId: poll.id, optionIds: [option.id] });
    }
    await polls.closePoll(deps, { actor, slug, pollId: poll.id });
    await updateLiveSettings(deps, { ...target, patch: { override: null } });
  }
}
