import { Loading } from '../../ui/States.js';

/** Being built. */
export function AdoptionPage() {
  return <Loading />;
}
