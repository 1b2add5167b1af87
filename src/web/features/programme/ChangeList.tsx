import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ProgrammeChange } from '../../../shared/programme.js';
import { Localized } from '../../ui/text.js';
import { pagePaths } from './api.js';

/**
 * What a version changed, one line each: "Added session: Opening", "Changed session:
 * Panel A (time, room)". Sessions and speakers that still exist are linked.
 */
export function ChangeList({
  slug,
  changes,
  isLinked,
}: {
  slug: string;
  changes: ProgrammeChange[];
  isLinked: boolean;
}) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p>{t('programme.changes.none')}</p>;
  return (
    <ul className="change-list">
      {changes.map((change) => {
        const name = <Localized text={change.title} />;
        const path =
          change.subject === 'session' ? pagePaths.session(slug, change.id) : pagePaths.speaker(slug, change.id);
        const fields = change.fields.map((field) => t(`programme.changes.fields.${field}`, { defaultValue: field }));
        return (
          <li key={`${change.subject}-${change.id}`}>
            <span className="change-kind">{t(`programme.changes.${change.kind}.${change.subject}`)}: </span>
            {isLinked && change.kind !== 'removed' ? <Link to={path}>{name}</Link> : name}
            {change.kind === 'changed' && fields.length > 0 && ` (${fields.join(', ')})`}
          </li>
        );
      })}
    </ul>
  );
}
