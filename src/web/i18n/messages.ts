import enMain from './en.json' with { type: 'json' };
import idMain from './id.json' with { type: 'json' };
import hostEn from './pending/host.en.json' with { type: 'json' };
import hostId from './pending/host.id.json' with { type: 'json' };
import ownEn from './pending/own.en.json' with { type: 'json' };
import ownId from './pending/own.id.json' with { type: 'json' };
import trackerEn from './pending/tracker.en.json' with { type: 'json' };
import trackerId from './pending/tracker.id.json' with { type: 'json' };

// The messages of pages being built side by side, each in its own file until they are folded into en.json and id.json.
export const enMessages = { ...enMain, ...trackerEn, ...ownEn, ...hostEn };
export const idMessages = { ...idMain, ...trackerId, ...ownId, ...hostId };
