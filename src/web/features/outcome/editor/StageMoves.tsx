import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventView } from '../../../../shared/events.js';
import type { MoveStageInput, OutcomeStage, WorkingDocument } from '../../../../shared/outcome.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { api } from '../../../lib/api.js';
import { SubmitButton, TextField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { fromZonedInput, zoneAbbreviation } from '../../../ui/time.js';
import { outcomePath, useOutcomeMutation } from '../work/api.js';

interface Props {
  slug: string;
  event: EventView;
  working: WorkingDocument;
  hasUnsavedText: boolean;
  onMoved: (message: string) => void;
  onStart: () => void;
}

/** POST /outcome/stage: the server allows only the next stage, and neither adoption nor adopted. */
function useMoveStage(slug: string) {
  return useOutcomeMutation(slug, (input: MoveStageInput) =>
    api.post<{ stage: OutcomeStage; amendmentDeadline: string | null }>(outcomePath(slug, '/stage'), input),
  );
}

/**
 * After a move: the form that made it is gone with the stage it moved from (and with it any callback
 * given to `mutate`), so the panel is told through the promise. A failure shows as the mutation's error.
 */
function moveThen(moving: Promise<unknown>, then: () => void) {
  moving.then(then, () => undefined);
}

/** Drafting -> open for amendments, until a deadline the chair gives in the event's time. */
function OpenAmendments({ slug, event, onMoved, onStart }: Omit<Props, 'working' | 'hasUnsavedText'>) {
  const { t } = useTranslation();
  const move = useMoveStage(slug);
  const [deadline, setDeadline] = useState('');
  const errors = useFormErrors(move.error);
  const zone = `${event.timeZone}, ${zoneAbbreviation(event.timeZone, new Date(), INTL_LOCALES[currentLanguage()])}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (move.isPending) return;
    onStart();
    const instant = fromZonedInput(deadline, event.timeZone);
    const own = [
      instant ? null : { field: 'amendmentDeadline', message: 'outcomeEditor.errors.deadlineRequired' },
      instant && Date.parse(instant) <= Date.now()
        ? { field: 'amendmentDeadline', message: 'outcomeEditor.errors.deadlineFuture' }
        : null,
    ];
    if (!errors.check(own) || !instant) return;
    moveThen(move.mutateAsync({ stage: 'amendments', amendmentDeadline: instant }), () =>
      onMoved(t('outcomeEditor.stage.open.done')),
    );
  };
  return (
    <form onSubmit={submit} noValidate className="stage-move" aria-labelledby="open-amendments-title">
      <h3 id="open-amendments-title">{t('outcomeEditor.stage.open.title')}</h3>
      <p>{t('outcomeEditor.stage.open.explain')}</p>
      <ProblemAlert error={errors.shown} labels={{ amendmentDeadline: t('outcomeEditor.stage.open.deadline') }} />
      <TextField
        id="amendment-deadline"
        type="datetime-local"
        label={t('outcomeEditor.stage.open.deadline')}
        hint={t('outcomeEditor.stage.open.deadlineHint', { zone })}
        aria-required
        value={deadline}
        onChange={(e) => setDeadline(e.target.value)}
        {...errors.errorFor('amendmentDeadline')}
      />
      <SubmitButton isBusy={move.isPending}>{t('outcomeEditor.stage.open.submit')}</SubmitButton>
    </form>
  );
}

/** Open for amendments -> negotiation: the delegations can no longer propose, so the chair confirms first. */
function StartNegotiation({ slug, onMoved, onStart }: Pick<Props, 'slug' | 'onMoved' | 'onStart'>) {
  const { t } = useTranslation();
  const move = useMoveStage(slug);
  const [isAsking, setIsAsking] = useState(false);
  const question = useRef<HTMLParagraphElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (isAsking) question.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);
  const confirm = () => {
    if (move.isPending) return;
    onStart();
    moveThen(move.mutateAsync({ stage: 'negotiation' }), () => onMoved(t('outcomeEditor.stage.negotiate.done')));
  };
  return (
    <section className="stage-move" aria-labelledby="negotiate-title">
      <h3 id="negotiate-title">{t('outcomeEditor.stage.negotiate.title')}</h3>
      <p>{t('outcomeEditor.stage.negotiate.explain')}</p>
      {isAsking ? (
        <div className="alert alert-warning">
          <p ref={question} tabIndex={-1} className="confirm-question">
            {t('outcomeEditor.stage.negotiate.question')}
          </p>
          <ProblemAlert error={move.error} />
          <div className="form-actions">
            <button type="button" aria-disabled={move.isPending || undefined} onClick={confirm}>
              {t('outcomeEditor.stage.negotiate.confirm')}
            </button>
            <button type="button" className="secondary" onClick={() => setIsAsking(false)}>
              {t('outcomeEditor.stage.negotiate.keep')}
            </button>
          </div>
        </div>
      ) : (
        <button ref={start} type="button" className="secondary" onClick={() => setIsAsking(true)}>
          {t('outcomeEditor.stage.negotiate.start')}
        </button>
      )}
    </section>
  );
}

/** The chair's next move from where the document stands; adoption is opened on its own page. */
export function StageMove(props: Props) {
  const { t } = useTranslation();
  const { slug, working, hasUnsavedText } = props;
  const { stage } = working;
  const unsaved = hasUnsavedText && (stage === 'drafting' || stage === 'negotiation') && (
    <p className="alert alert-warning">{t('outcomeEditor.stage.unsaved')}</p>
  );
  if (stage === 'drafting')
    return working.version === 0 ? (
      <p>{t('outcomeEditor.stage.open.needText')}</p>
    ) : (
      <>
        {unsaved}
        <OpenAmendments {...props} />
      </>
    );
  if (stage === 'amendments') return <StartNegotiation {...props} />;
  if (stage === 'negotiation' || stage === 'adoption')
    return (
      <div className="stage-move">
        {unsaved}
        <p>{t(`outcomeEditor.stage.adoption.${stage}`)}</p>
        <p>
          <Link to={pagePath('outcomeAdoption', { slug })}>{t('outcomeEditor.stage.adoption.link')}</Link>
        </p>
      </div>
    );
  return null;
}
