import { Loading } from '../../ui/States.js';

/** Being built. */
export function DelegationOutcomePage() {
  return <Loading />;
}
