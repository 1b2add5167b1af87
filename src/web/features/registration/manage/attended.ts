import type { AttendedKind } from '../../../lib/contract.js';

/** How a registrant attended, from check-in at the door and their first time on a live stream. */
export function attendedAs(r: { checkedInAt: string | null; followedOnlineAt: string | null }): AttendedKind | null {
  if (r.checkedInAt && r.followedOnlineAt) return 'both';
  if (r.checkedInAt) return 'venue';
  return r.followedOnlineAt ? 'online' : null;
}
