import { Loading } from '../../ui/States.js';

/** Being built. */
export function EditorPage() {
  return <Loading />;
}
