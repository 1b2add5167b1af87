import { Loading } from '../../ui/States.js';

/** Being built. */
export function ComparePage() {
  return <Loading />;
}
