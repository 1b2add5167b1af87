import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DelegationView } from '../../../../shared/delegations.js';
import type { EventView } from '../../../../shared/events.js';
import { DELEGATION_POLICY } from '../../../../shared/policies.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { may, useAccount } from '../../../lib/session.js';
import { delegationName } from '../../../ui/countries.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { Localized } from '../../../ui/text.js';
import { useOverview } from '../api.js';
import { HeadOfDelegation } from '../Head.js';
import { SpeakingOrder } from './SpeakingOrder.js';
import { CreateForms, InviteForm, SettingsForm } from './StaffForms.js';

function DelegationRow({ slug, delegation }: { slug: string; delegation: DelegationView }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const others = delegation.members.filter((m) => m.role !== 'head');
  return (
    <tr>
      <td>{delegation.speakingOrder}</td>
      <th scope="row">
        <Link to={pagePath('delegation', { slug: slug, id: delegation.id })}>
          {delegationName(delegation, language, INTL_LOCALES[language])}
        </Link>
      </th>
      <td>{delegation.focalPoints.map((f) => `${f.name} <${f.email}>`).join(', ')}</td>
      <td>
        <HeadOfDelegation head={delegation.head} />
      </td>
      <td>{others.map((m) => `${m.name} (${t(`delegations.roles.${m.role}`)})`).join(', ')}</td>
      <td>{delegation.theme ? <Localized text={delegation.theme.title} /> : t('delegations.noTheme')}</td>
      <td>{delegation.hasStatement ? t('delegations.statementIn') : t('delegations.statementPending')}</td>
    </tr>
  );
}

/** The organizer area's "Delegations": make them, name focal points, set the deadline and quotas, order the plenary. */
export function DelegationsSection({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const account = useAccount();
  const overview = useOverview(event.slug);
  const [status, setStatus] = useState<string | null>(null);
  if (overview.isPending) return <Loading />;
  if (overview.isError) return <LoadError error={overview.error} onRetry={() => void overview.refetch()} />;
  const { delegations } = overview.data;
  const canReorder = may(account, DELEGATION_POLICY.reorder, event);
  return (
    <section aria-labelledby="delegations-section-title">
      <h2 id="delegations-section-title">{t('manage.sections.delegations')}</h2>
      <p>
        <Link to={pagePath('delegations', { slug: event.slug })}>{t('delegations.manage.publicLink')}</Link>
      </p>
      <StatusMessage>{status}</StatusMessage>
      {delegations.length === 0 ? (
        <p>{t('delegations.none')}</p>
      ) : (
        <div className="table-scroll">
          <table>
            <caption>{t('delegations.manage.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('delegations.manage.columns.order')}</th>
                <th scope="col">{t('delegations.manage.columns.delegation')}</th>
                <th scope="col">{t('delegations.manage.columns.focalPoints')}</th>
                <th scope="col">{t('delegations.head')}</th>
                <th scope="col">{t('delegations.manage.columns.members')}</th>
                <th scope="col">{t('delegations.theme')}</th>
                <th scope="col">{t('delegations.statement')}</th>
              </tr>
            </thead>
            <tbody>
              {delegations.map((delegation) => (
                <DelegationRow key={delegation.id} slug={event.slug} delegation={delegation} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {canReorder && delegations.length > 1 && <SpeakingOrder slug={event.slug} delegations={delegations} />}
      <CreateForms event={event} onDone={setStatus} />
      {delegations.length > 0 && <InviteForm event={event} overview={overview.data} onDone={setStatus} />}
      <SettingsForm
        key={overview.data.settings.statementDeadline ?? ''}
        event={event}
        overview={overview.data}
        onDone={setStatus}
      />
    </section>
  );
}
