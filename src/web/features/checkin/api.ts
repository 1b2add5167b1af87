import { useMutation } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CheckInResult, CheckInSummary } from '../../../shared/checkin.js';
import { api, eventApiPath } from '../../lib/api.js';

export const badgesPdfPath = (slug: string) => eventApiPath(slug, '/badges.pdf');

export function useCheckIn(slug: string) {
  return useMutation({
    mutationFn: (code: string) => api.post<CheckInResult>(eventApiPath(slug, '/check-ins'), { code }),
  });
}

/**
 * The live count from the server's event stream; null until the first event.
 * EventSource reconnects by itself after a network break, and the first event
 * of each connection carries the whole count, so nothing is missed.
 */
export function useCheckInCount(slug: string): CheckInSummary | null {
  const [count, setCount] = useState<CheckInSummary | null>(null);
  useEffect(() => {
    const source = new EventSource(eventApiPath(slug, '/check-ins/stream'));
    source.addEventListener('count', (event) => {
      setCount(JSON.parse((event as MessageEvent<string>).data) as CheckInSummary);
    });
    return () => source.close();
  }, [slug]);
  return count;
}
