import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventView } from '../../../../shared/events.js';
import { fieldId } from '../../../ui/FormParts.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { SectionForm } from '../../../ui/SectionForm.js';
import { Tabs } from '../../../ui/Tabs.js';
import { EVENT_PARTS, type EventPart, EventPartFields, PART_FIELDS, type PartProps } from './EventForm.js';
import { changedInput, type EventFormValues, toInput, valuesFromEvent } from './eventForm.js';
import { checkEventForm } from './eventValidation.js';
import { useFieldLabels } from './fieldLabels.js';
import { useUpdateEvent } from './manageApi.js';

const isOfPart = (part: EventPart, field: string) => PART_FIELDS[part].includes(field.split('.')[0] ?? '');

/** The event's settings in parts, each with a save of its own and its answer beside the button. */
export function SettingsSection({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<EventFormValues>(() => valuesFromEvent(event));
  const [part, setPart] = useState<EventPart>('about');
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">{t('manage.sections.settings')}</h2>
      <Tabs
        id="settings"
        label={t('settings.parts')}
        tabs={EVENT_PARTS.map((key) => ({ key, label: t(`settings.sections.${key}`) }))}
        selected={part}
        onSelect={setPart}
      >
        <PartEditor key={part} part={part} event={event} values={values} onChange={setValues} />
      </Tabs>
    </section>
  );
}

function PartEditor(props: {
  part: EventPart;
  event: EventView;
  values: EventFormValues;
  onChange: (values: EventFormValues) => void;
}) {
  const { part, event, values, onChange } = props;
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const update = useUpdateEvent(event.slug);
  const labels = useFieldLabels();
  const errors = useFormErrors(update.error);
  const set: PartProps['set'] = (key, value) => {
    onChange({ ...values, [key]: value });
    setStatus(null);
  };

  const save = () => {
    setStatus(null);
    if (!errors.check(checkEventForm(values, false).filter((e) => isOfPart(part, e.field)))) return;
    const changes = Object.fromEntries(
      Object.entries(changedInput(toInput(values, event), event)).filter(([key]) => isOfPart(part, key)),
    );
    if (Object.keys(changes).length === 0) {
      update.reset();
      setStatus(t('settings.nothingChanged'));
      return;
    }
    update.mutate(changes, {
      onSuccess: (saved) => {
        // This part as the server keeps it; the other parts' unsaved edits stay.
        const fresh = valuesFromEvent(saved);
        const kept = Object.fromEntries(PART_FIELDS[part].map((key) => [key, fresh[key as keyof EventFormValues]]));
        onChange({ ...values, ...kept });
        setStatus(t('settings.saved'));
      },
    });
  };

  return (
    <SectionForm
      name={t(`settings.sections.${part}`)}
      onSubmit={save}
      isSaving={update.isPending}
      error={errors.shown}
      status={status}
      labels={labels}
      fieldIdOf={fieldId}
      className="event-form"
    >
      <EventPartFields part={part} values={values} set={set} errorFor={errors.errorFor} />
    </SectionForm>
  );
}
