import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PollKind, PollView, PollResults as ResultsWhen } from '../../../shared/polls.js';
import { SelectField, SubmitButton, TextAreaField, TextField } from '../../ui/Field.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { Localized } from '../../ui/text.js';
import { pollResultsPath, useCreatePoll, usePollAction, usePolls } from './api.js';
import { PollResults } from './Poll.js';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A new poll: its question and options (one per line) in English and, if given, in Indonesian. */
function NewPoll({ slug, sessionId }: { slug: string; sessionId: string }) {
  const { t } = useTranslation();
  const create = useCreatePoll(slug, sessionId);
  const [form, setForm] = useState({ en: '', id: '', optionsEn: '', optionsId: '', kind: 'single', results: 'live' });
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (create.isPending) return;
    const indonesian = lines(form.optionsId);
    create.mutate(
      {
        question: { en: form.en, ...(form.id.trim() ? { id: form.id } : {}) },
        kind: form.kind as PollKind,
        results: form.results as ResultsWhen,
        options: lines(form.optionsEn).map((en, i) => ({
          text: { en, ...(indonesian[i] ? { id: indonesian[i] } : {}) },
        })),
      },
      { onSuccess: () => setForm({ ...form, en: '', id: '', optionsEn: '', optionsId: '' }) },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="new-poll">
      <h4>{t('live.poll.new')}</h4>
      <TextField id="poll-question-en" label={t('live.poll.questionEn')} value={form.en} onChange={set('en')} />
      <TextField
        id="poll-question-id"
        label={t('live.poll.questionId')}
        lang="id"
        value={form.id}
        onChange={set('id')}
      />
      <TextAreaField
        id="poll-options-en"
        label={t('live.poll.optionsEn')}
        hint={t('live.poll.optionsHint')}
        rows={4}
        value={form.optionsEn}
        onChange={set('optionsEn')}
      />
      <TextAreaField
        id="poll-options-id"
        label={t('live.poll.optionsId')}
        lang="id"
        rows={4}
        value={form.optionsId}
        onChange={set('optionsId')}
      />
      <SelectField
        id="poll-kind"
        label={t('live.poll.kind')}
        value={form.kind}
        onChange={set('kind')}
        options={[
          { value: 'single', label: t('live.poll.kinds.single') },
          { value: 'multiple', label: t('live.poll.kinds.multiple') },
        ]}
      />
      <SelectField
        id="poll-results"
        label={t('live.poll.resultsWhen')}
        value={form.results}
        onChange={set('results')}
        options={[
          { value: 'live', label: t('live.poll.whenLive') },
          { value: 'after_close', label: t('live.poll.whenClosed') },
        ]}
      />
      <SubmitButton isBusy={create.isPending}>{t('live.poll.prepare')}</SubmitButton>
      <ProblemAlert error={create.error} />
    </form>
  );
}

function ManagedPoll({ poll, slug, sessionId }: { poll: PollView; slug: string; sessionId: string }) {
  const { t } = useTranslation();
  const action = usePollAction(slug, sessionId);
  const actions =
    poll.status === 'draft' ? (['open', 'delete'] as const) : poll.status === 'open' ? (['close'] as const) : [];
  return (
    <li className="question">
      <p className="question-text">
        <Localized text={poll.question} /> <span className="badge">{t(`live.poll.statuses.${poll.status}`)}</span>
      </p>
      {poll.status !== 'draft' && <PollResults poll={poll} />}
      <div className="moderation-actions">
        {actions.map((each) => (
          <button
            key={each}
            type="button"
            onClick={() => action.isPending || action.mutate({ pollId: poll.id, action: each })}
          >
            {t(`live.poll.actions.${each}`)}
          </button>
        ))}
        {poll.status !== 'draft' && (
          <a href={pollResultsPath(slug, poll.id)} download>
            {t('live.poll.csv')}
          </a>
        )}
      </div>
      <ProblemAlert error={action.error} />
    </li>
  );
}

/** The moderators' polls: prepared ones to open, the open one to close, results to download. */
export function PollManager({
  slug,
  sessionId,
  current,
}: {
  slug: string;
  sessionId: string;
  current: PollView | null;
}) {
  const { t } = useTranslation();
  const polls = usePolls(slug, sessionId, true);
  // The open poll's results move with the stream; the list has them as of its last read.
  const shown = (polls.data ?? []).map((poll) => (poll.id === current?.id ? current : poll));
  return (
    <section aria-labelledby="polls-manager">
      <h3 id="polls-manager">{t('live.poll.manage')}</h3>
      {shown.length > 0 && (
        <ul className="question-list">
          {shown.map((poll) => (
            <ManagedPoll key={poll.id} poll={poll} slug={slug} sessionId={sessionId} />
          ))}
        </ul>
      )}
      <NewPoll slug={slug} sessionId={sessionId} />
    </section>
  );
}
