import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RollupWeighting } from '../../../../shared/commitments.js';
import type { TrackerSettingsView } from '../../../../shared/commitmentViews.js';
import type { EventView } from '../../../../shared/events.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { CheckboxField, ChoiceGroup } from '../../../ui/Choices.js';
import { SubmitButton, TextField } from '../../../ui/Field.js';
import { useFormErrors } from '../../../ui/formErrors.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { fromZonedInput, toZonedInput, zoneAbbreviation } from '../../../ui/time.js';
import { useSaveTrackerSettings } from './hostApi.js';

interface Values {
  periodMonths: string;
  from: 'adoption' | 'date';
  fromDate: string;
  remindDaysBefore: string;
  weighting: RollupWeighting;
  isReviewRequired: boolean;
}

function valuesOf(settings: TrackerSettingsView, timeZone: string): Values {
  return {
    periodMonths: String(settings.periodMonths),
    from: settings.isReportingFromAdoption ? 'adoption' : 'date',
    fromDate: settings.reportingFrom ? toZonedInput(settings.reportingFrom, timeZone) : '',
    remindDaysBefore: String(settings.remindDaysBefore),
    weighting: settings.weighting,
    isReviewRequired: settings.isReviewRequired,
  };
}

const isWhole = (value: string, min: number, max: number) =>
  /^\d+$/.test(value.trim()) && Number(value) >= min && Number(value) <= max;

/** The tracker's settings: the period, where it starts, the reminders, the weighting, the review. */
export function TrackerSettingsForm({ event, settings }: { event: EventView; settings: TrackerSettingsView }) {
  const { t } = useTranslation();
  const save = useSaveTrackerSettings(event.slug);
  const [values, setValues] = useState(() => valuesOf(settings, event.timeZone));
  const [status, setStatus] = useState<string | null>(null);
  const errors = useFormErrors(save.error);
  const set = (next: Partial<Values>) => {
    setValues({ ...values, ...next });
    setStatus(null);
  };
  const zone = `${event.timeZone}, ${zoneAbbreviation(event.timeZone, new Date(), INTL_LOCALES[currentLanguage()])}`;
  const labels = {
    periodMonths: t('commitmentsHost.settings.periodMonths'),
    reportingFrom: t('commitmentsHost.settings.reportingFrom'),
    remindDaysBefore: t('commitmentsHost.settings.remindDaysBefore'),
    weighting: t('commitmentsHost.settings.weighting'),
    isReviewRequired: t('commitmentsHost.settings.isReviewRequired'),
  };
  const fieldIdOf = (field: string) =>
    ({ reportingFrom: values.from === 'date' ? 'settings-from-at' : 'settings-from' })[field] ?? `settings-${field}`;
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (save.isPending) return;
    setStatus(null);
    const reportingFrom = values.from === 'date' ? fromZonedInput(values.fromDate, event.timeZone) : null;
    const own = [
      isWhole(values.periodMonths, 1, 24)
        ? null
        : { field: 'periodMonths', message: 'commitmentsHost.settings.periodRange' },
      values.from === 'date' && !reportingFrom
        ? { field: 'reportingFrom', message: 'commitmentsHost.settings.dateRequired' }
        : null,
      isWhole(values.remindDaysBefore, 1, 60)
        ? null
        : { field: 'remindDaysBefore', message: 'commitmentsHost.settings.daysRange' },
    ];
    if (!errors.check(own)) return;
    try {
      const saved = await save.mutateAsync({
        periodMonths: Number(values.periodMonths),
        reportingFrom,
        remindDaysBefore: Number(values.remindDaysBefore),
        weighting: values.weighting,
        isReviewRequired: values.isReviewRequired,
      });
      setValues(valuesOf(saved, event.timeZone));
      setStatus(t('commitmentsHost.settings.saved'));
    } catch {
      // Shown by the alert.
    }
  };
  const adoption =
    settings.isReportingFromAdoption && settings.reportingFrom ? (
      <InstantTimes at={settings.reportingFrom} eventTimeZone={event.timeZone} />
    ) : null;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="host-settings-title">
      <ProblemAlert error={errors.shown} labels={labels} fieldIdOf={fieldIdOf} />
      <TextField
        id="settings-periodMonths"
        inputMode="numeric"
        label={labels.periodMonths}
        hint={t('commitmentsHost.settings.periodHint')}
        value={values.periodMonths}
        onChange={(e) => set({ periodMonths: e.target.value })}
        {...errors.errorFor('periodMonths')}
      />
      <ChoiceGroup
        id="settings-from"
        type="radio"
        legend={labels.reportingFrom}
        hint={t('commitmentsHost.settings.reportingFromHint')}
        choices={[
          {
            value: 'adoption',
            label: t('commitmentsHost.settings.fromAdoption'),
            note: adoption ?? (settings.isReportingFromAdoption ? t('commitmentsHost.settings.notAdopted') : undefined),
          },
          { value: 'date', label: t('commitmentsHost.settings.fromDate') },
        ]}
        value={[values.from]}
        onChange={([from]) => set({ from: from === 'date' ? 'date' : 'adoption' })}
        {...(values.from === 'adoption' ? errors.errorFor('reportingFrom') : {})}
      />
      {values.from === 'date' && (
        <TextField
          id="settings-from-at"
          type="datetime-local"
          label={t('commitmentsHost.settings.fromDateLabel')}
          hint={t('commitmentsHost.settings.inEventTime', { zone })}
          value={values.fromDate}
          onChange={(e) => set({ fromDate: e.target.value })}
          {...errors.errorFor('reportingFrom')}
        />
      )}
      <TextField
        id="settings-remindDaysBefore"
        inputMode="numeric"
        label={labels.remindDaysBefore}
        hint={t('commitmentsHost.settings.remindHint')}
        value={values.remindDaysBefore}
        onChange={(e) => set({ remindDaysBefore: e.target.value })}
        {...errors.errorFor('remindDaysBefore')}
      />
      <ChoiceGroup
        id="settings-weighting"
        type="radio"
        legend={labels.weighting}
        choices={(['equal', 'custom'] as const).map((w) => ({
          value: w,
          label: t(`commitmentsHost.settings.weightings.${w}`),
          note: t(`commitmentsHost.settings.weightingNotes.${w}`),
        }))}
        value={[values.weighting]}
        onChange={([w]) => set({ weighting: w === 'custom' ? 'custom' : 'equal' })}
        {...errors.errorFor('weighting')}
      />
      <CheckboxField
        id="settings-isReviewRequired"
        label={labels.isReviewRequired}
        hint={t('commitmentsHost.settings.reviewHint')}
        checked={values.isReviewRequired}
        onChange={(isReviewRequired) => set({ isReviewRequired })}
        {...errors.errorFor('isReviewRequired')}
      />
      <div className="form-actions">
        <SubmitButton isBusy={save.isPending}>{t('commitmentsHost.settings.save')}</SubmitButton>
        <StatusMessage>{status}</StatusMessage>
      </div>
    </form>
  );
}
