import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session.js';
import { LoadError, Loading, NotAllowed, SignInRequired } from '../../ui/States.js';
import { useDocumentTitle } from '../../ui/text.js';
import { viewerTimeZone } from '../../ui/time.js';
import { MailTable } from '../mail/index.js';
import { useAdminOutbox } from './api.js';

/** Every mail the platform queued, sign-in links included: how the embedded default, with no SMTP, reads its mail. */
export function AdminOutboxPage() {
  const { t } = useTranslation();
  const session = useSession();
  const account = session.data?.account ?? null;
  const outbox = useAdminOutbox(account?.isAdmin === true);
  useDocumentTitle(account?.isAdmin ? t('adminOutbox.title') : null);

  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  if (!account.isAdmin) return <NotAllowed />;
  return (
    <>
      <h1>{t('adminOutbox.title')}</h1>
      <p>{t('adminOutbox.intro')}</p>
      <button type="button" className="secondary" onClick={() => void outbox.refetch()}>
        {t('adminOutbox.refresh')}
      </button>
      {outbox.isPending && <Loading />}
      {outbox.isError && <LoadError error={outbox.error} onRetry={() => void outbox.refetch()} />}
      {outbox.data && <MailTable mails={outbox.data} timeZone={viewerTimeZone()} captionId="admin-outbox-caption" />}
    </>
  );
}
