import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationOverview } from '../../../../shared/delegations.js';
import type { EventView } from '../../../../shared/events.js';
import type { Language } from '../../../../shared/text.js';
import { currentLanguage, INTL_LOCALES, LANGUAGE_NAMES } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { delegationName } from '../../../ui/countries.js';
import { SelectField, SubmitButton, TextField } from '../../../ui/Field.js';
import { looksLikeEmail, useFormErrors } from '../../../ui/formErrors.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { fromZonedInput, toZonedInput, zoneAbbreviation } from '../../../ui/time.js';
import { useCreateDelegation, useCreateInvited, useInviteFocalPoint, useUpdateSettings } from '../api.js';

type Done = { onDone: (message: string) => void };

/** One delegation per invited country, and organisations by name. */
export function CreateForms({ event, onDone }: { event: EventView } & Done) {
  const { t } = useTranslation();
  const createInvited = useCreateInvited(event.slug);
  const create = useCreateDelegation(event.slug);
  const [name, setName] = useState('');
  const errors = useFormErrors(create.error);
  const addOrganization = (e: FormEvent) => {
    e.preventDefault();
    if (create.isPending) return;
    if (!errors.check([name.trim() ? null : { field: 'name.en', message: 'delegations.manage.nameRequired' }])) return;
    create.mutate(
      { kind: 'organization', name: { en: name.trim() } },
      {
        onSuccess: () => {
          onDone(t('delegations.manage.organizationAdded', { name: name.trim() }));
          setName('');
        },
      },
    );
  };
  return (
    <div className="card">
      <h3>{t('delegations.manage.createTitle')}</h3>
      <p className="hint">{t('delegations.manage.createHint', { count: event.invitedCountries.length })}</p>
      <ProblemAlert error={createInvited.error} />
      <button
        type="button"
        onClick={() =>
          createInvited.mutate(undefined, {
            onSuccess: (answer) => onDone(t('delegations.manage.created', { count: answer.created })),
          })
        }
      >
        {t('delegations.manage.createInvited')}
      </button>
      <form onSubmit={addOrganization} noValidate>
        <ProblemAlert error={errors.shown} labels={{ 'name.en': t('delegations.manage.organizationName') }} />
        <TextField
          id="organization-name"
          label={t('delegations.manage.organizationName')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...errors.errorFor('name.en')}
        />
        <SubmitButton isBusy={create.isPending}>{t('delegations.manage.addOrganization')}</SubmitButton>
      </form>
    </div>
  );
}

/** The statement deadline, in the event's time, and the quota of each theme (blank: no limit). */
export function SettingsForm({ event, overview, onDone }: { event: EventView; overview: DelegationOverview } & Done) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const update = useUpdateSettings(event.slug);
  const { statementDeadline, themeQuotas } = overview.settings;
  const [deadline, setDeadline] = useState(statementDeadline ? toZonedInput(statementDeadline, event.timeZone) : '');
  const [quotas, setQuotas] = useState<Record<string, string>>(() =>
    Object.fromEntries(overview.themes.map((theme) => [theme.id, String(themeQuotas[theme.id] ?? '')])),
  );
  const errors = useFormErrors(update.error);
  const zone = `${event.timeZone}, ${zoneAbbreviation(event.timeZone, new Date(), INTL_LOCALES[language])}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (update.isPending) return;
    const badQuota = overview.themes.find((theme) => {
      const value = (quotas[theme.id] ?? '').trim();
      return value !== '' && !/^\d+$/.test(value);
    });
    const own = [badQuota ? { field: `themeQuotas.${badQuota.id}`, message: 'delegations.manage.quotaNumber' } : null];
    if (!errors.check(own)) return;
    const themeQuotasInput = Object.fromEntries(
      Object.entries(quotas)
        .filter(([, value]) => value.trim() !== '')
        .map(([id, value]) => [id, Number(value)]),
    );
    update.mutate(
      { statementDeadline: deadline ? fromZonedInput(deadline, event.timeZone) : null, themeQuotas: themeQuotasInput },
      { onSuccess: () => onDone(t('delegations.manage.settingsSaved')) },
    );
  };
  const labels = {
    get: (field: string) => {
      if (field === 'statementDeadline') return t('delegations.deadline');
      const theme = overview.themes.find((th) => field === `themeQuotas.${th.id}`);
      return theme ? t('delegations.manage.quota', { theme: pickText(theme.title, language) }) : undefined;
    },
  };
  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="delegation-settings-title">
      <h3 id="delegation-settings-title">{t('delegations.manage.settingsTitle')}</h3>
      <ProblemAlert error={errors.shown} labels={labels} />
      {statementDeadline && (
        <p>
          {t('delegations.deadline')}: <InstantTimes at={statementDeadline} eventTimeZone={event.timeZone} />
        </p>
      )}
      <TextField
        id="statement-deadline"
        type="datetime-local"
        label={t('delegations.deadline')}
        hint={t('settings.inEventTime', { zone })}
        value={deadline}
        onChange={(e) => setDeadline(e.target.value)}
        {...errors.errorFor('statementDeadline')}
      />
      {overview.themes.map((theme) => (
        <TextField
          key={theme.id}
          id={`quota-${theme.id}`}
          inputMode="numeric"
          label={t('delegations.manage.quota', { theme: pickText(theme.title, language) })}
          hint={t('delegations.manage.quotaHint', { taken: theme.taken })}
          value={quotas[theme.id] ?? ''}
          onChange={(e) => setQuotas({ ...quotas, [theme.id]: e.target.value })}
          {...errors.errorFor(`themeQuotas.${theme.id}`)}
        />
      ))}
      <SubmitButton isBusy={update.isPending}>{t('delegations.manage.saveSettings')}</SubmitButton>
    </form>
  );
}

/** Names a delegation's focal point, who receives a sign-in link by mail. */
export function InviteForm({ event, overview, onDone }: { event: EventView; overview: DelegationOverview } & Done) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const invite = useInviteFocalPoint(event.slug);
  const [id, setId] = useState('');
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [mailLanguage, setMailLanguage] = useState<Language>(language);
  const errors = useFormErrors(invite.error);
  const labels = {
    id: t('delegations.manage.delegation'),
    email: t('roles.email'),
    name: t('roles.name'),
    language: t('delegations.manage.mailLanguage'),
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (invite.isPending) return;
    const own = [
      id ? null : { field: 'id', message: 'delegations.manage.delegationRequired' },
      looksLikeEmail(email.trim()) ? null : { field: 'email', message: 'validation.email' },
    ];
    if (!errors.check(own)) return;
    invite.mutate(
      { id, email: email.trim(), language: mailLanguage, ...(name.trim() ? { name: name.trim() } : {}) },
      {
        onSuccess: (invited) => {
          onDone(t('delegations.manage.invited', { name: invited.name, email: invited.email }));
          setEmail('');
          setName('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="invite-title">
      <h3 id="invite-title">{t('delegations.manage.inviteTitle')}</h3>
      <p className="hint">{t('delegations.manage.inviteHint')}</p>
      <ProblemAlert error={errors.shown} labels={labels} />
      <SelectField
        id="invite-delegation"
        label={labels.id}
        value={id}
        onChange={(e) => setId(e.target.value)}
        options={[
          { value: '', label: t('delegations.mine.choose') },
          ...overview.delegations.map((d) => ({
            value: d.id,
            label: delegationName(d, language, INTL_LOCALES[language]),
          })),
        ]}
        {...errors.errorFor('id')}
      />
      <TextField
        id="invite-email"
        type="email"
        autoComplete="off"
        label={labels.email}
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        {...errors.errorFor('email')}
        aria-required
      />
      <TextField
        id="invite-name"
        autoComplete="off"
        label={labels.name}
        hint={t('roles.nameHint')}
        value={name}
        onChange={(e) => setName(e.target.value)}
        {...errors.errorFor('name')}
      />
      <SelectField
        id="invite-language"
        label={labels.language}
        value={mailLanguage}
        onChange={(e) => setMailLanguage(e.target.value as Language)}
        options={(Object.keys(LANGUAGE_NAMES) as Language[]).map((l) => ({ value: l, label: LANGUAGE_NAMES[l] }))}
        {...errors.errorFor('language')}
      />
      <SubmitButton isBusy={invite.isPending}>{t('delegations.manage.invite')}</SubmitButton>
    </form>
  );
}
