export {
  DELEGATION_KINDS,
  DELEGATION_ROLES,
  type DelegationKind,
  type DelegationRole,
  PROTOCOL_RANKS,
  type ProtocolRank,
} from './constants.js';
