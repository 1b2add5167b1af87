import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutcomeStage, ParagraphState } from '../../../../shared/outcome.js';
import { api } from '../../../lib/api.js';
import { SelectField } from '../../../ui/Field.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { outcomePath, useOutcomeMutation } from '../work/api.js';
import { isStateSettable, PARAGRAPH_STATES } from './stages.js';

/** The id of the one explanation of the states, which every state's select is described by. */
export const STATES_HINT_ID = 'paragraph-states-hint';

/** The explanation of the states ("bracketed": text in square brackets still under discussion). */
export function StatesHint() {
  const { t } = useTranslation();
  return (
    <p id={STATES_HINT_ID} className="hint">
      {t('outcomeEditor.state.hint')}
    </p>
  );
}

interface Props {
  slug: string;
  paragraphId: string;
  /** The paragraph's number as the reader sees it now. */
  number: string;
  state: ParagraphState;
  stage: OutcomeStage;
}

/** Where a paragraph's negotiation stands: said in words, and chosen (saved at once) where the stage allows. */
export function ParagraphStateControl({ slug, paragraphId, number, state, stage }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState(state);
  const [status, setStatus] = useState<string | null>(null);
  const save = useOutcomeMutation(slug, (next: ParagraphState) =>
    api.put<{ state: ParagraphState }>(outcomePath(slug, `/paragraphs/${encodeURIComponent(paragraphId)}/state`), {
      state: next,
    }),
  );
  // The server's state wins once it is read again (after a save here, or another's).
  useEffect(() => setValue(state), [state]);
  const nameOf = (s: ParagraphState) => t(`outcomeEditor.state.names.${s}`);

  if (!isStateSettable(stage))
    return <p className="paragraph-state">{t('outcomeEditor.state.shown', { state: nameOf(state) })}</p>;
  const id = `state-${paragraphId}`;
  const choose = (next: ParagraphState) => {
    setValue(next);
    setStatus(null);
    save.mutate(next, {
      onSuccess: (answer) => setStatus(t('outcomeEditor.state.saved', { number, state: nameOf(answer.state) })),
      onError: () => setValue(state),
    });
  };
  return (
    <div className="paragraph-state">
      <SelectField
        id={id}
        label={t('outcomeEditor.state.label', { number })}
        value={value}
        onChange={(e) => choose(e.target.value as ParagraphState)}
        options={PARAGRAPH_STATES.map((s) => ({ value: s, label: nameOf(s) }))}
        aria-describedby={STATES_HINT_ID}
      />
      <StatusMessage>{status}</StatusMessage>
      <ProblemAlert error={save.error} />
    </div>
  );
}
