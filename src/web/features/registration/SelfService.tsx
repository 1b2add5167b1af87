import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegistrationFormView, RegistrationView } from '../../../shared/registration.js';
import { isLanguage, LANGUAGE_NAMES } from '../../i18n/i18n.js';
import { LANGUAGES } from '../../lib/contract.js';
import { ChoiceGroup } from '../../ui/Choices.js';
import { SubmitButton } from '../../ui/Field.js';
import { fieldId } from '../../ui/FormParts.js';
import { useFormErrors } from '../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../ui/ProblemAlert.js';
import {
  badgePath,
  exportPath,
  useCancelMyRegistration,
  useEraseMyRegistration,
  useUpdateMyRegistration,
} from './api.js';
import { RegistrationFields } from './RegistrationFields.js';
import { useRegistrationLabels } from './registrationLabels.js';
import { changedUpdate, checkRegistration, type RegistrationValues, valuesFromView } from './registrationValues.js';

interface Props {
  slug: string;
  registration: RegistrationView;
  form: RegistrationFormView;
}

const isActive = (registration: RegistrationView) =>
  registration.status !== 'cancelled' && registration.status !== 'declined';

/** What the registrant may do with their registration: change it, cancel it, take their data, erase it. */
export function SelfService(props: Props & { onErased: () => void }) {
  const { t } = useTranslation();
  const { slug, registration } = props;
  const hasBadge = registration.status === 'confirmed' && registration.attendance === 'in_person';
  return (
    <>
      {hasBadge && (
        <section aria-labelledby="badge-title">
          <h2 id="badge-title">{t('registration.mine.badgeTitle')}</h2>
          <p>{t('registration.mine.badgeBody')}</p>
          <p>
            <a className="button-link" href={badgePath(slug)} download>
              {t('registration.mine.badgeLink')}
            </a>
          </p>
        </section>
      )}
      {isActive(registration) && <EditForm {...props} />}
      <section aria-labelledby="data-title">
        <h2 id="data-title">{t('registration.mine.dataTitle')}</h2>
        <p>{t('registration.mine.dataBody')}</p>
        <p>
          <a href={exportPath(slug)} download>
            {t('registration.mine.download')}
          </a>
        </p>
      </section>
      {isActive(registration) && <CancelStep slug={slug} />}
      <EraseStep slug={slug} onErased={props.onErased} />
    </>
  );
}

function EditForm({ slug, registration, form }: Props) {
  const { t } = useTranslation();
  const [values, setValues] = useState<RegistrationValues>(() => valuesFromView(registration));
  const [status, setStatus] = useState<string | null>(null);
  const update = useUpdateMyRegistration(slug);
  const errors = useFormErrors(update.error);
  const labels = useRegistrationLabels(form);

  const save = (event: FormEvent) => {
    event.preventDefault();
    if (update.isPending) return;
    setStatus(null);
    if (!errors.check(checkRegistration(values, form, false))) return;
    const changes = changedUpdate(values, registration, form);
    if (Object.keys(changes).length === 0) {
      update.reset();
      setStatus(t('registration.mine.nothingChanged'));
      return;
    }
    update.mutate(changes, {
      onSuccess: (saved) => {
        setValues(valuesFromView(saved));
        setStatus(t('registration.mine.saved'));
      },
    });
  };

  return (
    <section aria-labelledby="edit-title">
      <h2 id="edit-title">{t('registration.mine.editTitle')}</h2>
      <p>{t('registration.mine.editIntro')}</p>
      <form onSubmit={save} noValidate className="registration-form">
        <ProblemAlert error={errors.shown} labels={labels} isFocused fieldIdOf={fieldId} />
        <RegistrationFields
          values={values}
          onChange={(next) => {
            setValues(next);
            setStatus(null);
          }}
          form={form}
          errorFor={errors.errorFor}
          isNew={false}
        />
        <ChoiceGroup
          id={fieldId('language')}
          type="radio"
          legend={t('registration.mine.language')}
          choices={LANGUAGES.map((language) => ({
            value: language,
            label: <span lang={language}>{LANGUAGE_NAMES[language]}</span>,
          }))}
          value={[values.language]}
          onChange={([language]) => {
            setValues({ ...values, language: isLanguage(language) ? language : values.language });
            setStatus(null);
          }}
          {...errors.errorFor('language')}
        />
        <div className="form-actions">
          <SubmitButton isBusy={update.isPending}>
            {update.isPending ? t('common.saving') : t('registration.mine.save')}
          </SubmitButton>
          <StatusMessage>{status}</StatusMessage>
        </div>
      </form>
    </section>
  );
}

/**
 * A grave action in two steps: the first button opens a question that says what
 * will happen; the focus goes to it, and back to the first button when it is dismissed.
 */
function ConfirmStep(props: {
  id: string;
  title: string;
  start: string;
  question: string;
  children: ReactNode;
  confirm: string;
  keep: string;
  isBusy: boolean;
  error: unknown;
  onConfirm: () => void;
}) {
  const [isAsking, setIsAsking] = useState(false);
  const question = useRef<HTMLHeadingElement>(null);
  const startButton = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (isAsking) question.current?.focus();
    else if (wasAsking.current) startButton.current?.focus();
    wasAsking.current = isAsking;
  }, [isAsking]);
  return (
    <section aria-labelledby={`${props.id}-title`}>
      <h2 id={`${props.id}-title`}>{props.title}</h2>
      {isAsking ? (
        <div className="card confirm-step">
          <h3 ref={question} tabIndex={-1}>
            {props.question}
          </h3>
          {props.children}
          <ProblemAlert error={props.error} />
          <div className="form-actions">
            <button
              type="button"
              aria-disabled={props.isBusy || undefined}
              onClick={() => !props.isBusy && props.onConfirm()}
            >
              {props.confirm}
            </button>
            <button type="button" className="secondary" onClick={() => setIsAsking(false)}>
              {props.keep}
            </button>
          </div>
        </div>
      ) : (
        <button ref={startButton} type="button" className="secondary" onClick={() => setIsAsking(true)}>
          {props.start}
        </button>
      )}
    </section>
  );
}

function CancelStep({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const cancel = useCancelMyRegistration(slug);
  return (
    <ConfirmStep
      id="cancel"
      title={t('registration.mine.cancelTitle')}
      start={t('registration.mine.cancel')}
      question={t('registration.mine.cancelQuestion')}
      confirm={t('registration.mine.cancelConfirm')}
      keep={t('registration.mine.keep')}
      isBusy={cancel.isPending}
      error={cancel.error}
      // The question is gone with the cancelled registration's actions: the status it now has takes the focus.
      onConfirm={() => cancel.mutate(undefined, { onSuccess: () => document.getElementById('status-title')?.focus() })}
    >
      <p>{t('registration.mine.cancelExplain')}</p>
    </ConfirmStep>
  );
}

function EraseStep({ slug, onErased }: { slug: string; onErased: () => void }) {
  const { t } = useTranslation();
  const erase = useEraseMyRegistration(slug);
  return (
    <ConfirmStep
      id="erase"
      title={t('registration.mine.eraseTitle')}
      start={t('registration.mine.erase')}
      question={t('registration.mine.eraseQuestion')}
      confirm={t('registration.mine.eraseConfirm')}
      keep={t('registration.mine.keep')}
      isBusy={erase.isPending}
      error={erase.error}
      onConfirm={() => erase.mutate(undefined, { onSuccess: onErased })}
    >
      <p>{t('registration.mine.eraseExplain')}</p>
      <p>{t('registration.mine.eraseStays')}</p>
    </ConfirmStep>
  );
}
