import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DelegationView } from '../../../../shared/delegations.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { delegationName } from '../../../ui/countries.js';
import { ProblemAlert } from '../../../ui/ProblemAlert.js';
import { useReorder, useRestoreProtocol } from '../api.js';
import { HeadOfDelegation } from '../Head.js';

type Direction = 'up' | 'down';

/**
 * The plenary speaking list, reordered with buttons: the moved delegation's button keeps
 * the focus and a live region says where it went, so the keyboard and screen readers follow.
 */
export function SpeakingOrder({ slug, delegations }: { slug: string; delegations: DelegationView[] }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const locale = INTL_LOCALES[language];
  const reorder = useReorder(slug);
  const restore = useRestoreProtocol(slug);
  const [order, setOrder] = useState(() => delegations.map((d) => d.id));
  const [announcement, setAnnouncement] = useState('');
  const focusAfter = useRef<{ id: string; direction: Direction } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const byId = new Map(delegations.map((d) => [d.id, d]));
  const isCustom = delegations.some((d) => d.speakingPosition !== null);
  const nameOf = (id: string) => {
    const delegation = byId.get(id);
    return delegation ? delegationName(delegation, language, locale) : '';
  };

  // Moves made while a save is on its way wait for it, and only the newest order follows it.
  const inFlight = useRef(false);
  const queued = useRef<string[] | null>(null);
  const save = (ids: string[]) => {
    if (inFlight.current) {
      queued.current = ids;
      return;
    }
    inFlight.current = true;
    reorder.mutate(ids, {
      onSettled: () => {
        inFlight.current = false;
        const next = queued.current;
        queued.current = null;
        if (next) save(next);
      },
    });
  };

  // The server's order wins when nothing is on its way (after a save, or back to protocol).
  useEffect(() => {
    if (!inFlight.current && !queued.current) setOrder(delegations.map((d) => d.id));
  }, [delegations]);
  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    const index = order.indexOf(target.id);
    // At either end the button that moved it no longer applies: the other one takes the focus.
    const isAtEnd = target.direction === 'up' ? index === 0 : index === order.length - 1;
    const direction = isAtEnd ? (target.direction === 'up' ? 'down' : 'up') : target.direction;
    buttons.current.get(`${target.id}:${direction}`)?.focus();
    focusAfter.current = null;
  }, [order]);

  const move = (id: string, direction: Direction) => {
    const index = order.indexOf(id);
    const to = direction === 'up' ? index - 1 : index + 1;
    if (to < 0 || to >= order.length) return;
    const next = [...order];
    next.splice(index, 1);
    next.splice(to, 0, id);
    focusAfter.current = { id, direction };
    setOrder(next);
    setAnnouncement(t('delegations.manage.moved', { name: nameOf(id), position: to + 1, count: next.length }));
    save(next);
  };

  const backToProtocol = () =>
    restore.mutate(undefined, { onSuccess: () => setAnnouncement(t('delegations.manage.protocolRestored')) });

  return (
    <section aria-labelledby="order-title">
      <h3 id="order-title">{t('delegations.manage.orderTitle')}</h3>
      <p className="hint">{isCustom ? t('delegations.manage.customOrder') : t('delegations.manage.protocolOrder')}</p>
      <p role="status" aria-live="polite" className="visually-hidden" data-testid="order-announcement">
        {announcement}
      </p>
      <ProblemAlert error={reorder.error ?? restore.error} />
      <ol className="speaking-list">
        {order.map((id, index) => {
          const delegation = byId.get(id);
          if (!delegation) return null;
          const name = nameOf(id);
          return (
            <li key={id} className="speaking-item">
              <span className="speaking-name">
                {name}
                <span className="muted">
                  {' · '}
                  <HeadOfDelegation head={delegation.head} />
                </span>
              </span>
              <span className="speaking-actions">
                {(['up', 'down'] as const).map((direction) => {
                  const isDisabled = direction === 'up' ? index === 0 : index === order.length - 1;
                  return (
                    <button
                      key={direction}
                      type="button"
                      className="secondary small"
                      ref={(element) => {
                        if (element) buttons.current.set(`${id}:${direction}`, element);
                        else buttons.current.delete(`${id}:${direction}`);
                      }}
                      aria-disabled={isDisabled || undefined}
                      onClick={() => move(id, direction)}
                    >
                      {t(`delegations.manage.move.${direction}`)}
                      <span className="visually-hidden"> {name}</span>
                    </button>
                  );
                })}
              </span>
            </li>
          );
        })}
      </ol>
      {isCustom && (
        <button type="button" className="secondary" onClick={backToProtocol}>
          {t('delegations.manage.backToProtocol')}
        </button>
      )}
    </section>
  );
}
