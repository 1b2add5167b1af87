import { useTranslation } from 'react-i18next';

const PLAIN: Record<string, string> = {
  slug: 'settings.slug',
  startsAt: 'settings.startsAt',
  endsAt: 'settings.endsAt',
  timeZone: 'settings.timeZone',
  'venue.name': 'settings.venueName',
  'venue.city': 'settings.venueCity',
  'venue.country': 'settings.venueCountry',
  mode: 'event.modeLabel',
  invitedCountries: 'settings.invited.choose',
};

const TEXTS: Record<string, string> = {
  name: 'settings.name',
  theme: 'settings.theme',
  description: 'settings.description',
};

const LISTS: Record<string, { item: string; title: string }> = {
  statementThemes: { item: 'settings.statementThemes.item', title: 'settings.list.title' },
  focusAreas: { item: 'settings.focusAreas.item', title: 'settings.list.title' },
  rooms: { item: 'settings.rooms.item', title: 'settings.rooms.name' },
};

/** Names the fields the server's errors point at ("rooms.0.name.en") as the form labels them. */
export function useFieldLabels(): { get: (field: string) => string | undefined } {
  const { t } = useTranslation();
  const inLanguage = (field: string, language: string) =>
    language === 'en' || language === 'id' ? t(`form.in.${language}`, { field }) : `${field} (${language})`;
  return {
    get(field: string) {
      const plain = PLAIN[field];
      if (plain) return t(plain);
      const [head = '', second, third, fourth] = field.split('.');
      const text = TEXTS[head];
      if (text) return second ? inLanguage(t(text), second) : t(text);
      const list = LISTS[head];
      if (!list || second === undefined) return undefined;
      const item = t(list.item, { number: Number(second) + 1 });
      if (third === 'capacity') return `${item}: ${t('settings.rooms.capacity')}`;
      if (third && fourth) return `${item}: ${inLanguage(t(list.title), fourth)}`;
      return item;
    },
  };
}
