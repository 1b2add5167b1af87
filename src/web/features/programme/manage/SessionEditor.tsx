import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProgrammeDraft, SessionType, SessionView } from '../../../../shared/programme.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { isApiError } from '../../../lib/api.js';
import { pickText, SESSION_TYPES } from '../../../lib/contract.js';
import { ChoiceGroup } from '../../../ui/Choices.js';
import { SelectField, TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { zoneAbbreviation } from '../../../ui/time.js';
import { EditorActions } from './EditorParts.js';
import { useSaveSession } from './editorApi.js';
import { useFocusOnMount } from './focus.js';
import { StreamsEditor } from './StreamsEditor.js';
import {
  checkSessionForm,
  emptySession,
  type SessionFormValues,
  toSessionInput,
  valuesFromSession,
} from './sessionForm.js';

/** The server names a speaker who clashes "speakerIds.2"; the form shows it at the group of speakers. */
const fieldOf = (field: string) => (field.startsWith('speakerIds.') ? 'speakerIds' : field);

/** Creates or edits one session of the draft; the times are entered in the event's zone. */
export function SessionEditor(props: {
  slug: string;
  draft: ProgrammeDraft;
  session: SessionView | null;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { slug, draft, session, onDone, onCancel } = props;
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  const language = currentLanguage();
  const timeZone = draft.event.timeZone;
  const [values, setValues] = useState<SessionFormValues>(() =>
    session ? valuesFromSession(session, draft) : emptySession(draft),
  );
  const save = useSaveSession(slug);
  const errors = useFormErrors(save.error);
  const set = <K extends keyof SessionFormValues>(key: K, value: SessionFormValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const errorAt = (field: string) => {
    const direct = errors.errorFor(field);
    if (direct.error || field !== 'speakerIds') return direct;
    // Any speaker's clash, shown at the group.
    const shown = errors.shown;
    const first = isApiError(shown) ? shown.fieldErrors.find((e) => e.field.startsWith('speakerIds.')) : undefined;
    // Through errorFor, so a reader of Indonesian gets the clash in Indonesian, not the server's words.
    return first ? errors.errorFor(first.field) : {};
  };
  const zone = `${timeZone}, ${zoneAbbreviation(timeZone, new Date(draft.event.startsAt), INTL_LOCALES[language])}`;
  const speakers = [...draft.speakers].sort((a, b) => a.name.localeCompare(b.name));
  const labels: Record<string, string> = {
    'title.en': t('form.in.en', { field: t('programme.editor.title') }),
    'title.id': t('form.in.id', { field: t('programme.editor.title') }),
    'description.en': t('form.in.en', { field: t('programme.editor.description') }),
    'description.id': t('form.in.id', { field: t('programme.editor.description') }),
    type: t('programme.type'),
    roomId: t('programme.room'),
    startsAt: t('programme.editor.startsAt'),
    endsAt: t('programme.editor.endsAt'),
    capacity: t('programme.capacity'),
    themeId: t('programme.theme'),
    speakerIds: t('programme.speakers_other'),
    moderatorId: t('programme.moderator'),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    if (!errors.check(checkSessionForm(values, timeZone))) return;
    save.mutate(
      { id: session?.id ?? null, input: toSessionInput(values, timeZone, session ?? undefined) },
      { onSuccess: () => onDone(t(session ? 'programme.editor.sessionSaved' : 'programme.editor.sessionAdded')) },
    );
  };
  const title = session ? t('programme.editor.editSession') : t('programme.editor.newSession');

  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="session-form-title">
      <h3 id="session-form-title" ref={heading} tabIndex={-1}>
        {title}
      </h3>
      <ProblemAlert
        error={errors.shown}
        labels={{ get: (field) => labels[fieldOf(field)] }}
        fieldIdOf={(field) => fieldId(fieldOf(field))}
        isFocused
      />
      <SelectField
        id={fieldId('type')}
        label={t('programme.type')}
        value={values.type}
        onChange={(e) => set('type', e.target.value as SessionType)}
        options={SESSION_TYPES.map((type) => ({ value: type, label: t(`programme.types.${type}`) }))}
        {...errorAt('type')}
      />
      <LocalizedFields
        path="title"
        label={t('programme.editor.title')}
        value={values.title}
        onChange={(v) => set('title', v)}
        errorFor={errors.errorFor}
      />
      <LocalizedFields
        path="description"
        label={t('programme.editor.description')}
        value={values.description}
        onChange={(v) => set('description', v)}
        errorFor={errors.errorFor}
        isMultiline
        isEnglishRequired={false}
      />
      <SelectField
        id={fieldId('roomId')}
        label={t('programme.room')}
        value={values.roomId}
        onChange={(e) => set('roomId', e.target.value)}
        options={draft.rooms.map((room) => ({ value: room.id, label: pickText(room.name, language) }))}
        {...errorAt('roomId')}
        aria-required
      />
      {(['startsAt', 'endsAt'] as const).map((key) => (
        <TextField
          key={key}
          id={fieldId(key)}
          type="datetime-local"
          label={t(`programme.editor.${key}`)}
          hint={t('programme.editor.inEventTime', { zone })}
          value={values[key]}
          onChange={(e) => set(key, e.target.value)}
          {...errorAt(key)}
          aria-required
        />
      ))}
      <TextField
        id={fieldId('capacity')}
        label={t('programme.capacity')}
        hint={t('programme.editor.capacityHint')}
        inputMode="numeric"
        value={values.capacity}
        onChange={(e) => set('capacity', e.target.value)}
        {...errorAt('capacity')}
      />
      <SelectField
        id={fieldId('themeId')}
        label={t('programme.theme')}
        value={values.themeId}
        onChange={(e) => set('themeId', e.target.value)}
        options={[
          { value: '', label: t('programme.editor.noTheme') },
          ...draft.themes.map((theme) => ({ value: theme.id, label: pickText(theme.title, language) })),
        ]}
        {...errorAt('themeId')}
      />
      <div className="people-picker">
        <ChoiceGroup
          id={fieldId('speakerIds')}
          legend={t('programme.speakers_other')}
          type="checkbox"
          choices={speakers.map((s) => ({ value: s.id, label: s.name }))}
          value={values.speakerIds}
          onChange={(v) => set('speakerIds', v)}
          hint={speakers.length === 0 ? t('programme.editor.noSpeakers') : undefined}
          {...errorAt('speakerIds')}
        />
      </div>
      <SelectField
        id={fieldId('moderatorId')}
        label={t('programme.moderator')}
        value={values.moderatorId}
        onChange={(e) => set('moderatorId', e.target.value)}
        options={[
          { value: '', label: t('programme.editor.noModerator') },
          ...speakers.map((s) => ({ value: s.id, label: s.name })),
        ]}
        {...errorAt('moderatorId')}
      />
      <StreamsEditor
        items={values.streams}
        onChange={(streams) => set('streams', streams)}
        errorFor={errors.errorFor}
      />
      <EditorActions isBusy={save.isPending} saveLabel={t('programme.editor.saveSession')} onCancel={onCancel} />
    </form>
  );
}
