import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AmendmentView } from '../../../../shared/outcome.js';
import { isApiError } from '../../../lib/api.js';
import { ChoiceGroup } from '../../../ui/Choices.js';
import { SubmitButton, TextAreaField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { AUTHORITATIVE_LANGUAGE } from './model.js';
import { useDecide, useReloadWorking } from './mutations.js';
import { type Queue, useQueueNames } from './queue.js';

type Decision = 'accept' | 'accept_modified' | 'reject';
const DECISIONS: Decision[] = ['accept', 'accept_modified', 'reject'];
const D = 'outcomeAmendments.decide';

/** Refusals this form explains itself (the others go to the problem alert). */
const isExplained = (error: unknown) =>
  isApiError(error) && (error.code === 'outcome.version_conflict' || error.code === 'amendment.collision');

interface Props {
  amendment: AmendmentView;
  queue: Queue;
  onDone: (message: string) => void;
  /** Says (or stops saying) beside the paragraph that this amendment collides with today's text. */
  onCollision: (amendmentId: string, isColliding: boolean) => void;
}

/**
 * The chair accepts, accepts with changes, or rejects, always with a reason, against the version
 * shown. Refused because the paragraph changed since, the page reads the text again and the
 * form keeps what the chair typed.
 */
export function ChairDecision({ amendment, queue, onDone, onCollision }: Props) {
  const { t } = useTranslation();
  const names = useQueueNames(queue);
  const name = names.amendment(amendment);
  const [isOpen, setIsOpen] = useState(false);
  const [decision, setDecision] = useState<Decision>('accept');
  const [text, setText] = useState(amendment.text ?? amendment.currentText ?? '');
  const [reason, setReason] = useState('');
  const [readVersion, setReadVersion] = useState<number | null>(null);
  const decide = useDecide(queue.slug, amendment.id);
  const reload = useReloadWorking(queue.slug);
  const errors = useFormErrors(isExplained(decide.error) ? null : decide.error);
  const id = `decide-${amendment.id}`;
  const labels = { reason: t(`${D}.reason`), text: t(`${D}.text`), decision: t(`${D}.decision`) };
  const isConflict = isApiError(decide.error) && decide.error.code === 'outcome.version_conflict';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (decide.isPending) return;
    const own = [
      reason.trim() ? null : { field: 'reason', message: `${D}.reasonRequired` },
      decision === 'accept_modified' && !text.trim() ? { field: 'text', message: `${D}.textRequired` } : null,
    ];
    if (!errors.check(own)) return;
    const baseVersion = queue.doc.version;
    onCollision(amendment.id, false);
    decide.mutate(
      {
        decision,
        reason: reason.trim(),
        baseVersion,
        ...(decision === 'accept_modified' ? { text: text.trim() } : {}),
      },
      {
        onSuccess: (result) => onDone(t(`${D}.done.${result.status}`, { amendment: name, version: result.version })),
        onError: (error) => {
          setReadVersion(baseVersion);
          if (isApiError(error) && error.code === 'amendment.collision') onCollision(amendment.id, true);
          // The page is behind the server (the paragraph changed, or someone decided already): read it again.
          if (isApiError(error) && error.status === 409) void reload();
        },
      },
    );
  };

  return (
    <div className="amendment-chair">
      <button
        type="button"
        className="secondary"
        aria-expanded={isOpen}
        aria-controls={isOpen ? id : undefined}
        onClick={() => setIsOpen(!isOpen)}
      >
        {t(`${D}.open`)}
        <span className="visually-hidden"> {t(`${D}.on`, { amendment: name })}</span>
      </button>
      {isOpen && (
        <form id={id} onSubmit={submit} noValidate aria-label={t(`${D}.formName`, { amendment: name })}>
          <ProblemAlert error={errors.shown} labels={labels} />
          {isConflict && readVersion !== null && (
            <div role="alert" className="alert alert-error">
              <p>
                {t(`${D}.conflict`, { paragraph: names.paragraph(amendment.paragraphId, true), read: readVersion })}
              </p>
            </div>
          )}
          <ChoiceGroup
            id={`${id}-decision`}
            type="radio"
            legend={labels.decision}
            choices={DECISIONS.map((d) => ({ value: d, label: t(`${D}.choices.${d}`) }))}
            value={[decision]}
            onChange={([next]) => setDecision((next as Decision | undefined) ?? 'accept')}
          />
          {decision === 'accept_modified' && (
            <TextAreaField
              id={`${id}-text`}
              label={labels.text}
              hint={t(`${D}.textHint`)}
              lang={AUTHORITATIVE_LANGUAGE}
              value={text}
              maxLength={5000}
              onChange={(e) => setText(e.target.value)}
              {...errors.errorFor('text')}
            />
          )}
          <TextAreaField
            id={`${id}-reason`}
            label={labels.reason}
            hint={t(`${D}.reasonHint`)}
            rows={3}
            value={reason}
            maxLength={2000}
            onChange={(e) => setReason(e.target.value)}
            {...errors.errorFor('reason')}
          />
          <div className="form-actions">
            <SubmitButton isBusy={decide.isPending}>
              {t(`${D}.submit.${decision}`)}
              <span className="visually-hidden"> ({name})</span>
            </SubmitButton>
          </div>
        </form>
      )}
    </div>
  );
}
