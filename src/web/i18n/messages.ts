import adoptionEn from '../features/outcome/messages/adoption.en.json' with { type: 'json' };
import adoptionId from '../features/outcome/messages/adoption.id.json' with { type: 'json' };
import amendmentsEn from '../features/outcome/messages/amendments.en.json' with { type: 'json' };
import amendmentsId from '../features/outcome/messages/amendments.id.json' with { type: 'json' };
import delegationEn from '../features/outcome/messages/delegation.en.json' with { type: 'json' };
import delegationId from '../features/outcome/messages/delegation.id.json' with { type: 'json' };
import editorEn from '../features/outcome/messages/editor.en.json' with { type: 'json' };
import editorId from '../features/outcome/messages/editor.id.json' with { type: 'json' };
import enMain from './en.json' with { type: 'json' };
import idMain from './id.json' with { type: 'json' };

// Each file names its own top-level namespaces, so they sit side by side.
export const enMessages = { ...enMain, ...editorEn, ...amendmentsEn, ...delegationEn, ...adoptionEn };
export const idMessages = { ...idMain, ...editorId, ...amendmentsId, ...delegationId, ...adoptionId };
