import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EventRole } from '../../../../shared/auth.js';
import type { DelegationOverview } from '../../../../shared/delegations.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { api, eventApiPath } from '../../../lib/api.js';
import { EVENT_ROLES } from '../../../lib/contract.js';
import { ConfirmInline } from '../../../ui/ConfirmInline.js';
import { delegationName } from '../../../ui/countries.js';
import { SelectField, SubmitButton, TextField } from '../../../ui/Field.js';
import { looksLikeEmail, useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { eventKeys } from '../api.js';
import { type RoleView, useGrantRole, useRevokeRole, useRoles } from './manageApi.js';

function GrantForm({ slug, onDone }: { slug: string; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const grant = useGrantRole(slug);
  const [email, setEmail] = useState('');
  const [name, setName] = useState('');
  const [role, setRole] = useState<EventRole>('secretariat');
  const errors = useFormErrors(grant.error);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (grant.isPending) return;
    const isEmail = looksLikeEmail(email.trim());
    if (!errors.check([isEmail ? null : { field: 'email', message: 'validation.email' }])) return;
    const trimmedName = name.trim();
    grant.mutate(
      { email: email.trim(), role, ...(trimmedName ? { name: trimmedName } : {}) },
      {
        onSuccess: (granted) => {
          onDone(t('roles.mailed', { name: granted.name, role: t(`roles.names.${granted.role}`) }));
          setEmail('');
          setName('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="card">
      <h3>{t('roles.grantTitle')}</h3>
      <ProblemAlert
        error={errors.shown}
        labels={{ email: t('roles.email'), name: t('roles.name'), role: t('roles.role') }}
      />
      <TextField
        id="grant-email"
        label={t('roles.email')}
        type="email"
        autoComplete="off"
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        {...errors.errorFor('email')}
        aria-required
      />
      <TextField
        id="grant-name"
        label={t('roles.name')}
        hint={t('roles.nameHint')}
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        {...errors.errorFor('name')}
      />
      <SelectField
        id="grant-role"
        label={t('roles.role')}
        value={role}
        onChange={(e) => setRole(e.target.value as EventRole)}
        {...errors.errorFor('role')}
        options={EVENT_ROLES.map((r) => ({ value: r, label: t(`roles.names.${r}`) }))}
      />
      <SubmitButton isBusy={grant.isPending}>{t('roles.grant')}</SubmitButton>
    </form>
  );
}

/**
 * The delegations' names by id, for the focal points and delegates who serve them: from the
 * staff's overview, which lists the delegations not yet confirmed too (the public list does not).
 */
function useDelegationNames(slug: string) {
  const delegations = useQuery({
    queryKey: eventKeys.delegations(slug),
    queryFn: () => api.get<DelegationOverview>(eventApiPath(slug, '/delegations/overview')),
  });
  const language = currentLanguage();
  const locale = INTL_LOCALES[language];
  return new Map((delegations.data?.delegations ?? []).map((d) => [d.id, delegationName(d, language, locale)]));
}

/** Each role in one sentence: what it lets a person do. */
function RoleExplanations() {
  const { t } = useTranslation();
  return (
    <details className="card" open>
      <summary>{t('roles.explainTitle')}</summary>
      <dl className="role-explanations">
        {EVENT_ROLES.map((role) => (
          <div key={role}>
            <dt>{t(`roles.names.${role}`)}</dt>
            <dd>{t(`roles.explain.${role}`)}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function RevokeCell({
  slug,
  role,
  isLastOrganizer,
  onRevoked,
}: {
  slug: string;
  role: RoleView;
  isLastOrganizer: boolean;
  onRevoked: (role: RoleView) => void;
}) {
  const { t } = useTranslation();
  const revoke = useRevokeRole(slug);
  const words = { name: role.name, role: t(`roles.names.${role.role}`) };
  // The server refuses too (409 role.last_organizer): the event would have no one to run it.
  if (isLastOrganizer) return <p className="muted">{t('roles.lastOrganizer')}</p>;
  return (
    <ConfirmInline
      id={`revoke-${role.accountId}-${role.role}`}
      start={t('roles.revoke')}
      startLabel={`${t('roles.revoke')} ${t('roles.revokeWhat', words)}`}
      question={t('roles.revokeQuestion', words)}
      confirm={t('roles.revokeConfirm')}
      keep={t('roles.keep')}
      isBusy={revoke.isPending}
      error={revoke.error}
      onConfirm={() => revoke.mutateAsync(role).then(() => onRevoked(role))}
    />
  );
}

export function RolesSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const roles = useRoles(slug);
  const delegationNames = useDelegationNames(slug);
  const [status, setStatus] = useState<string | null>(null);

  if (roles.isPending) return <Loading />;
  if (roles.isError) return <LoadError error={roles.error} onRetry={() => void roles.refetch()} />;

  const organizers = roles.data.filter((r) => r.role === 'organizer');
  const onRevoked = (role: RoleView) => {
    setStatus(t('roles.revoked', { name: role.name, role: t(`roles.names.${role.role}`) }));
    document.getElementById('roles-title')?.focus();
  };

  return (
    <section aria-labelledby="roles-title">
      <h2 id="roles-title" tabIndex={-1}>
        {t('manage.sections.roles')}
      </h2>
      <p>{t('roles.intro')}</p>
      <RoleExplanations />
      <StatusMessage>{status}</StatusMessage>
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('roles.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roles.name')}</th>
              <th scope="col">{t('roles.email')}</th>
              <th scope="col">{t('roles.role')}</th>
              <th scope="col">{t('roles.delegation')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('roles.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {roles.data.map((role) => (
              <tr key={`${role.accountId}:${role.role}`}>
                <td>{role.name}</td>
                <td>{role.email}</td>
                <td>{t(`roles.names.${role.role}`)}</td>
                <td>
                  {role.delegationId ? (
                    <Link to={pagePath('manage', { slug, section: 'delegations' })}>
                      {delegationNames.get(role.delegationId) ?? t('roles.delegation')}
                    </Link>
                  ) : (
                    <span className="muted">{t('roles.noDelegation')}</span>
                  )}
                </td>
                <td>
                  <RevokeCell
                    slug={slug}
                    role={role}
                    isLastOrganizer={role.role === 'organizer' && organizers.length === 1}
                    onRevoked={onRevoked}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <GrantForm slug={slug} onDone={setStatus} />
    </section>
  );
}
