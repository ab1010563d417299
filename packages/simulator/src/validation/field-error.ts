import type { SchemaViolation } from '@astro-api/openapi';

/** One entry of the spec's `Error.fieldErrors`. */
export interface FieldError {
  code: string;
  field: string;
  message: string;
}

/** Short machine-readable codes, in the style of the vendor's `max` (see the BadRequest example). */
const CODES: Record<string, string> = {
  required: 'required',
  type: 'type',
  enum: 'oneof',
  const: 'eq',
  maxLength: 'max',
  maximum: 'max',
  maxItems: 'max',
  minLength: 'min',
  minimum: 'min',
  minItems: 'min',
  exclusiveMaximum: 'lt',
  exclusiveMinimum: 'gt',
  format: 'format',
  pattern: 'pattern',
  uniqueItems: 'unique',
};

const FORMAT_HINTS: Record<string, string> = {
  'date-time': 'a UTC date-time such as 2024-03-04T10:15:02Z',
  date: 'a date such as 2024-03-04',
  email: 'an email address',
  uri: 'an absolute URI',
};

const article = (word: string) => (/^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`);

/**
 * Turns Ajv violations of one value into field errors. `field` names the value as the client
 * sent it (`limit`, `sorts[1]`, `name`, `managedDomains[0].name`).
 */
export function toFieldErrors(field: string, violations: SchemaViolation[]): FieldError[] {
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  for (const violation of violations) {
    const error = toFieldError(field, violation);
    const key = `${error.code}|${error.field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push(error);
  }
  return errors;
}

function toFieldError(base: string, { instancePath, keyword, params, message }: SchemaViolation): FieldError {
  let field = joinField(base, instancePath);
  if (keyword === 'required') field = joinField(field, `/${String(params.missingProperty)}`);
  const code = CODES[keyword] ?? keyword;
  return { code, field, message: describe(field, keyword, params, message) };
}

function describe(field: string, keyword: string, params: Record<string, unknown>, fallback: string): string {
  const limit = params.limit;
  switch (keyword) {
    case 'required':
      return `${field} is required`;
    case 'type':
      return `${field} must be ${article(String(params.type).replace(/,/g, ' or '))}`;
    case 'enum':
      return `${field} must be one of ${(params.allowedValues as unknown[]).join(', ')}`;
    case 'maxLength':
      return `${field} must be at most ${limit} characters long`;
    case 'minLength':
      return `${field} must be at least ${limit} characters long`;
    case 'maximum':
      return `${field} must be at most ${limit}`;
    case 'minimum':
      return `${field} must be at least ${limit}`;
    case 'maxItems':
      return `${field} must have at most ${limit} items`;
    case 'minItems':
      return `${field} must have at least ${limit} items`;
    case 'format':
      return `${field} must be ${FORMAT_HINTS[String(params.format)] ?? `in the ${String(params.format)} format`}`;
    default:
      return `${field} ${fallback}`;
  }
}

/** Appends a JSON pointer to a field name: `('body', '/a/0/b')` → `a[0].b` (the body itself is not named). */
export function joinField(base: string, pointer: string): string {
  let field = base;
  for (const raw of pointer.split('/').slice(1)) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^\d+$/.test(key)) field = `${field}[${key}]`;
    else field = field && field !== 'body' ? `${field}.${key}` : key;
  }
  return field;
}
