import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../shared/events.js';
import type { WorkingDocument } from '../../../../shared/outcome.js';
import { api } from '../../../lib/api.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { outcomePath, useOutcomeMutation } from '../work/api.js';
import { StageMove } from './StageMoves.js';
import { STAGES } from './stages.js';

/** The chair shows the current draft to the public, or stops; saved as it is ticked. */
function PublicDraftToggle({ slug, working }: { slug: string; working: WorkingDocument }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const toggle = useOutcomeMutation(slug, (isDraftPublic: boolean) =>
    api.put<{ isDraftPublic: boolean }>(outcomePath(slug, '/public-draft'), { isDraftPublic }),
  );
  // The box shows the choice at once (the mutation's own state arrives a tick later), and the server's once it answers.
  const [wanted, setWanted] = useState<boolean | null>(null);
  const isShown = wanted ?? working.isDraftPublic;
  const change = (next: boolean) => {
    if (toggle.isPending) return;
    setStatus(null);
    setWanted(next);
    toggle.mutate(next, {
      onSuccess: (answer) =>
        setStatus(t(answer.isDraftPublic ? 'outcomeEditor.publicDraft.shown' : 'outcomeEditor.publicDraft.hidden')),
      onSettled: () => setWanted(null),
    });
  };
  return (
    <div className="public-draft">
      <div className="checkbox">
        <input
          id="public-draft"
          type="checkbox"
          checked={isShown}
          aria-describedby="public-draft-hint"
          onChange={(e) => change(e.target.checked)}
        />
        <label htmlFor="public-draft">{t('outcomeEditor.publicDraft.label')}</label>
      </div>
      <p id="public-draft-hint" className="hint">
        {t('outcomeEditor.publicDraft.hint')}
      </p>
      <StatusMessage>{status}</StatusMessage>
      <ProblemAlert error={toggle.error} />
    </div>
  );
}

interface Props {
  slug: string;
  event: EventView;
  working: WorkingDocument;
  /** The text has changes not saved yet: moving on would leave them behind. */
  hasUnsavedText: boolean;
}

/** The stages in their order, the current one in words; the deadline in three zones; the chair's next move. */
export function StagePanel({ slug, event, working, hasUnsavedText }: Props) {
  const { t } = useTranslation();
  const { stage, amendmentDeadline } = working;
  const nameOf = (s: string) => t(`outcomeEditor.stages.${s}`);
  const [status, setStatus] = useState<string | null>(null);
  // The move's form is gone with the stage it moved from: the new stage, said in words, takes the focus.
  const moved = (message: string) => {
    setStatus(message);
    document.getElementById('stage-now')?.focus();
  };
  return (
    <section className="stage-panel card" aria-labelledby="editor-stage-title">
      <h2 id="editor-stage-title">{t('outcomeEditor.stage.title')}</h2>
      <p className="stage-now" id="stage-now" tabIndex={-1}>
        <strong>{t('outcomeEditor.stage.now', { stage: nameOf(stage) })}</strong>{' '}
        {t(`outcomeEditor.stage.meaning.${stage}`)}
      </p>
      <ol className="stage-steps">
        {STAGES.map((s) => (
          <li key={s} aria-current={s === stage ? 'step' : undefined}>
            {nameOf(s)}
            {s === stage && <span className="stage-current"> ({t('outcomeEditor.stage.current')})</span>}
          </li>
        ))}
      </ol>
      {amendmentDeadline && (
        <p data-testid="amendment-deadline">
          {t('outcomeEditor.stage.deadline')} <InstantTimes at={amendmentDeadline} eventTimeZone={event.timeZone} />
        </p>
      )}
      <StatusMessage>{status}</StatusMessage>
      <StageMove
        slug={slug}
        event={event}
        working={working}
        hasUnsavedText={hasUnsavedText}
        onMoved={moved}
        onStart={() => setStatus(null)}
      />
      {stage !== 'adopted' && <PublicDraftToggle slug={slug} working={working} />}
    </section>
  );
}
