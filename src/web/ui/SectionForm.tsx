import type { FormEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from './Field.js';
import { type FieldLabels, ProblemAlert, StatusMessage } from './ProblemAlert.js';

/**
 * One part of a long editor with a save of its own: the fields, then the save button with what
 * came of it (saved, or the list of what to fix) right beside it, where the person is.
 */
export function SectionForm(props: {
  /** The part's name, for the save button ("Save Questions"). */
  name: string;
  onSubmit: () => void;
  isSaving: boolean;
  error: unknown;
  status: string | null;
  labels?: FieldLabels;
  fieldIdOf?: (field: string) => string;
  className?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!props.isSaving) props.onSubmit();
  };
  return (
    <form onSubmit={submit} noValidate className={props.className}>
      {props.children}
      <div className="section-actions">
        <ProblemAlert error={props.error} labels={props.labels} isFocused fieldIdOf={props.fieldIdOf} />
        <div className="form-actions">
          <SubmitButton isBusy={props.isSaving}>
            {props.isSaving ? t('common.saving') : t('settings.saveSection', { section: props.name })}
          </SubmitButton>
          <StatusMessage>{props.status}</StatusMessage>
        </div>
      </div>
    </form>
  );
}
