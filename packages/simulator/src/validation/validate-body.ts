import type { SpecValidator } from '@astro-api/openapi';
import type { RequestBodySpec } from '../spec/compile-api.ts';
import { joinField, toFieldErrors, type FieldError } from './field-error.ts';
import { findUnknownProperties } from './unknown-properties.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType || undefined;
}

/**
 * Checks a request body against the operation's `requestBody`: presence, declared media type,
 * UTF-8, JSON syntax, then the schema and undeclared members. Returns the parsed value.
 */
export function validateBody(
  spec: RequestBodySpec,
  validator: SpecValidator,
  contentType: string | undefined,
  raw: Buffer,
): { body: unknown; errors: FieldError[] } {
  if (raw.length === 0) {
    if (!spec.required) return { body: undefined, errors: [] };
    return { body: undefined, errors: [{ code: 'required', field: 'body', message: 'A JSON request body is required' }] };
  }
  const mediaType = mediaTypeOf(contentType);
  const declared = Object.keys(spec.content);
  if (!mediaType || !declared.includes(mediaType)) {
    const message = `Content-Type must be ${declared.join(' or ')}, got ${mediaType ?? 'none'}`;
    return { body: undefined, errors: [{ code: 'contentType', field: 'Content-Type', message }] };
  }
  let text: string;
  try {
    text = utf8.decode(raw);
  } catch {
    return { body: undefined, errors: [{ code: 'encoding', field: 'body', message: 'body is not valid UTF-8' }] };
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    return { body: undefined, errors: [{ code: 'json', field: 'body', message: `body is not valid JSON: ${(error as Error).message}` }] };
  }
  const schema = spec.content[mediaType];
  if (!schema) return { body, errors: [] };
  const errors = toFieldErrors('body', validator.validateSchema(schema, body));
  for (const pointer of findUnknownProperties(validator.document, schema, body)) {
    const field = joinField('body', pointer);
    errors.push({ code: 'unknown', field, message: `${field} is not a known field of this request body` });
  }
  return { body, errors };
}
