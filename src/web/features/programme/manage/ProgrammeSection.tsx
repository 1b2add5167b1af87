import '../programme.css';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventView } from '../../../../shared/events.js';
import type { ProgrammeDraft, SessionView, SpeakerView } from '../../../../shared/programme.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { Localized } from '../../../ui/text.js';
import { formatClockSpan } from '../../../ui/time.js';
import { pagePaths } from '../api.js';
import { dayTitle, groupByDay } from '../timetable.js';
import { ItemActions } from './EditorParts.js';
import { useDeleteSession, useDeleteSpeaker, useDraft } from './editorApi.js';
import { PublishPanel } from './PublishPanel.js';
import { SessionEditor } from './SessionEditor.js';
import { SpeakerEditor } from './SpeakerEditor.js';

type Editing = { kind: 'session'; item: SessionView | null } | { kind: 'speaker'; item: SpeakerView | null } | null;

function SessionList(props: {
  draft: ProgrammeDraft;
  onEdit: (session: SessionView) => void;
  onDeleted: (m: string) => void;
}) {
  const { draft, onEdit, onDeleted } = props;
  const { t } = useTranslation();
  const language = currentLanguage();
  const locale = INTL_LOCALES[language];
  const slug = draft.event.slug;
  const remove = useDeleteSession(slug);
  const timeZone = draft.event.timeZone;
  if (draft.sessions.length === 0) return <p>{t('programme.editor.noSessions')}</p>;
  return (
    <>
      <ProblemAlert error={remove.error} />
      {groupByDay(draft.sessions, timeZone).map((day) => (
        <section key={day.key} className="programme-editor-day" aria-labelledby={`draft-${day.key}`}>
          <h4 id={`draft-${day.key}`}>{dayTitle(day.key, locale)}</h4>
          {draft.rooms
            .filter((room) => day.sessions.some((s) => s.roomId === room.id))
            .map((room) => (
              <div key={room.id}>
                <h5>
                  <Localized text={room.name} />
                </h5>
                <ul className="draft-list">
                  {day.sessions
                    .filter((s) => s.roomId === room.id)
                    .map((session) => {
                      const title = pickText(session.title, language);
                      return (
                        <li key={session.id}>
                          <div>
                            <p>
                              <span className="label">
                                {formatClockSpan(session.startsAt, session.endsAt, timeZone, locale, day.key)}
                              </span>
                              {' · '}
                              {t(`programme.types.${session.type}`)}
                            </p>
                            <p>
                              <Localized text={session.title} />
                            </p>
                          </div>
                          <ItemActions
                            name={title}
                            onEdit={() => onEdit(session)}
                            onDelete={() =>
                              remove.mutate(session.id, {
                                onSuccess: () => onDeleted(t('programme.editor.sessionDeleted', { title })),
                              })
                            }
                          />
                        </li>
                      );
                    })}
                </ul>
              </div>
            ))}
        </section>
      ))}
    </>
  );
}

function SpeakerList(props: {
  draft: ProgrammeDraft;
  onEdit: (speaker: SpeakerView) => void;
  onDeleted: (m: string) => void;
}) {
  const { draft, onEdit, onDeleted } = props;
  const { t } = useTranslation();
  const remove = useDeleteSpeaker(draft.event.slug);
  const speakers = [...draft.speakers].sort((a, b) => a.name.localeCompare(b.name));
  if (speakers.length === 0) return <p>{t('programme.editor.noSpeakersYet')}</p>;
  return (
    <>
      <ProblemAlert error={remove.error} />
      <ul className="draft-list">
        {speakers.map((speaker) => (
          <li key={speaker.id}>
            <div>
              <p className="label">{speaker.name}</p>
              <p className="muted">{[speaker.title, speaker.organization].filter(Boolean).join(', ')}</p>
            </div>
            <ItemActions
              name={speaker.name}
              onEdit={() => onEdit(speaker)}
              onDelete={() =>
                remove.mutate(speaker.id, {
                  onSuccess: () => onDeleted(t('programme.editor.speakerDeleted', { name: speaker.name })),
                })
              }
            />
          </li>
        ))}
      </ul>
    </>
  );
}

/** The organizers' programme: the draft's sessions by day and room, its speakers, and publishing it. */
export function ProgrammeSection({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const draft = useDraft(event.slug);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState<string | null>(null);
  const sessionsHeading = useRef<HTMLHeadingElement>(null);
  const speakersHeading = useRef<HTMLHeadingElement>(null);
  if (draft.isPending) return <Loading />;
  if (draft.isError) return <LoadError error={draft.error} onRetry={() => void draft.refetch()} />;
  // A closed form leaves the focus at the head of its part of the page, not on the page's start.
  const close = () => {
    const heading = editing?.kind === 'speaker' ? speakersHeading : sessionsHeading;
    setEditing(null);
    heading.current?.focus();
  };
  const done = (message: string) => {
    close();
    setStatus(message);
  };
  const start = (next: Editing) => {
    setStatus(null);
    setEditing(next);
  };
  return (
    <section aria-labelledby="programme-title">
      <h2 id="programme-title">{t('manage.sections.programme')}</h2>
      <p>
        <Link to={pagePaths.programme(event.slug)}>{t('programme.editor.publicLink')}</Link>
      </p>
      <StatusMessage>{status}</StatusMessage>
      <PublishPanel draft={draft.data} />

      <h3 ref={sessionsHeading} tabIndex={-1}>
        {t('programme.editor.sessions')}
      </h3>
      {editing?.kind === 'session' ? (
        <SessionEditor slug={event.slug} draft={draft.data} session={editing.item} onDone={done} onCancel={close} />
      ) : (
        <p>
          <button type="button" onClick={() => start({ kind: 'session', item: null })}>
            {t('programme.editor.addSession')}
          </button>
        </p>
      )}
      <SessionList draft={draft.data} onEdit={(item) => start({ kind: 'session', item })} onDeleted={done} />

      <h3 ref={speakersHeading} tabIndex={-1}>
        {t('programme.editor.speakers')}
      </h3>
      {editing?.kind === 'speaker' ? (
        <SpeakerEditor
          slug={event.slug}
          speaker={editing.item ? (draft.data.speakers.find((s) => s.id === editing.item?.id) ?? null) : null}
          onDone={done}
          onCancel={close}
        />
      ) : (
        <p>
          <button type="button" onClick={() => start({ kind: 'speaker', item: null })}>
            {t('programme.editor.addSpeaker')}
          </button>
        </p>
      )}
      <SpeakerList draft={draft.data} onEdit={(item) => start({ kind: 'speaker', item })} onDeleted={done} />
    </section>
  );
}
