import { useQuery } from '@tanstack/react-query';
import type { OutboxMailView } from '../../../shared/admin.js';
import { api } from '../../lib/api.js';

export const adminKeys = {
  outbox: ['admin', 'outbox'] as const,
};

/** Every mail the platform queued, newest first; only an administrator may read it. */
export function useAdminOutbox(isAdmin: boolean) {
  return useQuery({
    queryKey: adminKeys.outbox,
    queryFn: async () => (await api.get<{ mails: OutboxMailView[] }>('/api/admin/outbox?limit=200')).mails,
    enabled: isAdmin,
  });
}
