import './programme.css';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import type { PublishedProgramme } from '../../../shared/programme.js';
import { currentLanguage, INTL_LOCALES } from '../../i18n/i18n.js';
import { pickText } from '../../lib/contract.js';
import { LoadError, Loading } from '../../ui/States.js';
import { useDocumentTitle } from '../../ui/text.js';
import { EndedBanner } from '../events/index.js';
import { AgendaSignInLink } from './AgendaToggle.js';
import { useProgramme } from './api.js';
import { DayGrid } from './DayGrid.js';
import { lookup } from './lookup.js';
import { ProgrammeFilters } from './ProgrammeFilters.js';
import { AgendaLink, Downloads, ProgrammeHeading, VersionLine } from './ProgrammeParts.js';
import {
  dayTitle,
  groupByDay,
  matchesFilters,
  type ProgrammeFilters as ProgrammeFiltersValue,
  readFilters,
  writeFilters,
} from './timetable.js';

/**
 * The filters, kept in the address. The router changes the address in a transition, later
 * than the select changes: the choice is held here meanwhile, or a select driven from the
 * address would jump back under a keyboard user moving through its options.
 */
function useAddressFilters(): [ProgrammeFiltersValue, (next: ProgrammeFiltersValue) => void] {
  const [params, setParams] = useSearchParams();
  const address = params.toString();
  const [state, setState] = useState(() => ({ filters: readFilters(params), written: new Set([address]) }));
  if (!state.written.has(address)) {
    // A link or the browser changed the address: follow it.
    setState({ filters: readFilters(params), written: new Set([address]) });
  }
  const change = (next: ProgrammeFiltersValue) => {
    const nextParams = writeFilters(next, params);
    setState((s) => ({ filters: next, written: new Set([...s.written, nextParams.toString()]) }));
    setParams(nextParams, { replace: true, preventScrollReset: true });
  };
  return [state.written.has(address) ? state.filters : readFilters(params), change];
}

function Timetable({ programme }: { programme: PublishedProgramme }) {
  const { t } = useTranslation();
  const [filters, setFilters] = useAddressFilters();
  const locale = INTL_LOCALES[currentLanguage()];
  const shown = programme.sessions.filter((session) => matchesFilters(session, filters));
  const days = groupByDay(shown, programme.event.timeZone);
  const find = lookup(programme);
  return (
    <>
      <ProgrammeFilters programme={programme} filters={filters} onChange={setFilters} shown={shown.length} />
      {days.length > 1 && (
        <nav aria-label={t('programme.days')} className="day-nav">
          <ul>
            {days.map((day) => (
              <li key={day.key}>
                <a href={`#day-${day.key}`}>{dayTitle(day.key, locale)}</a>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <div className="timetable-days">
        {days.map((day) => (
          <section key={day.key} aria-labelledby={`day-${day.key}`}>
            <h2 id={`day-${day.key}`}>{dayTitle(day.key, locale)}</h2>
            <DayGrid
              programme={programme}
              find={find}
              sessions={day.sessions}
              day={day.key}
              labelledBy={`day-${day.key}`}
            />
          </section>
        ))}
      </div>
    </>
  );
}

/** The event's published programme: its days, with parallel rooms side by side where the screen is wide. */
export function ProgrammePage() {
  const { slug = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(slug);
  const eventName = programme.data ? pickText(programme.data.event.name, currentLanguage()) : null;
  useDocumentTitle(
    programme.isError ? null : eventName ? `${t('programme.title')}: ${eventName}` : t('common.loading'),
  );
  if (programme.isPending) return <Loading />;
  if (programme.isError) return <LoadError error={programme.error} onRetry={() => void programme.refetch()} />;
  const data = programme.data;
  return (
    <div className="programme">
      <ProgrammeHeading programme={data} title={t('programme.title')} />
      <EndedBanner event={data.event} isOnProgramme />
      <p className="hint">{t('programme.timesHint', { zone: data.event.timeZone })}</p>
      <VersionLine programme={data} />
      <AgendaLink slug={slug} />
      <AgendaSignInLink />
      {data.sessions.length > 0 && <Timetable programme={data} />}
      {data.version > 0 && <Downloads slug={slug} />}
    </div>
  );
}
