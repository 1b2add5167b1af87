import { Loading } from '../../ui/States.js';

/** Being built. */
export function DelegationCommitmentsPage() {
  return <Loading />;
}
