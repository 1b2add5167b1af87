import type { EventView } from '../../../../shared/events.js';
import type { LocalizedText } from '../../../../shared/text.js';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { pickText } from '../../../lib/contract.js';
import { delegationName } from '../../../ui/countries.js';

/** A delegation as the host's tables name it: its country in the reader's language, or the organisation's name. */
export function countryLabel(delegation: {
  country: string | null;
  delegationName?: LocalizedText;
  name?: LocalizedText;
}) {
  const language = currentLanguage();
  const name = delegation.name ?? delegation.delegationName ?? {};
  return delegationName({ country: delegation.country, name }, language, INTL_LOCALES[language]);
}

/** A focus area's title, from the event's list. */
export function focusAreaTitle(event: Pick<EventView, 'focusAreas'>, focusAreaId: string): LocalizedText {
  return event.focusAreas.find((area) => area.id === focusAreaId)?.title ?? {};
}

/** A localized text in the reader's language, as plain text (for labels and sorting). */
export const plain = (text: LocalizedText) => pickText(text, currentLanguage());
