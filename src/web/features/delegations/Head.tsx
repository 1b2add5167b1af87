import { useTranslation } from 'react-i18next';
import type { PublicDelegation } from '../../../shared/delegations.js';

/** "Ratna Kusumawardani, Minister", or that the delegation has no head yet. */
export function HeadOfDelegation({ head }: { head: PublicDelegation['head'] }) {
  const { t } = useTranslation();
  if (!head) return <span className="muted">{t('delegations.noHead')}</span>;
  return (
    <span>
      {head.name}
      {head.rank && `, ${t(`delegations.ranks.${head.rank}`)}`}
    </span>
  );
}
