import { describe, expect, it } from 'vitest';
import type { AccountView } from '../../shared/auth.js';
import { COMMITMENT_POLICY } from '../../shared/policies.js';
import { explicitNext, focalDelegationOf, landingOf, may } from './session.js';

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

describe('where a person lands after signing in', () => {
  const session = (roles: AccountView['roles']) => ({ account: accountWith(roles), registration: null });
  const role = (eventSlug: string, r: AccountView['roles'][number]['role'], delegationId: string | null = null) => ({
    eventSlug,
    role: r,
    delegationId,
  });

  it('puts the staff of one event on its dashboard, and the staff of several on the events list', () => {
    expect(landingOf(session([role('icdd-2021', 'secretariat'), role('icdd-2021', 'organizer')]))).toBe(
      '/events/icdd-2021/manage',
    );
    expect(landingOf(session([role('icdd-2021', 'organizer'), role('icdd-2023', 'secretariat')]))).toBe('/');
  });

  it('puts a focal point on their delegation, a registrant on their registration, anyone else on the events list', () => {
    expect(landingOf(session([role('icdd-2021', 'focal_point', FINLAND), role('icdd-2021', 'delegate')]))).toBe(
      '/events/icdd-2021/delegation',
    );
    expect(landingOf(session([role('icdd-2021', 'participant')]))).toBe('/events/icdd-2021/registration');
    expect(landingOf({ account: null, registration: { eventSlug: 'icdd-2021', name: 'Ayu' } })).toBe(
      '/events/icdd-2021/registration',
    );
    expect(landingOf(session([role('icdd-2021', 'moderator')]))).toBe('/');
    expect(landingOf(null)).toBe('/');
  });

  it('lets the page that asked for the sign-in win, but only a page of this site', () => {
    expect(explicitNext('/events/icdd-2021/outcome/editor')).toBe('/events/icdd-2021/outcome/editor');
    expect(explicitNext(null)).toBeNull();
    expect(explicitNext('/')).toBeNull();
    expect(explicitNext('//evil.example')).toBeNull();
  });
});
