import { useTranslation } from 'react-i18next';
import { STREAM_KINDS } from '../../../lib/contract.js';
import { channelName } from '../../../ui/channelName.js';
import { SelectField, TextField } from '../../../ui/Field.js';
import { fieldId } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { ListEditor } from '../../../ui/ListEditors.js';
import { newKey } from '../../../ui/localized.js';
import type { StreamItem } from './sessionForm.js';

/** The floor, the two languages of the platform, and the other official languages of the United Nations. */
const CHANNELS = ['floor', 'en', 'id', 'ar', 'zh', 'fr', 'ru', 'es'];

/** A session's streams, interpretation channels and caption tracks: each a language, a kind and an address. */
export function StreamsEditor(props: {
  items: StreamItem[];
  onChange: (items: StreamItem[]) => void;
  errorFor: ErrorFor;
}) {
  const { t } = useTranslation();
  const { errorFor } = props;
  return (
    <ListEditor
      path="streams"
      texts="programme.editor.streams"
      items={props.items}
      onChange={props.onChange}
      newItem={(): StreamItem => ({ key: newKey(), language: 'floor', kind: 'video', url: '' })}
      firstField={(index) => `streams.${index}.language`}
      renderFields={(stream, index, update) => (
        <>
          <SelectField
            id={fieldId(`streams.${index}.language`)}
            label={t('programme.editor.streams.language')}
            value={stream.language}
            onChange={(e) => update({ language: e.target.value })}
            options={CHANNELS.map((code) => ({ value: code, label: channelName(code, t) }))}
            {...errorFor(`streams.${index}.language`)}
          />
          <SelectField
            id={fieldId(`streams.${index}.kind`)}
            label={t('programme.editor.streams.kind')}
            value={stream.kind}
            onChange={(e) => update({ kind: e.target.value as StreamItem['kind'] })}
            options={STREAM_KINDS.map((kind) => ({ value: kind, label: t(`programme.editor.streams.kinds.${kind}`) }))}
            {...errorFor(`streams.${index}.kind`)}
          />
          <TextField
            id={fieldId(`streams.${index}.url`)}
            label={t('programme.editor.streams.url')}
            hint={t('programme.editor.streams.urlHint')}
            type="url"
            value={stream.url}
            onChange={(e) => update({ url: e.target.value })}
            {...errorFor(`streams.${index}.url`)}
          />
        </>
      )}
    />
  );
}
