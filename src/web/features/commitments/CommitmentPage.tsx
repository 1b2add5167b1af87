import { Loading } from '../../ui/States.js';

/** Being built. */
export function CommitmentPage() {
  return <Loading />;
}
