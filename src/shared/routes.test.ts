import { describe, expect, it } from 'vitest';
import { isPagePath, PAGE_PATTERNS, PAGES, pagePath } from './routes.js';

const UUID = '0b6f3f6e-6a53-4d3e-9a57-2f5d3c1b9e10';

describe('the page table', () => {
  it('has one server pattern per page', () => {
    expect(PAGE_PATTERNS).toHaveLength(Object.keys(PAGES).length);
  });

  it.each([
    '/',
    '/sign-in',
    '/sign-in/link',
    '/admin/outbox',
    '/events/new',
    '/events/icdd-2021',
    '/events/icdd-2021/manage',
    '/events/icdd-2021/manage/registration-form',
    '/events/icdd-2021/register',
    '/events/icdd-2021/registration',
    '/events/icdd-2021/check-in',
    '/events/icdd-2021/programme',
    '/events/icdd-2021/programme/changes',
    `/events/icdd-2021/programme/sessions/${UUID}`,
    `/events/icdd-2021/speakers/${UUID}`,
    '/events/icdd-2021/agenda',
    '/events/icdd-2021/delegations',
    `/events/icdd-2021/delegations/${UUID}`,
    '/events/icdd-2021/delegation',
  ])('knows the page %s', (path) => {
    expect(isPagePath(path)).toBe(true);
  });

  it.each([
    '',
    '/sign-in/',
    '/events',
    '/events/ICDD',
    '/events/icdd-2021/manage/',
    '/events/icdd-2021/manage/Settings',
    '/events/icdd-2021/manage/a/b',
    '/events/icdd-2021/programme/sessions/1',
    '/events/icdd-2021/speakers/not-an-id',
    '/events/icdd-2021/delegations/x',
    '/api/events',
    '/admin',
  ])('does not know %s', (path) => {
    expect(isPagePath(path)).toBe(false);
  });

  it('builds a page’s path from its parameters, for links', () => {
    expect(pagePath('home')).toBe('/');
    expect(pagePath('event', { slug: 'icdd-2021' })).toBe('/events/icdd-2021');
    expect(pagePath('manage', { slug: 'icdd-2021' })).toBe('/events/icdd-2021/manage');
    expect(pagePath('manage', { slug: 'icdd-2021', section: 'roles' })).toBe('/events/icdd-2021/manage/roles');
    expect(pagePath('session', { slug: 'icdd-2021', id: UUID })).toBe(`/events/icdd-2021/programme/sessions/${UUID}`);
    expect(pagePath('speaker', { slug: 'a b', id: 'c/d' })).toBe('/events/a%20b/speakers/c%2Fd');
  });
});
