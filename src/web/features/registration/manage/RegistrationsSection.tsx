import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import type { EventView } from '../../../../shared/events.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { StatusMessage } from '../../../ui/ProblemAlert.js';
import { LoadError, Loading } from '../../../ui/States.js';
import { useColumns } from './columns.js';
import { DecisionBar } from './DecisionBar.js';
import { EraseAllPanel } from './EraseAllPanel.js';
import { ImportPanel } from './ImportPanel.js';
import { ListControls } from './ListControls.js';
import { ListFilters } from './ListFilters.js';
import { ListTable } from './ListTable.js';
import { csvHref, useRegistrationForm, useRegistrationPage } from './listApi.js';
import {
  filterQuery,
  isFiltered,
  type ListState,
  pageQuery,
  readListState,
  type Sort,
  writeListState,
} from './listState.js';
import { RegistrationDetail } from './RegistrationDetail.js';

/** The organizers' list: search, filters, sort and pages in the address; review many at once; CSV out and in. */
export function RegistrationsSection({ event }: { event: Pick<EventView, 'slug' | 'timeZone'> }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const state = readListState(params);
  const page = useRegistrationPage(event.slug, pageQuery(state));
  const form = useRegistrationForm(event.slug);
  const columns = useColumns();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [decided, setDecided] = useState<string | null>(null);
  const go = (next: ListState) => setParams(writeListState(next));
  const categories = (form.data?.categories ?? []).map((c) => ({
    value: c.key,
    label: pickText(c.name, currentLanguage()),
  }));
  const categoryName = (key: string) => categories.find((c) => c.value === key)?.label ?? key;
  const select = (ids: string[], isOn: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) {
        if (isOn) next.add(id);
        else next.delete(id);
      }
      return next;
    });
  const sortBy = (sort: Sort) =>
    go({ ...state, sort, order: state.sort === sort && state.order === 'asc' ? 'desc' : 'asc', page: 1 });
  const total = page.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / state.pageSize));
  const queue = `?${new URLSearchParams({ status: 'pending', order: 'asc' })}`;
  const clearFilters = `?${writeListState({ ...state, q: '', filters: readListState(new URLSearchParams()).filters, page: 1, id: null })}`;

  return (
    <section aria-labelledby="registrations-title" className="registrations-section">
      <h2 id="registrations-title">{t('manage.sections.registrations')}</h2>
      <p className="list-links">
        <Link to={queue}>{t('registrationList.reviewQueue')}</Link>
        {' · '}
        <Link to="?">{t('registrationList.clear')}</Link>
        {' · '}
        <a href={csvHref(event.slug, filterQuery(state))} download>
          {t('registrationList.exportCsv')}
        </a>
      </p>
      <ListFilters
        key={filterQuery(state)}
        state={state}
        categories={categories}
        onApply={(next) => go({ ...state, ...next, page: 1, id: null })}
      />
      <div className="list-summary">
        <p role="status">{t('registrationList.total', { count: total })}</p>
        <ListControls
          columns={columns.shown}
          onToggleColumn={columns.toggle}
          pageSize={state.pageSize}
          onPageSize={(pageSize) => go({ ...state, pageSize, page: 1 })}
        />
      </div>
      <StatusMessage>{decided}</StatusMessage>
      {selected.size > 0 && (
        <DecisionBar
          slug={event.slug}
          selected={[...selected]}
          idPrefix="bulk-decision"
          title={t('registrationList.selectedCount', { count: selected.size })}
          className="decision-bar bulk-bar"
          onDone={(message) => {
            setDecided(message);
            setSelected(new Set());
          }}
          onClear={() => setSelected(new Set())}
        />
      )}
      {page.isPending && <Loading />}
      {page.isError && <LoadError error={page.error} onRetry={() => void page.refetch()} />}
      {page.data && (
        <div className={state.id ? 'list-with-detail' : undefined}>
          <div className="list-main">
            {page.data.items.length > 0 ? (
              <ListTable
                items={page.data.items}
                state={state}
                columns={columns.shown}
                categoryName={categoryName}
                timeZone={event.timeZone}
                selected={selected}
                onSelect={select}
                onSort={sortBy}
              />
            ) : (
              isFiltered(state) && (
                <p className="empty-list">
                  {t('registrationList.nothingMatches')}{' '}
                  <Link to={clearFilters}>{t('registrationList.clearFilters')}</Link>
                </p>
              )
            )}
            <nav aria-label={t('registrationList.pages')} className="pager">
              {state.page > 1 && (
                <Link to={`?${writeListState({ ...state, page: state.page - 1, id: null })}`}>
                  {t('registrationList.previous')}
                </Link>
              )}
              <span>{t('registrationList.pageOf', { page: state.page, pages })}</span>
              {state.page < pages && (
                <Link to={`?${writeListState({ ...state, page: state.page + 1, id: null })}`}>
                  {t('registrationList.next')}
                </Link>
              )}
            </nav>
          </div>
          {state.id && (
            <RegistrationDetail
              slug={event.slug}
              id={state.id}
              timeZone={event.timeZone}
              closeHref={`?${writeListState({ ...state, id: null })}`}
              categoryName={categoryName}
              questions={form.data?.questions ?? []}
            />
          )}
        </div>
      )}
      <ImportPanel slug={event.slug} />
      <EraseAllPanel slug={event.slug} />
    </section>
  );
}
