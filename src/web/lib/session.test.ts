import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../shared/auth.js';
import { COMMITMENT_POLICY } from '../../shared/policies.js';
import { focalDelegationOf, may } from './session.js';

const FINLAND = '0b9f3c1e-2a4d-4c8e-9f10-3d5e7a9b1c2d';
const INDONESIA = '6a1d2e3f-4b5c-4d6e-8f70-8192a3b4c5d6';

const accountWith = (roles: AccountView['roles']): AccountView => ({
  id: 'f1e2d3c4-b5a6-4978-8899-aabbccddeeff',
  email: 'focal@example.org',
  name: 'Aino Virtanen',
  language: 'en',
  isAdmin: false,
  roles,
});

describe("the browser's reading of the session's roles", () => {
  const focal = accountWith([{ eventSlug: 'icdd-2021', role: 'focal_point', delegationId: FINLAND }]);

  it("lets a focal point act for the delegation their role names, and not for another's", () => {
    expect(may(focal, COMMITMENT_POLICY.register, { slug: 'icdd-2021', id: FINLAND })).toBe(true);
    expect(may(focal, COMMITMENT_POLICY.register, { slug: 'icdd-2021', id: INDONESIA })).toBe(false);
    expect(may(focal, COMMITMENT_POLICY.register, { slug: 'another-event', id: FINLAND })).toBe(false);
  });

  it('names the delegation a focal point serves in the event, and none for other roles or events', () => {
    expect(focalDelegationOf(focal, 'icdd-2021')).toBe(FINLAND);
    expect(focalDelegationOf(focal, 'another-event')).toBeNull();
    expect(
      focalDelegationOf(
        accountWith([{ eventSlug: 'icdd-2021', role: 'secretariat', delegationId: null }]),
        'icdd-2021',
      ),
    ).toBeNull();
    expect(focalDelegationOf(null, 'icdd-2021')).toBeNull();
  });
});
