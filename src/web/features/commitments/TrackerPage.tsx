import { Loading } from '../../ui/States.js';

/** Being built. */
export function TrackerPage() {
  return <Loading />;
}
