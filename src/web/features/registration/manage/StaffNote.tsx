import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton, TextAreaField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { useSaveNote } from './listApi.js';

/** The staff's private note on a registration: the registrant never sees it. */
export function StaffNote(props: { slug: string; id: string; note: string | null }) {
  const { t } = useTranslation();
  const save = useSaveNote(props.slug, props.id);
  const errors = useFormErrors(save.error);
  const [note, setNote] = useState(props.note ?? '');
  const [message, setMessage] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (save.isPending) return;
    setMessage(null);
    save.mutate(note, { onSuccess: () => setMessage(t('registrationList.noteSaved')) });
  };
  return (
    <form onSubmit={submit} className="staff-note" aria-labelledby="staff-note-title">
      <h4 id="staff-note-title">{t('registrationList.noteTitle')}</h4>
      <StatusMessage>{message}</StatusMessage>
      <ProblemAlert error={errors.shown} />
      <TextAreaField
        id="staff-note"
        label={t('registrationList.note')}
        hint={t('registrationList.noteHint')}
        rows={3}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        {...errors.errorFor('note')}
      />
      <SubmitButton isBusy={save.isPending}>{t('registrationList.saveNote')}</SubmitButton>
    </form>
  );
}
