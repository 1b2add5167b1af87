import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DELEGATION_ROLES,
  type DelegationRole,
  type DelegationWorkspace,
  PROTOCOL_RANKS,
  type ProtocolRank,
} from '../../../shared/delegations.js';
import { SelectField, SubmitButton } from '../../ui/Field.js';
import { useFormErrors } from '../../ui/formErrors.js';
import { ProblemAlert, StatusMessage } from '../../ui/ProblemAlert.js';
import { useEndorseMember, useRemoveMember } from './api.js';

interface Props {
  slug: string;
  workspace: DelegationWorkspace;
}

function EndorseForm({ slug, workspace, onDone }: Props & { onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const endorse = useEndorseMember(slug, workspace.delegation.id);
  const [registrationId, setRegistrationId] = useState('');
  const [role, setRole] = useState<DelegationRole>('delegate');
  const [rank, setRank] = useState<ProtocolRank | ''>('');
  const errors = useFormErrors(endorse.error);
  const labels = {
    registrationId: t('delegations.mine.candidate'),
    role: t('delegations.mine.role'),
    rank: t('delegations.mine.rank'),
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (endorse.isPending) return;
    const own = [
      registrationId ? null : { field: 'registrationId', message: 'delegations.mine.candidateRequired' },
      role === 'head' && !rank ? { field: 'rank', message: 'delegations.mine.rankRequired' } : null,
    ];
    if (!errors.check(own)) return;
    const person = workspace.candidates.find((c) => c.registrationId === registrationId);
    endorse.mutate(
      { registrationId, role, rank: rank || null },
      {
        onSuccess: () => {
          onDone(t('delegations.mine.endorsed', { name: person?.name, role: t(`delegations.roles.${role}`) }));
          setRegistrationId('');
          setRank('');
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate className="card" aria-labelledby="endorse-title">
      <h3 id="endorse-title">{t('delegations.mine.endorseTitle')}</h3>
      <p className="hint">{t('delegations.mine.endorseHint')}</p>
      <ProblemAlert error={errors.shown} labels={labels} />
      <SelectField
        id="registrationId"
        label={labels.registrationId}
        value={registrationId}
        onChange={(e) => setRegistrationId(e.target.value)}
        options={[
          { value: '', label: t('delegations.mine.choose') },
          ...workspace.candidates.map((c) => ({ value: c.registrationId, label: `${c.name} (${c.organization})` })),
        ]}
        {...errors.errorFor('registrationId')}
      />
      <SelectField
        id="role"
        label={labels.role}
        value={role}
        onChange={(e) => setRole(e.target.value as DelegationRole)}
        options={DELEGATION_ROLES.map((r) => ({ value: r, label: t(`delegations.roles.${r}`) }))}
        {...errors.errorFor('role')}
      />
      <SelectField
        id="rank"
        label={labels.rank}
        hint={t('delegations.mine.rankHint')}
        value={rank}
        onChange={(e) => setRank(e.target.value as ProtocolRank | '')}
        options={[
          { value: '', label: t('delegations.mine.noRank') },
          ...PROTOCOL_RANKS.map((r) => ({ value: r, label: t(`delegations.ranks.${r}`) })),
        ]}
        {...errors.errorFor('rank')}
      />
      <SubmitButton isBusy={endorse.isPending}>{t('delegations.mine.endorse')}</SubmitButton>
    </form>
  );
}

/** The delegation's endorsed members and the country's delegate registrations still to endorse. */
export function Members({ slug, workspace }: Props) {
  const { t } = useTranslation();
  const remove = useRemoveMember(slug, workspace.delegation.id);
  const [status, setStatus] = useState<string | null>(null);
  const { members } = workspace.delegation;
  return (
    <section aria-labelledby="members-title">
      <h2 id="members-title" tabIndex={-1}>
        {t('delegations.mine.membersTitle')}
      </h2>
      <StatusMessage>{status}</StatusMessage>
      <ProblemAlert error={remove.error} />
      {members.length === 0 ? (
        <p>{t('delegations.mine.noMembers')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption className="visually-hidden">{t('delegations.mine.membersTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('delegations.mine.name')}</th>
                <th scope="col">{t('delegations.mine.role')}</th>
                <th scope="col">{t('delegations.mine.rank')}</th>
                <th scope="col">{t('delegations.mine.accreditation')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('delegations.mine.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <td>{member.name}</td>
                  <td>{t(`delegations.roles.${member.role}`)}</td>
                  <td>{member.rank ? t(`delegations.ranks.${member.rank}`) : ''}</td>
                  <td>{t(`registrationList.statuses.${member.status}`)}</td>
                  <td>
                    <button
                      type="button"
                      className="secondary small"
                      onClick={() =>
                        remove.mutate(member.id, {
                          onSuccess: () => {
                            setStatus(t('delegations.mine.removed', { name: member.name }));
                            document.getElementById('members-title')?.focus();
                          },
                        })
                      }
                    >
                      {t('delegations.mine.remove')}
                      <span className="visually-hidden"> {member.name}</span>
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h3>{t('delegations.mine.candidatesTitle')}</h3>
      {workspace.candidates.length === 0 ? (
        <p>{t('delegations.mine.noCandidates')}</p>
      ) : (
        <ul className="candidates">
          {workspace.candidates.map((c) => (
            <li key={c.registrationId}>
              {c.name}, {c.organization}
              {c.position ? `, ${c.position}` : ''} ({t(`registrationList.statuses.${c.status}`)})
            </li>
          ))}
        </ul>
      )}
      {workspace.candidates.length > 0 && <EndorseForm slug={slug} workspace={workspace} onDone={setStatus} />}
    </section>
  );
}
