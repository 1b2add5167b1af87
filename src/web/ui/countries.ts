import { countryName } from '../../shared/countries.js';
import type { PublicDelegation } from '../../shared/delegations.js';
import { pickText } from '../lib/contract.js';

// The list and the names are shared with the server: src/shared/countries.ts.
export { COUNTRY_CODES, countriesByName, countryName } from '../../shared/countries.js';

/** A delegation's name: its country's in the reader's language, an organisation's own name otherwise. */
export function delegationName(
  delegation: Pick<PublicDelegation, 'country' | 'name'>,
  language: string,
  locale: string,
) {
  return delegation.country ? countryName(delegation.country, locale) : pickText(delegation.name, language);
}
