import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CheckInResult } from '../../../../shared/checkin.js';
import type { DecisionInput, RegistrationFormView, RegistrationStatus } from '../../../../shared/registration.js';
import type {
  Figures,
  HistoryEntry,
  ImportResult,
  RegistrationListItem,
  RegistrationPage,
  StaffEdit,
} from '../../../../shared/registrationList.js';
import { api, eventApiPath } from '../../../lib/api.js';

/** Every registrant's personal data erased; `confirm` is the event's address, typed again. */
export function useEraseAll(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (confirm: string) =>
      api.post<{ count: number; accountsErased: number }>(eventApiPath(slug, '/registrations/erase'), { confirm }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKeys.all(slug) }),
  });
}

export const listKeys = {
  all: (slug: string) => ['registrations', slug] as const,
  page: (slug: string, query: string) => ['registrations', slug, 'page', query] as const,
  one: (slug: string, id: string) => ['registrations', slug, 'one', id] as const,
  figures: (slug: string) => ['registrations', slug, 'figures'] as const,
  form: (slug: string) => ['registrations', slug, 'form'] as const,
  history: (slug: string, id: string) => ['registrations', slug, 'history', id] as const,
};

/** One page of the list; the previous page stays on screen while the next loads. */
export function useRegistrationPage(slug: string, query: string) {
  return useQuery({
    queryKey: listKeys.page(slug, query),
    queryFn: () => api.get<RegistrationPage>(eventApiPath(slug, `/registrations?${query}`)),
    placeholderData: keepPreviousData,
  });
}

export function useRegistration(slug: string, id: string | null) {
  return useQuery({
    queryKey: listKeys.one(slug, id ?? ''),
    queryFn: () => api.get<RegistrationListItem>(eventApiPath(slug, `/registrations/${encodeURIComponent(id ?? '')}`)),
    enabled: id !== null,
  });
}

/** The event's categories, for the filter and the labels. */
export function useRegistrationForm(slug: string) {
  return useQuery({
    queryKey: listKeys.form(slug),
    queryFn: () => api.get<RegistrationFormView>(eventApiPath(slug, '/registration-form')),
  });
}

export function useFigures(slug: string) {
  return useQuery({
    queryKey: listKeys.figures(slug),
    queryFn: () => api.get<Figures>(eventApiPath(slug, '/registrations/figures')),
  });
}

export function useDecide(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: DecisionInput) =>
      api.post<{ changed: { id: string; status: RegistrationStatus }[] }>(
        eventApiPath(slug, '/registrations/decisions'),
        input,
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKeys.all(slug) }),
  });
}

export function useImport(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { csv: string; dryRun: boolean }) =>
      api.post<ImportResult>(eventApiPath(slug, '/registrations/import'), input),
    onSuccess: (result) => {
      if (result.imported > 0) void queryClient.invalidateQueries({ queryKey: listKeys.all(slug) });
    },
  });
}

/** The CSV of the list as filtered now: a plain link, so the browser downloads it with the session cookie. */
export const csvHref = (slug: string, filterQuery: string) =>
  eventApiPath(slug, `/registrations.csv${filterQuery ? `?${filterQuery}` : ''}`);

const onePath = (slug: string, id: string, rest = '') =>
  eventApiPath(slug, `/registrations/${encodeURIComponent(id)}${rest}`);

/** The record's audit entries, newest first. */
export function useHistory(slug: string, id: string) {
  return useQuery({
    queryKey: listKeys.history(slug, id),
    queryFn: () => api.get<{ entries: HistoryEntry[] }>(onePath(slug, id, '/history')),
  });
}

/** A write on one registration from the detail panel: the list, the record and its history read again after. */
function useOneWrite<I, R>(slug: string, write: (input: I) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: listKeys.all(slug) }),
  });
}

export const useSaveNote = (slug: string, id: string) =>
  useOneWrite(slug, (note: string) => api.put<RegistrationListItem>(onePath(slug, id, '/note'), { note }));

export const useEditRegistration = (slug: string, id: string) =>
  useOneWrite(slug, (input: StaffEdit) => api.patch<RegistrationListItem>(onePath(slug, id), input));

/** A new personal link goes to the registrant by mail; the answer names the address only. */
export const useResendLink = (slug: string, id: string) =>
  useOneWrite(slug, () => api.post<{ mailedTo: string }>(onePath(slug, id, '/link'), {}));

export const useCheckInByHand = (slug: string, id: string) =>
  useOneWrite(slug, () => api.post<CheckInResult>(onePath(slug, id, '/check-in'), {}));
