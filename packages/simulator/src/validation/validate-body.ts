import { schemaShape, unionBranch, type RequestBodyModel, type SpecValidator } from '@astro-api/openapi';
import { toFieldErrors, type FieldError } from './field-error.ts';
import { inspectBody } from './inspect-body.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** `application/json; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string | undefined): string | undefined {
  const mediaType = contentType?.split(';')[0]?.trim().toLowerCase();
  return mediaType || undefined;
}

/**
 * Checks a request body against the operation's `requestBody`: presence, declared media type,
 * UTF-8, JSON syntax, then the schema (the branch a discriminated union's tag selects, so the
 * errors name the fields of that branch) and what `inspectBody` refuses. Returns the parsed value.
 */
export function validateBody(
  spec: RequestBodyModel,
  validator: SpecValidator,
  contentType: string | undefined,
  raw: Buffer,
): { body: unknown; errors: FieldError[] } {
  if (raw.length === 0) {
    if (!spec.required) return { body: undefined, errors: [] };
    return { body: undefined, errors: [{ code: 'required', field: 'body', message: 'A JSON request body is required' }] };
  }
  const mediaType = mediaTypeOf(contentType);
  const media = spec.content.find((entry) => entry.mediaType.toLowerCase() === mediaType);
  if (!mediaType || !media) {
    const message = `Content-Type must be ${spec.content.map((entry) => entry.mediaType).join(' or ')}, got ${mediaType ?? 'none'}`;
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
  if (!media.schema) return { body, errors: [] };
  const unionError = checkUnionTag(validator.document, media.schema, body);
  if (unionError) return { body, errors: [unionError] };
  const schema = unionBranch(validator.document, media.schema, body) ?? media.schema;
  const errors = toFieldErrors('body', validator.validateSchema(schema, body));
  errors.push(...inspectBody(validator.document, schema, body));
  return { body, errors };
}

/** A discriminated union needs its tag before anything else can be said about the body. */
function checkUnionTag(document: unknown, schema: object, body: unknown): FieldError | undefined {
  const union = schemaShape(document, schema).union;
  if (!union || !body || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const name = union.propertyName;
  const tag = (body as Record<string, unknown>)[name];
  const tags = [...union.branches.keys()].join(', ');
  if (tag === undefined) return { code: 'required', field: name, message: `${name} is required: one of ${tags}` };
  if (typeof tag !== 'string' || !union.branches.has(tag)) return { code: 'oneof', field: name, message: `${name} must be one of ${tags}` };
  return undefined;
}
