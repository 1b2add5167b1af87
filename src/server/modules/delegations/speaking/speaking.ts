import { PROTOCOL_RANKS, type ProtocolRank } from '../../../../shared/delegations.js';

export interface Speaker {
  id: string;
  speakingPosition: number | null;
  confirmedAt: Date | null;
  createdAt: Date;
  /** The head of delegation's rank; undefined when the delegation has no head. */
  headRank: ProtocolRank | null | undefined;
}

const NO_HEAD = PROTOCOL_RANKS.length + 1;

/** Minister first, expert last; a head without a rank after the ranked, no head at all last of all. */
const rankWeight = (rank: ProtocolRank | null | undefined) =>
  rank === undefined ? NO_HEAD : rank === null ? PROTOCOL_RANKS.length : PROTOCOL_RANKS.indexOf(rank);

const time = (date: Date | null) => date?.getTime() ?? Number.POSITIVE_INFINITY;

/** The protocol's order: rank of the head of delegation, then the earliest confirmation. */
export function compareByProtocol(a: Speaker, b: Speaker): number {
  return (
    rankWeight(a.headRank) - rankWeight(b.headRank) ||
    time(a.confirmedAt) - time(b.confirmedAt) ||
    a.createdAt.getTime() - b.createdAt.getTime() ||
    (a.id < b.id ? -1 : 1)
  );
}

/**
 * The plenary's speaking order: the organizers' own order where they set one (delegations
 * added after it follow, in protocol order), else the protocol's.
 */
export function orderSpeakers<T extends Speaker>(speakers: T[]): T[] {
  return [...speakers].sort((a, b) => {
    if (a.speakingPosition !== null && b.speakingPosition !== null) return a.speakingPosition - b.speakingPosition;
    if (a.speakingPosition !== null) return -1;
    if (b.speakingPosition !== null) return 1;
    return compareByProtocol(a, b);
  });
}
