import { useMutation } from '@tanstack/react-query';
import { api } from '../../lib/api.js';

/** Mails a sign-in link; `next` is where the link leads after signing in (none: where the person's role is). */
export function useRequestMagicLink(next: string | null, onSent: (address: string) => void) {
  return useMutation({
    mutationFn: (address: string) =>
      api.post('/api/auth/magic-link', { email: address, ...(next === null ? {} : { redirectTo: next }) }),
    onSuccess: (_data, address) => onSent(address),
  });
}

export function usePasswordSignIn(onSignedIn: () => Promise<void>) {
  return useMutation({
    mutationFn: (credentials: { email: string; password: string }) => api.post('/api/auth/password', credentials),
    onSuccess: onSignedIn,
  });
}

/** Exchanges a mailed link's token for a session. */
export function useConsumeMagicLink() {
  return useMutation({
    mutationFn: (token: string) => api.post('/api/auth/magic-link/consume', { token }),
  });
}
