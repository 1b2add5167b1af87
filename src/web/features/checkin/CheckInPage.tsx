import './checkin.css';
import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { normalizeCheckInCode } from '../../../shared/checkInCode.js';
import type { EventView } from '../../../shared/events.js';
import { CHECKIN_POLICY } from '../../../shared/policies.js';
import { pagePath } from '../../../shared/routes.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { ApiError } from '../../lib/api.js';
import { pickText } from '../../lib/contract.js';
import { may, useSession } from '../../lib/session.js';
import { LoadError, Loading, NotAllowed, SignInRequired } from '../../ui/States.js';
import { Localized, useDocumentTitle } from '../../ui/text.js';
import { useEvent } from '../events/index.js';
import { badgesPdfPath, useCheckIn, useCheckInCount } from './api.js';
import { CheckedInPerson, RefusedCode } from './CheckInOutcome.js';
import { Scanner } from './Scanner.js';

function LiveCount({ slug }: { slug: string }) {
  const { t } = useTranslation();
  const count = useCheckInCount(slug);
  return (
    <p className="checkin-count">
      {count ? t('checkIn.count', { checkedIn: count.checkedIn, expected: count.expected }) : t('checkIn.countLoading')}
    </p>
  );
}

function CheckInDesk({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [isScanning, setIsScanning] = useState(false);
  const field = useRef<HTMLInputElement>(null);
  const checkIn = useCheckIn(event.slug);
  // A code that cannot be one is answered here, without a request.
  const [malformed, setMalformed] = useState<ApiError | null>(null);
  useDocumentTitle(`${t('checkIn.title')}: ${pickText(event.name, currentLanguage())}`);

  // Keyboard first: the field is ready for the next code, with the last one selected to type over.
  useEffect(() => {
    if (!isScanning && !checkIn.isPending) field.current?.select();
  }, [isScanning, checkIn.isPending]);

  const submit = useCallback(
    (typed: string) => {
      const normalized = normalizeCheckInCode(typed);
      if (!normalized) {
        checkIn.reset();
        setMalformed(new ApiError({ status: 400, code: 'check_in.malformed_code', detail: '', isTranslated: true }));
        return;
      }
      setMalformed(null);
      setCode(normalized);
      checkIn.mutate(normalized);
    },
    [checkIn],
  );
  const onScanned = useCallback(
    (text: string) => {
      setIsScanning(false);
      submit(text);
    },
    [submit],
  );

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    submit(code);
  };

  const error = malformed ?? checkIn.error;

  return (
    <div className="checkin">
      <h1>
        {t('checkIn.title')}
        <span className="subtitle">
          <Localized text={event.name} />
        </span>
      </h1>
      <LiveCount slug={event.slug} />
      <form className="checkin-form" onSubmit={onSubmit} noValidate>
        <label htmlFor="checkin-code">{t('checkIn.code')}</label>
        <p id="checkin-code-hint" className="hint">
          {t('checkIn.codeHint')}
        </p>
        <input
          ref={field}
          id="checkin-code"
          name="code"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-describedby="checkin-code-hint"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={60}
        />
        <div className="checkin-actions">
          <button type="submit" disabled={checkIn.isPending}>
            {t('checkIn.submit')}
          </button>
          {!isScanning && (
            <button type="button" className="secondary" onClick={() => setIsScanning(true)}>
              {t('checkIn.scan')}
            </button>
          )}
        </div>
      </form>
      {isScanning && <Scanner onCode={onScanned} onClose={() => setIsScanning(false)} />}
      {error ? (
        <RefusedCode error={error} />
      ) : (
        checkIn.data && <CheckedInPerson result={checkIn.data} timeZone={event.timeZone} />
      )}
      <ul className="checkin-links">
        <li>
          <Link to={pagePath('manage', { slug: event.slug })}>{t('checkIn.organizerArea')}</Link>
        </li>
        <li>
          <a href={badgesPdfPath(event.slug)} download>
            {t('checkIn.allBadges')}
          </a>
        </li>
      </ul>
    </div>
  );
}

export function CheckInPage() {
  const { slug = '' } = useParams();
  const session = useSession();
  const account = session.data?.account ?? null;
  const event = useEvent(slug);

  if (session.isPending) return <Loading />;
  if (!account) return <SignInRequired />;
  if (event.isPending) return <Loading />;
  if (event.isError) return <LoadError error={event.error} onRetry={() => void event.refetch()} />;
  if (!may(account, CHECKIN_POLICY.checkIn, { slug })) return <NotAllowed />;
  return <CheckInDesk event={event.data} />;
}
