import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { EventView } from '../../../shared/events.js';
import { api } from '../../lib/api.js';
import { SESSION_KEY, useSession } from '../../lib/session.js';
import { useFormErrors } from '../../ui/formErrors.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { Loading, NotAllowed, SignInRequired } from '../../ui/States.js';
import { useDocumentTitle } from '../../ui/text.js';
import { eventKeys } from './api.js';
import { EventForm } from './manage/EventForm.js';
import { type EventFormValues, emptyValues, toInput } from './manage/eventForm.js';
import { checkEventForm } from './manage/eventValidation.js';
import { useFieldLabels } from './manage/fieldLabels.js';

/** Platform administrators: a new event, of which they become the organizer. */
export function NewEventPage() {
  const { t } = useTranslation();
  const session = useSession();
  const account = session.data?.account ?? null;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const labels = useFieldLabels();
  const [values, setValues] = useState<EventFormValues>(emptyValues);
  const create = useMutation({
    mutationFn: () => api.post<EventView>('/api/events', { slug: values.slug.trim(), ...toInput(values) }),
    onSuccess: async (event) => {
      queryClient.setQueryData(eventKeys.one(event.slug), event);
      await queryClient.invalidateQueries({ queryKey: eventKeys.list, exact: true });
      // The creator is now the event's organizer: the session lists that role.
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      await navigate(`/events/${event.slug}/manage`);
    },
  });
  const errors = useFormErrors(create.error);
  const submit = () => {
    if (errors.check(checkEventForm(values, true))) create.mutate();
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
