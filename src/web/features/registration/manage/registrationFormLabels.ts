import { useTranslation } from 'react-i18next';

/** Names the fields the errors point at ("questions.0.options.1.label.en") as the form editor labels them. */
export function useRegistrationFormLabels(): { get: (field: string) => string | undefined } {
  const { t } = useTranslation();
  const text = (label: string, language: string | undefined) =>
    language === 'en' || language === 'id' ? t(`form.in.${language}`, { field: label }) : label;
  const part = (rest: string[], textLabel: string): string => {
    const [name, language] = rest;
    if (name === 'key') return t('registration.editor.key');
    if (name === 'label' || name === 'name') return text(textLabel, language);
    if (name === 'min' || name === 'max' || name === 'categories') return t(`registration.editor.questions.${name}`);
    return name ?? '';
  };
  return {
    get(field: string) {
      const [head = '', index, ...rest] = field.split('.');
      switch (head) {
        case 'inPersonCapacity':
          return t('registration.editor.capacity');
        case 'opensAt':
        case 'closesAt':
          return t(`registration.editor.${head}`);
        case 'privacyVersion':
          return t('registration.editor.privacyVersion');
        case 'privacyNotice':
          return text(t('registration.editor.privacyNotice'), index);
        case 'categories': {
          if (index === undefined) return t('registration.editor.categories.legend');
          const item = t('registration.editor.categories.item', { number: Number(index) + 1 });
          return rest.length ? `${item}: ${part(rest, t('registration.editor.categories.name'))}` : item;
        }
        case 'questions': {
          if (index === undefined) return t('registration.editor.questions.legend');
          const item = t('registration.editor.questions.item', { number: Number(index) + 1 });
          if (rest[0] !== 'options')
            return rest.length ? `${item}: ${part(rest, t('registration.editor.questions.label'))}` : item;
          const [, optionIndex, ...optionRest] = rest;
          if (optionIndex === undefined) return `${item}: ${t('registration.editor.options.legend')}`;
          const option = t('registration.editor.options.item', { number: Number(optionIndex) + 1 });
          return `${item}, ${option}: ${part(optionRest, t('registration.editor.options.label'))}`;
        }
        default:
          return undefined;
      }
    },
  };
}
