import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveTextInput, WorkingDocument } from '../../../../shared/outcome.js';
import { api, isApiError } from '../../../lib/api.js';
import { SubmitButton, TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { outcomePath, useOutcomeMutation, workKeys } from '../work/api.js';
import { checkDraft, type Draft, type ListRef, listOf, toSaveInput } from './draft.js';
import { ParagraphList } from './ParagraphList.js';
import { StatesHint } from './ParagraphState.js';
import { isStateSettable } from './stages.js';
import { useDraft } from './useDraft.js';

/** How the alert names a field the server or the form complains about. */
function useLabels(draft: Draft, numbers: Map<string, string>) {
  const { t } = useTranslation();
  return {
    get: (field: string) => {
      if (field === 'message') return t('outcomeEditor.text.message');
      if (field === 'title.en' || field === 'title.id')
        return t(`form.in.${field.slice(6)}`, { field: t('outcomeEditor.text.documentTitle') });
      const match = /^(?:preamble|sections\.(\d+)\.paragraphs)\.(\d+)\.text\.(en|id)$/.exec(field);
      if (!match) return undefined;
      const list: ListRef = match[1] === undefined ? 'preamble' : Number(match[1]);
      const paragraph = listOf(draft, list)[Number(match[2])];
      const number = paragraph ? numbers.get(paragraph.key) : '';
      return t(match[3] === 'en' ? 'outcomeEditor.text.paragraphEn' : 'outcomeEditor.text.paragraphId', { number });
    },
  };
}

/** Someone saved since this text was loaded: nothing is lost until the chair chooses to load theirs. */
function Conflict({ onReload }: { onReload: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="alert alert-error">
      <p>
        <strong>{t('outcomeEditor.text.conflict.title')}</strong>
      </p>
      <p>{t('outcomeEditor.text.conflict.body')}</p>
      <button type="button" className="secondary" onClick={onReload}>
        {t('outcomeEditor.text.conflict.reload')}
      </button>
    </div>
  );
}

interface Props {
  slug: string;
  working: WorkingDocument;
  /** Told whether the text has changes not saved yet (the stage panel warns before moving on). */
  onDirtyChange: (isDirty: boolean) => void;
}

/** The chair's text as a form: the title, the preamble, a section per focus area, and the save as a new version. */
export function TextEditor({ slug, working, onDirtyChange }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const editor = useDraft(working);
  const { draft, dispatch, isDirty } = editor;
  const [status, setStatus] = useState<string | null>(null);
  const save = useOutcomeMutation(slug, (input: SaveTextInput) =>
    api.put<{ version: number }>(outcomePath(slug, '/text'), input),
  );
  const isConflict = isApiError(save.error) && save.error.code === 'outcome.version_conflict';
  const errors = useFormErrors(isConflict ? null : save.error);
  const labels = useLabels(draft, editor.numbers);

  useEffect(() => onDirtyChange(isDirty), [isDirty, onDirtyChange]);
  useEffect(() => {
    if (!isDirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [isDirty]);

  const loadServerText = () => {
    const fresh = queryClient.getQueryData<WorkingDocument>(workKeys.working(slug));
    if (fresh) editor.reset(fresh);
    return fresh;
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setStatus(null);
    if (!isDirty && draft.baseVersion > 0) {
      errors.check([]);
      save.reset();
      setStatus(t('outcomeEditor.text.nothingChanged', { version: draft.baseVersion }));
      return;
    }
    if (!errors.check(checkDraft(draft))) return;
    save.mutate(toSaveInput(draft), {
      // The hook has read the document again by now: the form starts from the saved text.
      onSuccess: ({ version }) => {
        loadServerText();
        setStatus(t('outcomeEditor.text.saved', { version }));
      },
      // The version history shows the version that came in between.
      onError: () => void queryClient.invalidateQueries({ queryKey: workKeys.versions(slug) }),
    });
  };

  const reload = async () => {
    await queryClient.refetchQueries({ queryKey: workKeys.working(slug) });
    const fresh = loadServerText();
    save.reset();
    if (fresh) setStatus(t('outcomeEditor.text.reloaded', { version: fresh.version }));
    document.getElementById(fieldId('title.en'))?.focus();
  };

  return (
    <>
      <p>
        {draft.baseVersion > 0
          ? t('outcomeEditor.text.version', { version: draft.baseVersion })
          : t('outcomeEditor.text.firstVersion')}{' '}
        {t('outcomeEditor.text.authoritative')}
      </p>
      {isStateSettable(working.stage) && <StatesHint />}
      <p role="status" aria-live="polite" className="visually-hidden" data-testid="editor-announcement">
        {editor.announcement}
      </p>
      <form onSubmit={submit} noValidate className="text-editor" aria-labelledby="editor-text-title">
        <LocalizedFields
          path="title"
          label={t('outcomeEditor.text.documentTitle')}
          value={draft.title}
          onChange={(value) => dispatch({ type: 'title', value })}
          errorFor={errors.errorFor}
        />
        <ParagraphList slug={slug} working={working} editor={editor} list="preamble" errorFor={errors.errorFor} />
        {draft.sections.map((section, index) => (
          <ParagraphList
            key={section.focusAreaId}
            slug={slug}
            working={working}
            editor={editor}
            list={index}
            errorFor={errors.errorFor}
          />
        ))}
        <div className="save-version">
          <TextField
            id={fieldId('message')}
            label={t('outcomeEditor.text.message')}
            hint={t('outcomeEditor.text.messageHint')}
            aria-required
            value={draft.message}
            onChange={(e) => dispatch({ type: 'message', value: e.target.value })}
            {...errors.errorFor('message')}
          />
          {isConflict && <Conflict onReload={() => void reload()} />}
          <ProblemAlert error={errors.shown} labels={labels} isFocused fieldIdOf={fieldId} />
          <div className="form-actions">
            <SubmitButton isBusy={save.isPending}>
              {save.isPending ? t('common.saving') : t('outcomeEditor.text.save', { version: draft.baseVersion + 1 })}
            </SubmitButton>
            <StatusMessage>{status}</StatusMessage>
          </div>
        </div>
      </form>
    </>
  );
}
