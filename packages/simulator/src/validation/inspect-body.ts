/**
 * What Ajv leaves open in a body that the simulator refuses, found by walking the value along its
 * schema (the model's schema reader follows `$ref`, `allOf` and discriminated unions):
 * - members the schema does not declare (the spec leaves `additionalProperties` open, the simulator
 *   is stricter so that misspelt fields or fields of another version fail loudly); inherited names
 *   such as `constructor` and `__proto__` are members like any other;
 * - numbers JavaScript cannot hold exactly (beyond ±2^53, or infinite): they would come back changed;
 * - date-times with a leap second or a day that does not exist.
 */
import { shapeFor } from '@astro-api/openapi';
import { DATE_TIME_HINT, isStrictDateTime } from './date-time.ts';
import { joinField, type FieldError } from './field-error.ts';

const escape = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

export function inspectBody(document: unknown, schema: unknown, value: unknown, pointer = ''): FieldError[] {
  const field = () => joinField('body', pointer) || 'body';
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > Number.MAX_SAFE_INTEGER) {
      return [{ code: 'range', field: field(), message: `${field()} must be a number between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}` }];
    }
    return [];
  }
  if (schema === undefined || schema === true) return [];
  const shape = shapeFor(document, schema, value);
  if (typeof value === 'string') {
    if (shape.format === 'date-time' && !isStrictDateTime(value)) return [{ code: 'format', field: field(), message: `${field()} must be ${DATE_TIME_HINT}` }];
    return [];
  }
  if (Array.isArray(value)) return value.flatMap((item, index) => inspectBody(document, shape.items, item, `${pointer}/${index}`));
  if (!value || typeof value !== 'object') return [];
  const findings: FieldError[] = [];
  for (const [key, member] of Object.entries(value)) {
    const at = `${pointer}/${escape(key)}`;
    const declared = shape.properties.get(key);
    if (declared) findings.push(...inspectBody(document, declared, member, at));
    else if (shape.additionalProperties === undefined && shape.properties.size > 0) {
      const name = joinField('body', at);
      findings.push({ code: 'unknown', field: name, message: `${name} is not a known field of this request body` });
    } else findings.push(...inspectBody(document, typeof shape.additionalProperties === 'object' ? shape.additionalProperties : undefined, member, at));
  }
  return findings;
}
