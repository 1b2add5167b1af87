import { useTranslation } from 'react-i18next';
import type { QuestionType } from '../../../../shared/constants.js';
import { currentLanguage } from '../../../i18n/i18n.js';
import { QUESTION_TYPES } from '../../../lib/contract.js';
import { CheckboxField, ChoiceGroup } from '../../../ui/Choices.js';
import { SelectField, TextField } from '../../../ui/Field.js';
import { fieldId, LocalizedFields } from '../../../ui/FormParts.js';
import type { ErrorFor } from '../../../ui/formErrors.js';
import { ListEditor } from '../../../ui/ListEditors.js';
import { newKey } from '../../../ui/localized.js';
import { type CategoryItem, hasOptions, type OptionItem, type QuestionItem } from './registrationFormValues.js';

/** The key scripts and exports use; left blank, it is made from the English text. */
function KeyField(props: { path: string; value: string; onChange: (code: string) => void; errorFor: ErrorFor }) {
  const { t } = useTranslation();
  return (
    <TextField
      id={fieldId(props.path)}
      label={t('registration.editor.key')}
      hint={t('registration.editor.keyHint')}
      value={props.value}
      onChange={(e) => props.onChange(e.target.value)}
      {...props.errorFor(props.path)}
    />
  );
}

export function CategoriesEditor(props: {
  items: CategoryItem[];
  onChange: (items: CategoryItem[]) => void;
  errorFor: ErrorFor;
}) {
  const { t } = useTranslation();
  const { errorFor } = props;
  return (
    <ListEditor
      path="categories"
      texts="registration.editor.categories"
      items={props.items}
      onChange={props.onChange}
      newItem={() => ({
        key: newKey(),
        code: '',
        name: { en: '', id: '' },
        needsAccreditation: false,
        isPublic: true,
      })}
      firstField={(index) => `categories.${index}.name.en`}
      renderFields={(item, index, update) => (
        <>
          <LocalizedFields
            path={`categories.${index}.name`}
            label={t('registration.editor.categories.name')}
            value={item.name}
            onChange={(name) => update({ name })}
            errorFor={errorFor}
          />
          <KeyField
            path={`categories.${index}.key`}
            value={item.code}
            onChange={(code) => update({ code })}
            errorFor={errorFor}
          />
          <CheckboxField
            id={fieldId(`categories.${index}.isPublic`)}
            label={t('registration.editor.categories.isPublic')}
            checked={item.isPublic}
            onChange={(isPublic) => update({ isPublic })}
          />
          <CheckboxField
            id={fieldId(`categories.${index}.needsAccreditation`)}
            label={t('registration.editor.categories.needsAccreditation')}
            checked={item.needsAccreditation}
            onChange={(needsAccreditation) => update({ needsAccreditation })}
          />
        </>
      )}
    />
  );
}

function OptionsEditor(props: {
  path: string;
  items: OptionItem[];
  onChange: (items: OptionItem[]) => void;
  errorFor: ErrorFor;
}) {
  const { t } = useTranslation();
  const { path, errorFor } = props;
  return (
    <>
      {errorFor(path).error && <p className="field-error">{errorFor(path).error}</p>}
      <ListEditor
        path={path}
        texts="registration.editor.options"
        items={props.items}
        onChange={props.onChange}
        newItem={() => ({ key: newKey(), code: '', label: { en: '', id: '' } })}
        firstField={(index) => `${path}.${index}.label.en`}
        renderFields={(option, index, update) => (
          <>
            <LocalizedFields
              path={`${path}.${index}.label`}
              label={t('registration.editor.options.label')}
              value={option.label}
              onChange={(label) => update({ label })}
              errorFor={errorFor}
            />
            <KeyField
              path={`${path}.${index}.key`}
              value={option.code}
              onChange={(code) => update({ code })}
              errorFor={errorFor}
            />
          </>
        )}
      />
    </>
  );
}

export function QuestionsEditor(props: {
  items: QuestionItem[];
  /** The form's categories, to ask a question of some of them only. */
  categories: CategoryItem[];
  onChange: (items: QuestionItem[]) => void;
  errorFor: ErrorFor;
}) {
  const { t } = useTranslation();
  const { errorFor } = props;
  return (
    <ListEditor
      path="questions"
      texts="registration.editor.questions"
      items={props.items}
      onChange={props.onChange}
      newItem={(): QuestionItem => ({
        key: newKey(),
        code: '',
        label: { en: '', id: '' },
        type: 'text',
        options: [],
        isRequired: false,
        min: '',
        max: '',
        categories: [],
      })}
      firstField={(index) => `questions.${index}.label.en`}
      renderFields={(question, index, update) => (
        <>
          <LocalizedFields
            path={`questions.${index}.label`}
            label={t('registration.editor.questions.label')}
            value={question.label}
            onChange={(label) => update({ label })}
            errorFor={errorFor}
          />
          <KeyField
            path={`questions.${index}.key`}
            value={question.code}
            onChange={(code) => update({ code })}
            errorFor={errorFor}
          />
          <SelectField
            id={fieldId(`questions.${index}.type`)}
            label={t('registration.editor.questions.type')}
            value={question.type}
            onChange={(e) => update({ type: e.target.value as QuestionType })}
            options={QUESTION_TYPES.map((type) => ({ value: type, label: t(`registration.editor.types.${type}`) }))}
            {...errorFor(`questions.${index}.type`)}
          />
          <CheckboxField
            id={fieldId(`questions.${index}.isRequired`)}
            label={t('registration.editor.questions.isRequired')}
            checked={question.isRequired}
            onChange={(isRequired) => update({ isRequired })}
          />
          {question.type === 'number' &&
            (['min', 'max'] as const).map((bound) => (
              <TextField
                key={bound}
                id={fieldId(`questions.${index}.${bound}`)}
                label={t(`registration.editor.questions.${bound}`)}
                hint={t('registration.editor.questions.boundHint')}
                inputMode="decimal"
                value={question[bound]}
                onChange={(e) => update({ [bound]: e.target.value })}
                {...errorFor(`questions.${index}.${bound}`)}
              />
            ))}
          {props.categories.length > 1 && (
            <ChoiceGroup
              id={fieldId(`questions.${index}.categories`)}
              type="checkbox"
              legend={t('registration.editor.questions.categories')}
              hint={t('registration.editor.questions.categoriesHint')}
              choices={props.categories.map((category) => ({
                value: category.key,
                label: category.name[currentLanguage()] || category.name.en || category.code,
              }))}
              value={question.categories}
              onChange={(categories) => update({ categories })}
              {...errorFor(`questions.${index}.categories`)}
            />
          )}
          {hasOptions(question.type) && (
            <OptionsEditor
              path={`questions.${index}.options`}
              items={question.options}
              onChange={(options) => update({ options })}
              errorFor={errorFor}
            />
          )}
        </>
      )}
    />
  );
}
