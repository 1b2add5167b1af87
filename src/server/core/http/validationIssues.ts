import type { FieldCode } from '../../../shared/problemFields.js';

/** One zod issue as fastify-type-provider-zod hands it over: zod's code is the `keyword`. */
interface ValidationIssue {
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

const SIZE_CODES: Record<string, { big: FieldCode; small: FieldCode }> = {
  string: { big: 'field.too_long', small: 'field.too_short' },
  array: { big: 'field.too_long', small: 'field.too_short' },
  set: { big: 'field.too_long', small: 'field.too_short' },
  file: { big: 'field.too_long', small: 'field.too_short' },
};

/** The field code of a zod issue: what is wrong, in words the browser can translate. */
export function fieldCodeOfIssue(issue: ValidationIssue): FieldCode {
  const sizes = SIZE_CODES[String(issue.params.origin)] ?? { big: 'field.too_large', small: 'field.too_small' };
  switch (issue.keyword) {
    case 'invalid_type':
      // zod says "received undefined" of a field that is missing.
      return /received undefined/.test(issue.message ?? '') ? 'field.required' : 'field.invalid';
    case 'too_big':
      return sizes.big;
    case 'too_small':
      return sizes.small;
    case 'invalid_format':
      return 'field.invalid_format';
    case 'invalid_value':
      return 'field.not_an_option';
    case 'unrecognized_keys':
      return 'field.unknown_key';
    default:
      return 'field.invalid';
  }
}
