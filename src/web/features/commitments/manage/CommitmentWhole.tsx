import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommitmentDetail } from '../../../../shared/commitmentViews.js';
import type { EventView } from '../../../../shared/events.js';
import type { LocalizedText } from '../../../../shared/text.js';
import { currentLanguage, INTL_LOCALES, LANGUAGE_NAMES } from '../../../i18n/i18n.js';
import { countryName } from '../../../ui/countries.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { TableScroll } from '../../../ui/TableScroll.js';
import { Localized } from '../../../ui/text.js';
import { countryLabel, focusAreaTitle } from './names.js';

/** A calendar day (2024-12-31) as the reader writes it; days have no zone. */
export function formatDay(day: string) {
  return new Intl.DateTimeFormat(INTL_LOCALES[currentLanguage()], { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** Each language a text was written in, marked as such: the reviewer reads them all. */
function EveryLanguage({ text, isLong }: { text: LocalizedText; isLong?: boolean }) {
  const entries = Object.entries(text).filter(([, value]) => value.trim() !== '');
  return (
    <>
      {entries.map(([language, value]) => (
        <div key={language} className="host-language-version">
          <span className="label">{LANGUAGE_NAMES[language as keyof typeof LANGUAGE_NAMES] ?? language}</span>
          {isLong ? (
            value.split(/\n{2,}/).map((paragraph) => (
              <p key={paragraph} lang={language}>
                {paragraph}
              </p>
            ))
          ) : (
            <p lang={language}>{value}</p>
          )}
        </div>
      ))}
    </>
  );
}

/** A commitment whole, as the secretariat reviews it: every field, in every language given, and its deliverables. */
export function CommitmentWhole({ event, commitment: c }: { event: EventView; commitment: CommitmentDetail }) {
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const none = t('commitmentsHost.detail.none');
  const rows: [string, ReactNode][] = [
    [t('commitmentsHost.detail.country'), countryLabel(c)],
    [t('commitmentsHost.detail.focusArea'), <Localized key="area" text={focusAreaTitle(event, c.focusAreaId)} />],
    [t('commitmentsHost.detail.title'), <EveryLanguage key="title" text={c.title} />],
    [t('commitmentsHost.detail.type'), t(`commitmentsHost.types.${c.type}`)],
    [t('commitmentsHost.detail.priority'), t(`commitmentsHost.priorities.${c.priority}`)],
    [
      t('commitmentsHost.detail.span'),
      c.endsOn
        ? `${formatDay(c.startsOn)} – ${formatDay(c.endsOn)}`
        : t('commitmentsHost.detail.openEnded', { start: formatDay(c.startsOn) }),
    ],
    [
      t('commitmentsHost.detail.beganBefore'),
      c.beganBefore ? t('commitmentsHost.detail.yes') : t('commitmentsHost.detail.no'),
    ],
    [t('commitmentsHost.detail.lead'), c.lead],
    [t('commitmentsHost.detail.baseline'), c.baseline ?? none],
    [t('commitmentsHost.detail.target'), c.target ?? none],
    [
      t('commitmentsHost.detail.partnerCountries'),
      c.partnerCountries.length ? c.partnerCountries.map((code) => countryName(code, locale)).join(', ') : none,
    ],
    [t('commitmentsHost.detail.partnerOrganisations'), c.partnerOrganisations.join(', ') || none],
    [
      t('commitmentsHost.detail.paragraphs'),
      t('commitmentsHost.detail.paragraphCount', { count: c.paragraphIds.length }),
    ],
    [
      t('commitmentsHost.detail.registered'),
      <span key="registered">
        <InstantTimes at={c.registeredAt} eventTimeZone={event.timeZone} />
        {c.isOnBehalf && ` (${t('commitmentsHost.detail.onBehalf')})`}
      </span>,
    ],
  ];
  return (
    <>
      <dl className="details">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h5>{t('commitmentsHost.detail.description')}</h5>
      <EveryLanguage text={c.description} isLong />
      <TableScroll captionId="review-deliverables-caption">
        <table className="host-compact">
          <caption id="review-deliverables-caption">
            <span>{t('commitmentsHost.detail.deliverables', { count: c.deliverables.length })}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('commitmentsHost.detail.deliverable')}</th>
              <th scope="col">{t('commitmentsHost.detail.dueOn')}</th>
              <th scope="col">{t('commitmentsHost.detail.weight')}</th>
            </tr>
          </thead>
          <tbody>
            {c.deliverables.map((d) => (
              <tr key={d.id}>
                <td>
                  <Localized text={d.title} />
                </td>
                <td>{formatDay(d.dueOn)}</td>
                <td>{d.weight}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {c.review?.comments && (
        <div className="alert alert-info">
          <p>{t('commitmentsHost.detail.earlierComments')}</p>
          <p>{c.review.comments}</p>
        </div>
      )}
    </>
  );
}
