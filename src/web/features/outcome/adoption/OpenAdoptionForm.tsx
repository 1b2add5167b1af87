import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdoptionMethod, OpenAdoptionInput } from '../../../../shared/outcome.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { api } from '../../../lib/api.js';
import { ChoiceGroup } from '../../../ui/Choices.js';
import { SubmitButton, TextField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { formatInstant, fromZonedInput, zoneAbbreviation } from '../../../ui/time.js';
import { outcomePath, useOutcomeMutation } from '../work/api.js';
import { deadlineProblem, earliestSilenceDeadline, SILENCE_HOURS } from './answers.js';

// Every method once: a record, so that the compiler says when one is missing (ADOPTION_METHODS is zod's file).
const METHODS: Record<AdoptionMethod, true> = { consensus: true, silence: true };

/**
 * The chair opens the adoption: by consensus or by silence procedure, until a deadline in the
 * event's time. A silence deadline under 72 hours is refused here already, as the server would.
 */
export function OpenAdoptionForm(props: { slug: string; timeZone: string; onDone: (message: string) => void }) {
  const { slug, timeZone, onDone } = props;
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const [method, setMethod] = useState<AdoptionMethod>('consensus');
  const [deadline, setDeadline] = useState('');
  const open = useOutcomeMutation(slug, (input: OpenAdoptionInput) =>
    api.post<{ method: AdoptionMethod; deadline: string }>(outcomePath(slug, '/adoption'), input),
  );
  const errors = useFormErrors(open.error);
  const labels = { method: t('outcomeAdoption.open.method'), deadline: t('outcomeAdoption.open.deadline') };
  const zone = `${timeZone}, ${zoneAbbreviation(timeZone, new Date(), locale)}`;
  const inZone = t('outcomeAdoption.open.inEventTime', { zone });
  const hint =
    method === 'silence'
      ? `${inZone} ${t('outcomeAdoption.open.silenceHint', {
          hours: SILENCE_HOURS,
          earliest: formatInstant(earliestSilenceDeadline(Date.now()).toISOString(), timeZone, locale),
        })}`
      : inZone;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (open.isPending) return;
    const at = deadline ? fromZonedInput(deadline, timeZone) : null;
    const problem = deadlineProblem(method, at, Date.now());
    if (!errors.check([problem ? { field: 'deadline', message: problem } : null])) return;
    open.mutate(
      { method, deadline: at ?? '' },
      { onSuccess: () => onDone(t('outcomeAdoption.open.done', { method: t(`outcomeAdoption.methods.${method}`) })) },
    );
  };

  return (
    <section aria-labelledby="adoption-open" className="card adoption-open">
      <h2 id="adoption-open">{t('outcomeAdoption.open.title')}</h2>
      <p>{t('outcomeAdoption.open.intro')}</p>
      <form onSubmit={submit} noValidate>
        <ProblemAlert error={errors.shown} labels={labels} fieldIdOf={(field) => `adoption-${field}`} />
        <ChoiceGroup
          id="adoption-method"
          type="radio"
          legend={t('outcomeAdoption.open.method')}
          choices={(Object.keys(METHODS) as AdoptionMethod[]).map((value) => ({
            value,
            label: t(`outcomeAdoption.methods.${value}`),
            note: t(`outcomeAdoption.explain.${value}`),
          }))}
          value={[method]}
          onChange={([value]) => setMethod(value === 'silence' ? 'silence' : 'consensus')}
          {...errors.errorFor('method')}
        />
        <TextField
          id="adoption-deadline"
          type="datetime-local"
          label={t('outcomeAdoption.open.deadline')}
          hint={hint}
          value={deadline}
          onChange={(e) => setDeadline(e.target.value)}
          {...errors.errorFor('deadline')}
        />
        <div className="form-actions">
          <SubmitButton isBusy={open.isPending}>
            {open.isPending ? t('common.saving') : t('outcomeAdoption.open.submit')}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
