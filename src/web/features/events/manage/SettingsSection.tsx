import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../shared/events.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { EventForm } from './EventForm.js';
import { changedInput, type EventFormValues, toInput, valuesFromEvent } from './eventForm.js';
import { checkEventForm } from './eventValidation.js';
import { useFieldLabels } from './fieldLabels.js';
import { useUpdateEvent } from './manageApi.js';

export function SettingsSection({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<EventFormValues>(() => valuesFromEvent(event));
  const [status, setStatus] = useState<string | null>(null);
  const update = useUpdateEvent(event.slug);
  const labels = useFieldLabels();
  const errors = useFormErrors(update.error);

  const save = () => {
    setStatus(null);
    if (!errors.check(checkEventForm(values, false))) return;
    const changes = changedInput(toInput(values, event), event);
    if (Object.keys(changes).length === 0) {
      update.reset();
      setStatus(t('settings.nothingChanged'));
      return;
    }
    update.mutate(changes, {
      onSuccess: (saved) => {
        setValues(valuesFromEvent(saved));
        setStatus(t('settings.saved'));
      },
    });
  };

  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('manage.sections.settings')}</h2>
      <ProblemAlert error={errors.shown} labels={labels} isFocused />
      <EventForm
        values={values}
        onChange={(next) => {
          setValues(next);
          setStatus(null);
        }}
        onSubmit={save}
        errorFor={errors.errorFor}
        isSaving={update.isPending}
        submitLabel={t('settings.save')}
        status={<StatusMessage>{status}</StatusMessage>}
      />
    </section>
  );
}
