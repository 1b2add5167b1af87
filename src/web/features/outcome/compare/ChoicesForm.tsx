import { useTranslation } from 'react-i18next';
import { currentLanguage, INTL_LOCALES } from '../../../i18n/i18n.js';
import { CheckboxField, ChoiceGroup } from '../../../ui/Choices.js';
import { SelectField } from '../../../ui/Field.js';
import { formatInstant } from '../../../ui/time.js';
import type { VersionSummary } from '../work/api.js';
import {
  COMPARE_LANGUAGES,
  COMPARE_VIEWS,
  type CompareChoices,
  type CompareLanguage,
  type CompareView,
} from './choices.js';

/**
 * The two versions, the language and the view: each applies as it is chosen (the focus stays
 * where it is, the comparison below follows).
 */
export function ChoicesForm(props: {
  versions: VersionSummary[];
  timeZone: string;
  choices: CompareChoices;
  onChange: (next: CompareChoices) => void;
}) {
  const { versions, timeZone, choices, onChange } = props;
  const { t } = useTranslation();
  const locale = INTL_LOCALES[currentLanguage()];
  const options = [...versions]
    .sort((a, b) => b.number - a.number)
    .map((version) => ({
      value: String(version.number),
      label: t('outcomeCompare.choices.version', {
        number: version.number,
        message: version.message,
        date: formatInstant(version.madeAt, timeZone, locale),
      }),
    }));
  return (
    <section aria-labelledby="compare-choices" className="card compare-choices">
      <h2 id="compare-choices">{t('outcomeCompare.choices.title')}</h2>
      <div className="compare-versions">
        <SelectField
          id="compare-from"
          label={t('outcomeCompare.choices.from')}
          options={options}
          value={String(choices.from)}
          onChange={(e) => onChange({ ...choices, from: Number(e.target.value) })}
        />
        <SelectField
          id="compare-to"
          label={t('outcomeCompare.choices.to')}
          options={options}
          value={String(choices.to)}
          onChange={(e) => onChange({ ...choices, to: Number(e.target.value) })}
        />
      </div>
      <div className="compare-ways">
        <ChoiceGroup
          id="compare-lang"
          type="radio"
          legend={t('outcomeCompare.choices.language')}
          choices={COMPARE_LANGUAGES.map((lang) => ({ value: lang, label: t(`outcomeCompare.languages.${lang}`) }))}
          value={[choices.lang]}
          onChange={([lang]) => onChange({ ...choices, lang: (lang as CompareLanguage | undefined) ?? choices.lang })}
        />
        <ChoiceGroup
          id="compare-view"
          type="radio"
          legend={t('outcomeCompare.choices.view')}
          choices={COMPARE_VIEWS.map((view) => ({ value: view, label: t(`outcomeCompare.views.${view}`) }))}
          value={[choices.view]}
          onChange={([view]) => onChange({ ...choices, view: (view as CompareView | undefined) ?? choices.view })}
        />
      </div>
      <CheckboxField
        id="compare-changed-only"
        label={t('outcomeCompare.choices.changedOnly')}
        checked={choices.isChangedOnly}
        onChange={(isChangedOnly) => onChange({ ...choices, isChangedOnly })}
      />
    </section>
  );
}
