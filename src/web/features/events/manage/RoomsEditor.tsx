import { useTranslation } from 'react-i18next';
import { TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { ListEditor } from '../../../ui/ListEditors.js';
import { newKey } from '../../../ui/localized.js';
import type { RoomItem } from './eventForm.js';

/** The event's rooms, each a name in two languages and a capacity. */
export function RoomsEditor(props: { items: RoomItem[]; onChange: (items: RoomItem[]) => void; errorFor: ErrorFor }) {
  const { t } = useTranslation();
  const { errorFor } = props;
  return (
    <ListEditor
      path="rooms"
      items={props.items}
      onChange={props.onChange}
      newItem={() => ({ key: newKey(), name: { en: '', id: '' }, capacity: '0' })}
      firstField={(index) => `rooms.${index}.name.en`}
      renderFields={(room, index, update) => (
        <>
          <LocalizedFields
            path={`rooms.${index}.name`}
            label={t('settings.rooms.name')}
            value={room.name}
            onChange={(name) => update({ name })}
            errorFor={errorFor}
          />
          <TextField
            id={fieldId(`rooms.${index}.capacity`)}
            label={t('settings.rooms.capacity')}
            inputMode="numeric"
            value={room.capacity}
            onChange={(e) => update({ capacity: e.target.value })}
            {...errorFor(`rooms.${index}.capacity`)}
          />
        </>
      )}
    />
  );
}
