import type { EventView } from '../../../../shared/events.js';
import { Loading } from '../../../ui/States.js';

/** Being built. */
export function CommitmentsSection(_props: { event: EventView }) {
  return <Loading />;
}
