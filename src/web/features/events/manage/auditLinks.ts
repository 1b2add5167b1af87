import type { AuditEntryView } from '../../../../shared/admin.js';
import { pagePath } from '../../../../shared/routes.js';

type Act = Pick<AuditEntryView, 'entityType' | 'entityId' | 'count' | 'summary'>;

const manage = (slug: string, section: string, query = '') => `${pagePath('manage', { slug, section })}${query}`;

/**
 * Where the record of an act is seen: a registration opens the registrations section with it,
 * a session its page, a delegation, a commitment or a speaker theirs; an act on many records
 * opens their list. Null for a record with no page (an account's sign-in).
 */
export function auditRecordPath(slug: string, act: Act): string | null {
  const id = act.entityId;
  const isOne = act.count === 1;
  const sessionId = typeof act.summary.sessionId === 'string' ? act.summary.sessionId : null;
  switch (act.entityType) {
    case 'registration':
      return manage(slug, 'registrations', isOne ? `?${new URLSearchParams({ id })}` : '');
    case 'session':
      return isOne ? pagePath('session', { slug, id }) : pagePath('programme', { slug });
    case 'poll':
    case 'question':
      return sessionId ? pagePath('session', { slug, id: sessionId }) : null;
    case 'delegation':
      return isOne ? pagePath('delegation', { slug, id }) : pagePath('delegations', { slug });
    case 'amendment':
      return pagePath('outcomeAmendments', { slug });
    case 'outcome':
    case 'outcome_paragraph':
      return pagePath('outcome', { slug });
    case 'commitment':
      return isOne ? pagePath('commitment', { slug, id }) : pagePath('commitments', { slug });
    case 'commitment_report':
    case 'commitment_import':
      return manage(slug, 'commitments');
    case 'speaker':
      return isOne ? pagePath('speaker', { slug, id }) : pagePath('programme', { slug });
    case 'event':
      return manage(slug, 'settings');
    case 'account':
      return manage(slug, 'roles');
    case 'registration_form':
      return manage(slug, 'registration-form');
    default:
      return null;
  }
}
