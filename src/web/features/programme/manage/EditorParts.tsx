import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SubmitButton } from '../../../ui/Field.js';
import { useFocusOnMount } from './focus.js';

/** Save and cancel under an editor's form. */
export function EditorActions({
  isBusy,
  saveLabel,
  onCancel,
}: {
  isBusy: boolean;
  saveLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <SubmitButton isBusy={isBusy}>{isBusy ? t('common.saving') : saveLabel}</SubmitButton>
      <button type="button" className="secondary" onClick={onCancel}>
        {t('programme.editor.cancel')}
      </button>
    </div>
  );
}

function ConfirmDelete({ name, onDelete, onKeep }: { name: string; onDelete: () => void; onKeep: () => void }) {
  const { t } = useTranslation();
  const confirm = useRef<HTMLButtonElement>(null);
  useFocusOnMount(confirm);
  return (
    <>
      <button type="button" className="small" onClick={onDelete} ref={confirm}>
        {t('programme.editor.confirmDelete', { name })}
      </button>
      <button type="button" className="secondary small" onClick={onKeep}>
        {t('programme.editor.keep')}
      </button>
    </>
  );
}

/**
 * Edit and delete for one item of a list; the delete asks once more in place. Each
 * button's name is its word and the item's name, to tell one row's buttons from the next.
 */
export function ItemActions({ name, onEdit, onDelete }: { name: string; onEdit: () => void; onDelete: () => void }) {
  const { t } = useTranslation();
  const [isAsking, setAsking] = useState(false);
  return (
    <div className="draft-actions">
      <button
        type="button"
        className="secondary small"
        onClick={onEdit}
        aria-label={`${t('programme.editor.edit')}: ${name}`}
      >
        {t('programme.editor.edit')}
      </button>
      {isAsking ? (
        <ConfirmDelete name={name} onDelete={onDelete} onKeep={() => setAsking(false)} />
      ) : (
        <button
          type="button"
          className="secondary small"
          onClick={() => setAsking(true)}
          aria-label={`${t('programme.editor.delete')}: ${name}`}
        >
          {t('programme.editor.delete')}
        </button>
      )}
    </div>
  );
}
