import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmendmentKind, Paragraph } from '../../../../shared/outcome.js';
import { ChoiceGroup } from '../../../ui/Choices.js';
import { SubmitButton, TextAreaField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { TextChange } from '../work/WordDiff.js';
import { useProposeAmendment } from './mutations.js';
import { englishOf } from './paragraphs.js';

// Every kind once, in the order offered: a record, so the compiler says when one is missing.
const KIND_ORDER: Record<AmendmentKind, number> = { replace: 1, insert_after: 2, delete: 3 };
const KINDS = Object.keys(KIND_ORDER) as AmendmentKind[];

export const proposeFormId = (paragraphId: string) => `propose-${paragraphId}`;

interface Props {
  slug: string;
  delegationId: string;
  paragraph: Paragraph;
  number: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}

/** The change the amendment makes, word by word against the current English text. */
function Preview({ id, kind, current, text }: { id: string; kind: AmendmentKind; current: string; text: string }) {
  const { t } = useTranslation();
  const before = kind === 'insert_after' ? null : current;
  const after = kind === 'delete' ? null : text.trim();
  return (
    <figure className="proposal-preview" aria-labelledby={`${id}-preview-title`}>
      <figcaption id={`${id}-preview-title`} className="label">
        {t('outcomeDelegation.propose.preview')}
      </figcaption>
      <p className="proposal-preview-text">
        {kind !== 'delete' && !after ? (
          <span className="hint">{t('outcomeDelegation.propose.previewEmpty')}</span>
        ) : (
          <TextChange before={before} after={after} lang="en" />
        )}
      </p>
    </figure>
  );
}

/** A delegation's amendment to one paragraph: what it does, its text in English, why. */
export function ProposeForm({ slug, delegationId, paragraph, number, onDone, onCancel }: Props) {
  const { t } = useTranslation();
  const id = proposeFormId(paragraph.id);
  const current = englishOf(paragraph);
  const propose = useProposeAmendment(slug, delegationId);
  const errors = useFormErrors(propose.error);
  const [kind, setKind] = useState<AmendmentKind>('replace');
  // Each kind keeps its own draft: switching to "insert" and back does not lose the replacement.
  const [texts, setTexts] = useState({ replace: current, insert_after: '' });
  const [justification, setJustification] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const text = kind === 'delete' ? '' : texts[kind];
  const fieldIds = { kind: `${id}-kind`, text: `${id}-text`, justification: `${id}-why` };
  const fieldIdOf = (field: string) => (fieldIds as Record<string, string | undefined>)[field] ?? id;
  const labels = {
    kind: t('outcomeDelegation.propose.kind'),
    text: t('outcomeDelegation.propose.text'),
    justification: t('outcomeDelegation.propose.justification'),
    paragraphId: t('outcomeDelegation.text.paragraph', { number }),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (propose.isPending) return;
    const newText = text.trim();
    const own = [
      kind !== 'delete' && !newText ? { field: 'text', message: 'outcomeDelegation.propose.textRequired' } : null,
      kind === 'replace' && newText === current.trim()
        ? { field: 'text', message: 'outcomeDelegation.propose.textSame' }
        : null,
      justification.trim() ? null : { field: 'justification', message: 'outcomeDelegation.propose.whyRequired' },
    ];
    if (!errors.check(own)) return;
    propose.mutate(
      {
        paragraphId: paragraph.id,
        kind,
        text: kind === 'delete' ? undefined : newText,
        justification: justification.trim(),
      },
      { onSuccess: () => onDone(t('outcomeDelegation.propose.done', { number })) },
    );
  };

  return (
    <form
      id={id}
      className="card propose-form"
      onSubmit={submit}
      noValidate
      aria-labelledby={`${id}-title`}
      // Escape leaves the form as Cancel does, the focus back on the button that opened it.
      onKeyDown={(e) => e.key === 'Escape' && onCancel()}
    >
      <h4 id={`${id}-title`} ref={heading} tabIndex={-1}>
        {t('outcomeDelegation.propose.title', { number })}
      </h4>
      <ProblemAlert error={errors.shown} labels={labels} fieldIdOf={fieldIdOf} />
      <ChoiceGroup
        id={fieldIds.kind}
        type="radio"
        legend={labels.kind}
        value={[kind]}
        onChange={([value]) => setKind((value as AmendmentKind | undefined) ?? 'replace')}
        choices={KINDS.map((k) => ({ value: k, label: t(`outcomeDelegation.kinds.${k}`) }))}
        {...errors.errorFor('kind')}
      />
      {kind === 'delete' ? (
        <p className="hint">{t('outcomeDelegation.propose.deleteNote', { number })}</p>
      ) : (
        <TextAreaField
          id={fieldIds.text}
          label={
            kind === 'replace'
              ? t('outcomeDelegation.propose.textReplace', { number })
              : t('outcomeDelegation.propose.textInsert', { number })
          }
          hint={t('outcomeDelegation.propose.authoritative')}
          lang="en"
          rows={5}
          value={text}
          onChange={(e) => setTexts({ ...texts, [kind]: e.target.value })}
          {...errors.errorFor('text')}
        />
      )}
      <Preview id={id} kind={kind} current={current} text={text} />
      <TextAreaField
        id={fieldIds.justification}
        label={labels.justification}
        hint={t('outcomeDelegation.propose.whyHint')}
        rows={3}
        aria-required
        value={justification}
        onChange={(e) => setJustification(e.target.value)}
        {...errors.errorFor('justification')}
      />
      <div className="form-actions">
        <SubmitButton isBusy={propose.isPending}>{t('outcomeDelegation.propose.submit', { number })}</SubmitButton>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('outcomeDelegation.propose.cancel')}
        </button>
      </div>
    </form>
  );
}
