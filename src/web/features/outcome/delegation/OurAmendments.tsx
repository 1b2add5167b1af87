import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { AmendmentView, WorkingDocument } from '../../../../shared/outcome.js';
import { pagePath } from '../../../../shared/routes.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { ConfirmInline } from '../../../ui/ConfirmInline.js';
import { InstantTimes } from '../../../ui/InstantTimes.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { TextChange } from '../work/WordDiff.js';
import { useWithdrawAmendment } from './mutations.js';
import { delegationNames, listOf } from './paragraphs.js';

interface Props {
  slug: string;
  delegationId: string;
  working: WorkingDocument;
  numbers: Record<string, string>;
  timeZone: string;
}

const headingId = (amendment: AmendmentView) => `amendment-${amendment.id}`;

/** The change as the delegation proposed it, against the paragraph as it read then. */
function Change({ amendment }: { amendment: AmendmentView }) {
  const before = amendment.kind === 'insert_after' ? null : amendment.againstText;
  const after = amendment.kind === 'delete' ? null : amendment.text;
  return <TextChange before={before} after={after} lang="en" />;
}

function Positions({ ids, nameOf }: { ids: string[]; nameOf: (id: string) => string }) {
  const { t } = useTranslation();
  if (ids.length === 0) return <>{t('outcomeDelegation.ours.nobody')}</>;
  return <>{listOf(ids.map(nameOf), INTL_LOCALES[currentLanguage()])}</>;
}

function Decision({ amendment, timeZone }: { amendment: AmendmentView; timeZone: string }) {
  const { t } = useTranslation();
  const { decision } = amendment;
  if (!decision) return null;
  return (
    <>
      <dt>{t('outcomeDelegation.ours.decision')}</dt>
      <dd>
        <p>
          <InstantTimes at={decision.at} eventTimeZone={timeZone} />
          {decision.version !== null && <> · {t('outcomeDelegation.ours.inVersion', { version: decision.version })}</>}
        </p>
        <p>
          {t('outcomeDelegation.ours.reason')}: {decision.reason}
        </p>
        {decision.text !== null && (
          <p>
            {t('outcomeDelegation.ours.chairText')}:{' '}
            <TextChange before={amendment.againstText} after={decision.text} lang="en" />
          </p>
        )}
      </dd>
    </>
  );
}

function OurAmendment(props: Props & { amendment: AmendmentView; onWithdrawn: (message: string) => void }) {
  const { t } = useTranslation();
  const { amendment, numbers, working, slug, delegationId, timeZone } = props;
  const withdraw = useWithdrawAmendment(slug, delegationId);
  const nameOf = delegationNames(working, currentLanguage());
  const number = numbers[amendment.paragraphId];
  const paragraph = number
    ? t('outcomeDelegation.ours.paragraph', { number })
    : t('outcomeDelegation.ours.goneParagraph');
  const isChangedSince =
    amendment.status === 'proposed' &&
    amendment.currentText !== null &&
    amendment.currentText !== amendment.againstText;
  return (
    <li className="card our-amendment">
      <h3 id={headingId(amendment)} tabIndex={-1}>
        {t(`outcomeDelegation.ours.headings.${amendment.kind}`, { paragraph })}
      </h3>
      <p className={`amendment-status amendment-status-${amendment.status}`}>
        {t('outcomeDelegation.ours.status')}: <strong>{t(`outcomeDelegation.statuses.${amendment.status}`)}</strong>
      </p>
      <dl className="amendment-facts">
        <dt>{t('outcomeDelegation.ours.proposedAt')}</dt>
        <dd>
          <InstantTimes at={amendment.createdAt} eventTimeZone={timeZone} /> ·{' '}
          {t('outcomeDelegation.ours.againstVersion', { version: amendment.againstVersion })}
        </dd>
        <dt>{t('outcomeDelegation.ours.change')}</dt>
        <dd>
          <Change amendment={amendment} />
          {isChangedSince && <p className="hint">{t('outcomeDelegation.ours.changedSince')}</p>}
        </dd>
        <dt>{t('outcomeDelegation.ours.justification')}</dt>
        <dd>{amendment.justification}</dd>
        <dt>{t('outcomeDelegation.ours.support')}</dt>
        <dd>
          <Positions ids={amendment.support} nameOf={nameOf} />
        </dd>
        <dt>{t('outcomeDelegation.ours.objections')}</dt>
        <dd>
          <Positions ids={amendment.objections} nameOf={nameOf} />
        </dd>
        <Decision amendment={amendment} timeZone={timeZone} />
      </dl>
      {amendment.status === 'proposed' && working.stage !== 'adopted' && (
        <ConfirmInline
          id={`withdraw-${amendment.id}`}
          start={t('outcomeDelegation.ours.withdraw', { paragraph })}
          question={t('outcomeDelegation.ours.withdrawQuestion', { paragraph })}
          confirm={t('outcomeDelegation.ours.withdrawConfirm')}
          keep={t('outcomeDelegation.ours.keep')}
          isBusy={withdraw.isPending}
          error={withdraw.error}
          onConfirm={() =>
            withdraw.mutate(amendment.id, {
              onSuccess: () => {
                props.onWithdrawn(t('outcomeDelegation.ours.withdrawn', { paragraph }));
                // The withdraw button is gone with the proposal: the amendment itself takes the focus.
                document.getElementById(headingId(amendment))?.focus();
              },
            })
          }
        >
          <p>{t('outcomeDelegation.ours.withdrawExplain')}</p>
        </ConfirmInline>
      )}
    </li>
  );
}

/** The delegation's own amendments, newest first, each with its fate so far. */
export function OurAmendments(props: Props) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<string | null>(null);
  const ours = props.working.amendments.filter((a) => a.delegationId === props.delegationId).reverse();
  return (
    <section aria-labelledby="our-amendments-title" className="our-amendments">
      <h2 id="our-amendments-title">{t('outcomeDelegation.ours.title', { count: ours.length })}</h2>
      <p>
        <Link to={pagePath('outcomeAmendments', { slug: props.slug })}>{t('outcomeDelegation.ours.queue')}</Link>
      </p>
      <StatusMessage>{status}</StatusMessage>
      {ours.length === 0 ? (
        <p>{t('outcomeDelegation.ours.none')}</p>
      ) : (
        <ul className="our-amendment-list">
          {ours.map((amendment) => (
            <OurAmendment key={amendment.id} {...props} amendment={amendment} onWithdrawn={setStatus} />
          ))}
        </ul>
      )}
    </section>
  );
}
