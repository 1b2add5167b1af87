import { describe, expect, it } from 'vitest';
import { orderSpeakers, type Speaker } from './speaking.js';

const at = (minute: number) => new Date(Date.UTC(2021, 10, 1, 0, minute));
const speaker = (id: string, overrides: Partial<Speaker> = {}): Speaker => ({
  id,
  speakingPosition: null,
  confirmedAt: at(0),
  createdAt: at(0),
  headRank: 'expert',
  ...overrides,
});
const ids = (speakers: Speaker[]) => orderSpeakers(speakers).map((s) => s.id);

describe('orderSpeakers', () => {
  it('puts a minister before a vice-minister, an ambassador, a senior official and an expert', () => {
    const list = [
      speaker('expert', { headRank: 'expert' }),
      speaker('ambassador', { headRank: 'ambassador' }),
      speaker('minister', { headRank: 'minister' }),
      speaker('senior', { headRank: 'senior_official' }),
      speaker('vice', { headRank: 'vice_minister' }),
    ];
    expect(ids(list)).toEqual(['minister', 'vice', 'ambassador', 'senior', 'expert']);
  });

  it('breaks a tie of rank by the earliest confirmation, and puts delegations with no head last', () => {
    const list = [
      speaker('headless', { headRank: undefined, confirmedAt: at(1) }),
      speaker('late', { headRank: 'minister', confirmedAt: at(30) }),
      speaker('early', { headRank: 'minister', confirmedAt: at(5) }),
      speaker('unconfirmed', { headRank: 'minister', confirmedAt: null }),
    ];
    expect(ids(list)).toEqual(['early', 'late', 'unconfirmed', 'headless']);
  });

  it("follows the organizers' positions, and the delegations they did not place follow by protocol", () => {
    const list = [
      speaker('minister', { headRank: 'minister' }),
      speaker('expert', { headRank: 'expert', speakingPosition: 1 }),
      speaker('ambassador', { headRank: 'ambassador', speakingPosition: 2 }),
      speaker('vice', { headRank: 'vice_minister' }),
    ];
    expect(ids(list)).toEqual(['expert', 'ambassador', 'minister', 'vice']);
  });
});
