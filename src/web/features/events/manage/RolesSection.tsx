import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventRole } from '../../../../shared/auth.js';
import { EVENT_ROLES } from '../../../lib/contract.js';
import { SelectField, SubmitButton, TextField } from '../../../ui/Field.js';
import { looksLikeEmail, useFormErrors } from '../../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
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
          onDone(t('roles.granted', { name: granted.name, role: t(`roles.names.${granted.role}`) }));
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

export function RolesSection({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const roles = useRoles(slug);
  const revoke = useRevokeRole(slug);
  const [status, setStatus] = useState<string | null>(null);
  const heading = (
    <h2 id="roles-title" tabIndex={-1}>
      {t('manage.sections.roles')}
    </h2>
  );

  if (roles.isPending) return <Loading />;
  if (roles.isError) return <LoadError error={roles.error} onRetry={() => void roles.refetch()} />;

  const revokeRole = (role: RoleView) => {
    setStatus(null);
    revoke.mutate(role, {
      onSuccess: () => {
        setStatus(t('roles.revoked', { name: role.name, role: t(`roles.names.${role.role}`) }));
        document.getElementById('roles-title')?.focus();
      },
    });
  };

  return (
    <section aria-labelledby="roles-title">
      {heading}
      <StatusMessage>{status}</StatusMessage>
      <ProblemAlert error={revoke.error} />
      <div className="table-scroll">
        <table>
          <caption className="visually-hidden">{t('roles.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('roles.name')}</th>
              <th scope="col">{t('roles.email')}</th>
              <th scope="col">{t('roles.role')}</th>
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
                  <button type="button" className="secondary small" onClick={() => revokeRole(role)}>
                    {t('roles.revoke')}
                    <span className="visually-hidden">
                      {' '}
                      {t('roles.revokeWhat', { name: role.name, role: t(`roles.names.${role.role}`) })}
                    </span>
                  </button>
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
