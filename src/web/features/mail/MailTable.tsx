import './mail.css';
import { useTranslation } from 'react-i18next';
import type { OutboxMailView } from '../../../shared/admin.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { TableScroll } from '../../ui/TableScroll.js';
import { formatInstant } from '../../ui/time.js';

/**
 * A mail's text with this site's links made links: without SMTP, an administrator
 * opens sign-in links from here. Links to other sites stay text.
 */
function MailText({ text }: { text: string }) {
  const origin = window.location.origin;
  return text.split(/(https?:\/\/\S+)/).map((part, index) =>
    index % 2 === 1 && part.startsWith(`${origin}/`) ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed text never move.
      <a key={index} href={part}>
        {part}
      </a>
    ) : (
      part
    ),
  );
}

/** Mails queued and sent, newest first, each body behind a disclosure. Times in `timeZone` and UTC. */
export function MailTable({
  mails,
  timeZone,
  captionId,
}: {
  mails: OutboxMailView[];
  timeZone: string;
  captionId: string;
}) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  if (mails.length === 0) return <p>{t('outbox.empty')}</p>;
  return (
    <TableScroll captionId={captionId}>
      <table className="mail-table">
        <caption id={captionId} className="visually-hidden">
          {t('outbox.caption')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('outbox.queued')}</th>
            <th scope="col">{t('outbox.to')}</th>
            <th scope="col">{t('outbox.subject')}</th>
            <th scope="col">{t('outbox.status')}</th>
          </tr>
        </thead>
        <tbody>
          {mails.map((mail) => (
            <tr key={mail.id}>
              <td>
                <time dateTime={mail.createdAt}>{formatInstant(mail.createdAt, timeZone, locale)}</time>
                {timeZone !== 'UTC' && (
                  <>
                    <br />
                    <span className="muted">{formatInstant(mail.createdAt, 'UTC', locale)}</span>
                  </>
                )}
              </td>
              <td>{mail.to}</td>
              <td>
                <details>
                  <summary lang={mail.language}>{mail.subject}</summary>
                  <pre className="mail-body" lang={mail.language}>
                    <MailText text={mail.text} />
                  </pre>
                </details>
              </td>
              <td>
                {t(`outbox.statuses.${mail.status}`)}
                {mail.lastError && (
                  <>
                    <br />
                    <span className="muted" lang="en">
                      {mail.lastError}
                    </span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
