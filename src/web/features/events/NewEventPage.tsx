import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { pagePath } from '../../../shared/routes.js';
import { useSession } from '../../lib/session.js';
import { useFormErrors } from '../../ui/formErrors.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { Loading, NotAllowed, SignInRequired } from '../../ui/States.js';
import { useDocumentTitle } from '../../ui/text.js';
import { EventForm } from './manage/EventForm.js';
import { type EventFormValues, emptyValues, toInput } from './manage/eventForm.js';
import { checkEventForm } from './manage/eventValidation.js';
import { useFieldLabels } from './manage/fieldLabels.js';
import { useCreateEvent } from './manage/manageApi.js';

/** Platform administrators: a new event, of which they become the organizer. */
export function NewEventPage() {
  const { t } = useTranslation();
  const session = useSession();
  const account = session.data?.account ?? null;
  const navigate = useNavigate();
  const labels = useFieldLabels();
  const [values, setValues] = useState<EventFormValues>(emptyValues);
  const create = useCreateEvent();
  const errors = useFormErrors(create.error);
  const submit = () => {
    if (!errors.check(checkEventForm(values, true))) return;
    create.mutate(
      { slug: values.slug.trim(), ...toInput(values) },
      { onSuccess: (event) => void navigate(pagePath('manage', { slug: event.slug })) },
    );
  };
  useDocumentTitle(account?.isAdmin ? t('newEvent.title') : null);

  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  if (!account.isAdmin) return <NotAllowed />;
  return (
    <>
      <h1>{t('newEvent.title')}</h1>
      <p>{t('newEvent.intro')}</p>
      <ProblemAlert error={errors.shown} labels={labels} isFocused />
      <EventForm
        values={values}
        onChange={setValues}
        onSubmit={submit}
        errorFor={errors.errorFor}
        isSaving={create.isPending}
        submitLabel={t('newEvent.submit')}
        isNew
      />
    </>
  );
}
