import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdoptionBoard, WorkingDocument } from '../../../../shared/outcome.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { ChoiceGroup } from '../../../ui/Choices.js';
import { SubmitButton, TextAreaField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { useAnswerAdoption } from './mutations.js';
import { allParagraphs } from './paragraphs.js';

type Answer = AdoptionBoard['delegations'][number];
type Choice = 'join' | 'join_with_reservation';
type Scope = 'whole' | 'paragraphs';

const FIELD_IDS = {
  choice: 'adoption-choice',
  text: 'adoption-text',
  paragraphIds: 'adoption-paragraphs',
  explanation: 'adoption-explanation',
} as const;
/** The server names a chosen paragraph "paragraphIds.0": its group holds the focus. */
const fieldIdOf = (field: string) =>
  (FIELD_IDS as Record<string, string | undefined>)[field.split('.')[0] ?? ''] ?? FIELD_IDS.choice;

/** The start of a paragraph, to recognise it by in the list of checkboxes. */
const excerpt = (text: string) => (text.length > 90 ? `${text.slice(0, 88).trimEnd()}…` : text);

interface Props {
  slug: string;
  delegationId: string;
  working: WorkingDocument;
  numbers: Record<string, string>;
  given: Answer | undefined;
  onDone: (message: string) => void;
}

/** By consensus: the delegation joins, or joins with a reservation on the whole text or on chosen paragraphs. */
export function ConsensusForm({ slug, delegationId, working, numbers, given, onDone }: Props) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const answer = useAnswerAdoption(slug, delegationId);
  const errors = useFormErrors(answer.error);
  const [choice, setChoice] = useState<Choice>(
    given?.choice === 'join_with_reservation' ? 'join_with_reservation' : 'join',
  );
  const [text, setText] = useState(given?.text ?? '');
  const [scope, setScope] = useState<Scope>(given?.paragraphIds.length ? 'paragraphs' : 'whole');
  const [paragraphIds, setParagraphIds] = useState<string[]>(given?.paragraphIds ?? []);
  const [explanation, setExplanation] = useState(given?.explanation ?? '');
  const isReservation = choice === 'join_with_reservation';
  const labels = {
    choice: t('outcomeDelegation.adoption.choiceLegend'),
    text: t('outcomeDelegation.adoption.reservation'),
    paragraphIds: t('outcomeDelegation.adoption.paragraphsLegend'),
    explanation: t('outcomeDelegation.adoption.explanation'),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (answer.isPending) return;
    const chosen = isReservation && scope === 'paragraphs' ? paragraphIds : [];
    const own = [
      isReservation && !text.trim()
        ? { field: 'text', message: 'outcomeDelegation.adoption.reservationRequired' }
        : null,
      isReservation && scope === 'paragraphs' && chosen.length === 0
        ? { field: 'paragraphIds', message: 'outcomeDelegation.adoption.paragraphsRequired' }
        : null,
    ];
    if (!errors.check(own)) return;
    answer.mutate(
      {
        choice,
        text: isReservation ? text.trim() : undefined,
        paragraphIds: chosen,
        explanation: explanation.trim() || undefined,
      },
      {
        onSuccess: () =>
          onDone(t('outcomeDelegation.adoption.saved', { choice: t(`outcomeDelegation.choices.${choice}`) })),
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="card adoption-form" aria-labelledby="adoption-form-title">
      <h3 id="adoption-form-title">
        {given?.choice ? t('outcomeDelegation.adoption.changeTitle') : t('outcomeDelegation.adoption.giveTitle')}
      </h3>
      <ProblemAlert error={errors.shown} labels={labels} fieldIdOf={fieldIdOf} />
      <ChoiceGroup
        id={FIELD_IDS.choice}
        type="radio"
        legend={labels.choice}
        value={[choice]}
        onChange={([value]) => setChoice(value === 'join_with_reservation' ? value : 'join')}
        choices={(['join', 'join_with_reservation'] as const).map((c) => ({
          value: c,
          label: t(`outcomeDelegation.choices.${c}`),
        }))}
        {...errors.errorFor('choice')}
      />
      {isReservation && (
        <>
          <TextAreaField
            id={FIELD_IDS.text}
            label={labels.text}
            hint={t('outcomeDelegation.adoption.reservationHint')}
            rows={4}
            aria-required
            value={text}
            onChange={(e) => setText(e.target.value)}
            {...errors.errorFor('text')}
          />
          <ChoiceGroup
            id="adoption-scope"
            type="radio"
            legend={t('outcomeDelegation.adoption.scope')}
            value={[scope]}
            onChange={([value]) => setScope(value === 'paragraphs' ? 'paragraphs' : 'whole')}
            choices={(['whole', 'paragraphs'] as const).map((s) => ({
              value: s,
              label: t(`outcomeDelegation.adoption.scopes.${s}`),
            }))}
          />
          {scope === 'paragraphs' && (
            <ChoiceGroup
              id={FIELD_IDS.paragraphIds}
              type="checkbox"
              legend={labels.paragraphIds}
              value={paragraphIds}
              onChange={setParagraphIds}
              choices={allParagraphs(working.content, numbers).map(({ paragraph, number }) => ({
                value: paragraph.id,
                label: t('outcomeDelegation.adoption.paragraphChoice', { number }),
                note: excerpt(pickText(paragraph.text, language)),
              }))}
              {...errors.errorFor('paragraphIds')}
            />
          )}
        </>
      )}
      <TextAreaField
        id={FIELD_IDS.explanation}
        label={labels.explanation}
        hint={t('outcomeDelegation.adoption.explanationHint')}
        rows={3}
        value={explanation}
        onChange={(e) => setExplanation(e.target.value)}
        {...errors.errorFor('explanation')}
      />
      <SubmitButton isBusy={answer.isPending}>
        {given?.choice ? t('outcomeDelegation.adoption.change') : t('outcomeDelegation.adoption.submit')}
      </SubmitButton>
    </form>
  );
}
