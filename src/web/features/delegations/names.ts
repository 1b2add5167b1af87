import type { PublicDelegation } from '../../../shared/delegations.js';
import { pickText } from '../../lib/contract.js';
import { countryName } from '../../ui/countries.js';

/** A country's name in the reader's language (Intl.DisplayNames), an organisation's own name otherwise. */
export function delegationName(
  delegation: Pick<PublicDelegation, 'country' | 'name'>,
  language: string,
  locale: string,
) {
  return delegation.country ? countryName(delegation.country, locale) : pickText(delegation.name, language);
}
