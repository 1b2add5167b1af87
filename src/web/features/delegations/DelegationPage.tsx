import './delegations.css';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublicDelegationDetail } from '../../../shared/delegations.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { delegationName } from '../../ui/countries.js';
import { InstantTimes } from '../../ui/InstantTimes.js';
import { LoadError, Loading } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { usePublicDelegation } from './api.js';
import { HeadOfDelegation } from './Head.js';

/** The statement in the reader's language, or the other one (marked as such) when it is the only one. */
function Statement({ delegation }: { delegation: PublicDelegationDetail }) {
  const language = currentLanguage();
  const used = delegation.statement[language] ? language : Object.keys(delegation.statement)[0];
  const text = used ? (delegation.statement[used] ?? '') : '';
  return (
    <div className="statement" lang={used === language ? undefined : used}>
      {text.split(/\n{2,}/).map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
    </div>
  );
}

export function DelegationPage() {
  const { slug = '', id = '' } = useParams();
  const { t } = useTranslation();
  const language = currentLanguage();
  const event = useEvent(slug);
  const delegation = usePublicDelegation(slug, id);
  const name = delegation.data ? delegationName(delegation.data, language, INTL_LOCALES[language]) : null;
  useDocumentTitle(delegation.isError ? null : (name ?? t('common.loading')));

  if (delegation.isPending || event.isPending) return <Loading />;
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (delegation.isError) return <LoadError error={delegation.error} onRetry={() => void delegation.refetch()} />;
  const d = delegation.data;
  return (
    <article className="delegation-page" aria-labelledby="delegation-title">
      <p>
        <Link to={pagePath('delegations', { slug })}>{t('delegations.allLink')}</Link>
      </p>
      <h1 id="delegation-title">{name}</h1>
      <dl className="facts">
        <dt>{t('delegations.head')}</dt>
        <dd>
          <HeadOfDelegation head={d.head} />
        </dd>
        <dt>{t('delegations.theme')}</dt>
        <dd>{d.theme ? <Localized text={d.theme.title} /> : t('delegations.noTheme')}</dd>
        <dt>{t('delegations.speakingOrder')}</dt>
        <dd>{d.speakingOrder}</dd>
      </dl>
      <h2>{t('delegations.statement')}</h2>
      {d.statementSubmittedAt ? (
        <>
          <Statement delegation={d} />
          <p className="muted">
            {t('delegations.submittedAt')}{' '}
            <InstantTimes at={d.statementSubmittedAt} eventTimeZone={event.data.timeZone} />
          </p>
          {d.statementVideoUrl && (
            <p>
              <a href={d.statementVideoUrl} rel="noopener noreferrer">
                {t('delegations.video')}
              </a>
            </p>
          )}
        </>
      ) : (
        <p>{t('delegations.noStatement')}</p>
      )}
    </article>
  );
}
