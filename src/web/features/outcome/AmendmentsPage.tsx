import { Loading } from '../../ui/States.js';

/** Being built. */
export function AmendmentsPage() {
  return <Loading />;
}
