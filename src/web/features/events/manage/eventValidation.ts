import type { FieldError } from '../../../lib/api.js';
import { fromZonedInput } from '../../../ui/time.js';
import type { EventFormValues } from './eventForm.js';

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * What a person can see is wrong before the form is sent, named by the fields'
 * paths as the server names them; messages are translation keys. The server
 * checks everything again.
 */
export function checkEventForm(values: EventFormValues, isNew: boolean): FieldError[] {
  const errors: FieldError[] = [];
  const require = (isFine: boolean, field: string, message: string) => {
    if (!isFine) errors.push({ field, message });
  };
  if (isNew) {
    const slug = values.slug.trim();
    require(SLUG.test(slug) && slug.length >= 3 && slug.length <= 60, 'slug', 'validation.slug');
  }
  require(values.name.en.trim() !== '', 'name.en', 'validation.englishRequired');
  require(values.theme.en.trim() !== '', 'theme.en', 'validation.englishRequired');
  const startsAt = fromZonedInput(values.startsAt, values.timeZone);
  const endsAt = fromZonedInput(values.endsAt, values.timeZone);
  require(startsAt !== null, 'startsAt', 'validation.dateRequired');
  require(endsAt !== null, 'endsAt', 'validation.dateRequired');
  if (startsAt && endsAt) require(Date.parse(endsAt) > Date.parse(startsAt), 'endsAt', 'validation.endsAfterStart');
  require(values.venue.name.trim() !== '', 'venue.name', 'validation.required');
  for (const list of ['statementThemes', 'focusAreas'] as const) {
    values[list].forEach((item, index) => {
      require(item.title.en.trim() !== '', `${list}.${index}.title.en`, 'validation.englishRequired');
    });
  }
  values.rooms.forEach((room, index) => {
    require(room.name.en.trim() !== '', `rooms.${index}.name.en`, 'validation.englishRequired');
    require(/^\d{1,7}$/.test(room.capacity.trim()), `rooms.${index}.capacity`, 'validation.capacity');
  });
  return errors;
}
