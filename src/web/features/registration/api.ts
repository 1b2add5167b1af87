import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef } from 'react';
import type {
  RegistrationCreated,
  RegistrationForm,
  RegistrationFormView,
  RegistrationInput,
  RegistrationUpdate,
  RegistrationView,
} from '../../../shared/registration.js';
import { ApiError, api, eventApiPath } from '../../lib/api.js';
import { SESSION_KEY } from '../../lib/session.js';
import { eventKeys } from '../events/index.js';

/** The registrant's own data and the badge, as links: the browser downloads them with the session's cookie. */
export const exportPath = (slug: string) => eventApiPath(slug, '/registrations/me/export');
export const badgePath = (slug: string) => eventApiPath(slug, '/registrations/me/badge.pdf');

export const registrationKeys = {
  form: (slug: string) => ['registration', slug, 'form'] as const,
  mine: (slug: string) => ['registration', slug, 'me'] as const,
};

/** The public form: categories, questions, privacy notice, panels and the places left. */
export function useRegistrationForm(slug: string) {
  return useQuery({
    queryKey: registrationKeys.form(slug),
    queryFn: () => api.get<RegistrationFormView>(eventApiPath(slug, '/registration-form')),
  });
}

/** 32 random hex digits: crypto.randomUUID exists only on https and localhost. */
const newKey = () =>
  Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');
/** Failures in transit: the registration may have been saved, so a resend must carry the same key. */
const isInTransit = (error: unknown) => error instanceof ApiError && [0, 502, 503, 504].includes(error.status);

export function useRegister(slug: string) {
  const queryClient = useQueryClient();
  // Kept across resends after a failure in transit, so a registration saved just before a node
  // stopped is answered, not refused as a duplicate; renewed after any other answer.
  const key = useRef(newKey());
  return useMutation({
    mutationFn: (input: RegistrationInput) =>
      api.post<RegistrationCreated>(eventApiPath(slug, '/registrations'), input, { 'idempotency-key': key.current }),
    onSuccess: () => {
      key.current = newKey();
      // The places left have changed.
      return queryClient.invalidateQueries({ queryKey: registrationKeys.form(slug) });
    },
    onError: (error) => {
      if (!isInTransit(error)) key.current = newKey();
    },
  });
}

export function useSaveRegistrationForm(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (form: RegistrationForm) => api.put<RegistrationForm>(eventApiPath(slug, '/registration-form'), form),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: registrationKeys.form(slug) });
      void queryClient.invalidateQueries({ queryKey: eventKeys.audit(slug) });
    },
  });
}

/** Exchanges the personal link of the confirmation mail for a session. */
export const useRegistrationLink = (slug: string) =>
  useMutation({ mutationFn: (token: string) => api.post<void>(eventApiPath(slug, '/registrations/link'), { token }) });

export function useMyRegistration(slug: string, isEnabled: boolean) {
  return useQuery({
    queryKey: registrationKeys.mine(slug),
    queryFn: () => api.get<RegistrationView>(eventApiPath(slug, '/registrations/me')),
    enabled: isEnabled,
    retry: false,
  });
}

/** Every change to one's registration answers with the registration as it now is. */
function useChangeMine<T>(slug: string, send: (input: T) => Promise<RegistrationView>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (view) => {
      queryClient.setQueryData(registrationKeys.mine(slug), view);
      void queryClient.invalidateQueries({ queryKey: registrationKeys.form(slug) });
    },
  });
}

export const useUpdateMyRegistration = (slug: string) =>
  useChangeMine(slug, (update: RegistrationUpdate) =>
    api.patch<RegistrationView>(eventApiPath(slug, '/registrations/me'), update),
  );

export const useCancelMyRegistration = (slug: string) =>
  useChangeMine(slug, () => api.post<RegistrationView>(eventApiPath(slug, '/registrations/me/cancel')));

export function useEraseMyRegistration(slug: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>(eventApiPath(slug, '/registrations/me')),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: registrationKeys.mine(slug) });
      // An account that held nothing but this registration is erased with it, and its session ends.
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
      void queryClient.invalidateQueries({ queryKey: registrationKeys.form(slug) });
    },
  });
}
