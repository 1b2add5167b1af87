import { useTranslation } from 'react-i18next';
import type { PublishedProgramme, SessionType } from '../../../shared/programme.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { pickText, SESSION_TYPES } from '../../lib/contract.js';
import type { ProgrammeFilters as Filters } from './timetable.js';

interface Choice {
  value: string;
  label: string;
}

function Filter(props: {
  id: string;
  label: string;
  all: string;
  choices: Choice[];
  value: string;
  onChange: (value: string) => void;
}) {
  const { id, label, all, choices, value, onChange } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{all}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * Theme, room and type: each applies as it is chosen (the focus stays in the select,
 * the list below changes and the count says how much of it is shown).
 */
export function ProgrammeFilters(props: {
  programme: PublishedProgramme;
  filters: Filters;
  onChange: (filters: Filters) => void;
  shown: number;
}) {
  const { programme, filters, onChange, shown } = props;
  const { t } = useTranslation();
  const language = currentLanguage();
  const usedTypes = SESSION_TYPES.filter((type) => programme.sessions.some((s) => s.type === type));
  const usedThemes = programme.themes.filter((theme) => programme.sessions.some((s) => s.themeId === theme.id));
  const usedRooms = programme.rooms.filter((room) => programme.sessions.some((s) => s.roomId === room.id));
  const isFiltered = Boolean(filters.theme || filters.room || filters.type);
  return (
    <search aria-label={t('programme.filters.title')}>
      <div className="programme-filters">
        {usedThemes.length > 0 && (
          <Filter
            id="filter-theme"
            label={t('programme.filters.theme')}
            all={t('programme.filters.allThemes')}
            choices={usedThemes.map((theme) => ({ value: theme.id, label: pickText(theme.title, language) }))}
            value={filters.theme}
            onChange={(theme) => onChange({ ...filters, theme })}
          />
        )}
        <Filter
          id="filter-room"
          label={t('programme.filters.room')}
          all={t('programme.filters.allRooms')}
          choices={usedRooms.map((room) => ({ value: room.id, label: pickText(room.name, language) }))}
          value={filters.room}
          onChange={(room) => onChange({ ...filters, room })}
        />
        <Filter
          id="filter-type"
          label={t('programme.filters.type')}
          all={t('programme.filters.allTypes')}
          choices={usedTypes.map((type) => ({ value: type, label: t(`programme.types.${type}`) }))}
          value={filters.type}
          onChange={(type) => onChange({ ...filters, type: type as SessionType | '' })}
        />
        <p>
          <button type="button" className="secondary" onClick={() => onChange({ theme: '', room: '', type: '' })}>
            {t('programme.filters.clear')}
          </button>
        </p>
      </div>
      <p role="status" className="programme-count">
        {isFiltered
          ? t('programme.filters.shownOf', { count: programme.sessions.length, shown })
          : t('programme.filters.all', { count: programme.sessions.length })}
      </p>
    </search>
  );
}
