import './registration.css';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Attendance } from '../../../shared/constants.js';
import type { RegistrationCreated, RegistrationFormView } from '../../../shared/registration.js';
import { windowState } from '../../../shared/registrationRules.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { CheckboxField } from '../../ui/Choices.js';
import { SubmitButton } from '../../ui/Field.js';
import { fieldId } from '../../ui/FormParts.js';
import { useFormErrors } from '../../ui/formErrors.js';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { ProblemAlert } from '../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../ui/States.js';
import { Localized, pickedLanguage, useDocumentTitle } from '../../ui/text.js';
import { viewerTimeZone } from '../../ui/time.js';
import { EndedBanner, useEvent } from '../events/index.js';
import { useRegister, useRegistrationForm } from './api.js';
import { RegistrationFields } from './RegistrationFields.js';
import { useRegistrationLabels } from './registrationLabels.js';
import { checkRegistration, emptyValues, type RegistrationValues, toInput } from './registrationValues.js';
import { StatusText } from './StatusPanel.js';

/** The public registration form of an event, and the confirmation after it. */
export function RegisterPage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const event = useEvent(slug);
  const form = useRegistrationForm(slug);
  const eventName = event.data ? pickText(event.data.name, currentLanguage()) : null;
  const failed = event.isError ? event : form.isError ? form : null;
  useDocumentTitle(failed ? null : eventName ? t('registration.title', { event: eventName }) : t('common.loading'));

  if (failed) return <LoadError error={failed.error} onRetry={() => void failed.refetch()} />;
  if (!event.data || !form.data) return <Loading />;
  const window = windowState(form.data, Date.now());
  return (
    <div className="registration">
      <h1>
        {t('registration.heading')}
        <span className="subtitle">
          <Localized text={event.data.name} />
        </span>
      </h1>
      <EndedBanner event={event.data} />
      {!form.data.isOpen ? (
        <p className="alert alert-info">{t('registration.closed')}</p>
      ) : window === 'not_yet_open' && form.data.opensAt ? (
        <p className="alert alert-info">
          {t('registration.window.opensAt')} <InstantTimes at={form.data.opensAt} eventTimeZone={event.data.timeZone} />
        </p>
      ) : window === 'ended' && form.data.closesAt ? (
        <p className="alert alert-info">
          {t('registration.window.closedAt')}{' '}
          <InstantTimes at={form.data.closesAt} eventTimeZone={event.data.timeZone} />
        </p>
      ) : (
        <>
          {form.data.closesAt && (
            <p>
              {t('registration.window.closesAt')}{' '}
              <InstantTimes at={form.data.closesAt} eventTimeZone={event.data.timeZone} />
            </p>
          )}
          <RegisterForm slug={slug} form={form.data} />
        </>
      )}
      <p>
        <Link to={pagePath('event', { slug })}>{t('registration.backToEvent')}</Link>
      </p>
    </div>
  );
}

function RegisterForm({ slug, form }: { slug: string; form: RegistrationFormView }) {
  const { t } = useTranslation();
  const [values, setValues] = useState<RegistrationValues>(() => emptyValues(form));
  const [created, setCreated] = useState<{ result: RegistrationCreated; email: string } | null>(null);
  const register = useRegister(slug);
  const errors = useFormErrors(register.error);
  const labels = useRegistrationLabels(form);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (register.isPending) return;
    if (!errors.check(checkRegistration(values, form, true))) return;
    // The browser's zone, so the confirmation mail gives the event's time in the reader's too.
    const input = { ...toInput(values, form, currentLanguage()), timeZone: viewerTimeZone() };
    register.mutate(input, { onSuccess: (result) => setCreated({ result, email: input.email }) });
  };

  if (created) {
    const attendance = values.attendance || 'virtual';
    return <Confirmation slug={slug} created={created.result} email={created.email} attendance={attendance} />;
  }
  return (
    <form onSubmit={submit} noValidate className="registration-form">
      <p>{t('registration.intro')}</p>
      <ProblemAlert error={errors.shown} labels={labels} isFocused fieldIdOf={fieldId} />
      <RegistrationFields values={values} onChange={setValues} form={form} errorFor={errors.errorFor} isNew />
      <Honeypot value={values.website} onChange={(website) => setValues({ ...values, website })} />
      <fieldset>
        <legend>{t('registration.privacy')}</legend>
        <PrivacyNotice form={form} />
        <CheckboxField
          id={fieldId('consent')}
          label={t('registration.fields.consent', { version: form.privacyVersion })}
          hint={t('form.required')}
          isRequired
          checked={values.consent}
          onChange={(consent) => setValues({ ...values, consent })}
          {...errors.errorFor('consent')}
        />
      </fieldset>
      <div className="form-actions">
        <SubmitButton isBusy={register.isPending}>
          {register.isPending ? t('registration.sending') : t('registration.submit')}
        </SubmitButton>
      </div>
    </form>
  );
}

/** A field people never see nor reach, which bots fill in: kept off screen and out of the accessibility tree. */
function Honeypot({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <div className="honeypot" aria-hidden="true">
      <label htmlFor={fieldId('website')}>{t('registration.honeypot')}</label>
      <input
        id={fieldId('website')}
        name="website"
        type="text"
        tabIndex={-1}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export function PrivacyNotice({ form }: { form: Pick<RegistrationFormView, 'privacyNotice' | 'privacyVersion'> }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const used = pickedLanguage(form.privacyNotice, language);
  return (
    <details className="privacy-notice">
      <summary>{t('registration.readPrivacy', { version: form.privacyVersion })}</summary>
      <div lang={used === language ? undefined : used}>
        {pickText(form.privacyNotice, language)
          .split(/\n{2,}/)
          .map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
      </div>
    </details>
  );
}

function Confirmation(props: { slug: string; created: RegistrationCreated; email: string; attendance: Attendance }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the reader was in is gone: take them to what replaced it.
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="alert alert-success confirmation" aria-labelledby="registered-title">
      <h2 id="registered-title" ref={heading} tabIndex={-1}>
        {t('registration.thanks')}
      </h2>
      <StatusText status={props.created.status} attendance={props.attendance} />
      <p>{t('registration.mailOnItsWay', { email: props.email })}</p>
    </section>
  );
}
