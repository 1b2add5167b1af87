import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from './Field.js';
import type { ErrorFor } from './formErrors.js';
import type { TwoLanguages } from './localized.js';

/** The server names fields by path ("rooms.0.name.en"); the form's ids follow the same path. */
export const fieldId = (path: string) => `f-${path.replace(/\./g, '-')}`;

/** One text in English and in Indonesian: "Theme in English", "Theme in Bahasa Indonesia". */
export function LocalizedFields(props: {
  path: string;
  label: string;
  value: TwoLanguages;
  onChange: (value: TwoLanguages) => void;
  errorFor: ErrorFor;
  isMultiline?: boolean;
  isEnglishRequired?: boolean;
}) {
  const { t } = useTranslation();
  const { path, label, value, onChange, errorFor, isMultiline = false, isEnglishRequired = true } = props;
  return (
    <div className="localized-fields">
      {(['en', 'id'] as const).map((language) => {
        const common = {
          id: fieldId(`${path}.${language}`),
          label: t(`form.in.${language}`, { field: label }),
          lang: language,
          value: value[language],
          ...errorFor(`${path}.${language}`),
          hint: language === 'en' && isEnglishRequired ? t('form.required') : undefined,
          'aria-required': language === 'en' && isEnglishRequired ? true : undefined,
        };
        return isMultiline ? (
          <TextAreaField
            key={language}
            {...common}
            onChange={(e) => onChange({ ...value, [language]: e.target.value })}
          />
        ) : (
          <TextField key={language} {...common} onChange={(e) => onChange({ ...value, [language]: e.target.value })} />
        );
      })}
    </div>
  );
}
