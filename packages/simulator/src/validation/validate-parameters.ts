import { resolveRef, type OperationModel, type ParameterModel, type SpecValidator } from '@astro-api/openapi';
import { coerceScalar, schemaTypes } from './coerce.ts';
import { DATE_TIME_HINT, isStrictDateTime } from './date-time.ts';
import { toFieldErrors, type FieldError } from './field-error.ts';

export interface RawParameters {
  /** Path parameters as matched, still percent-encoded. */
  path: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
}

export interface ParsedParameters {
  path: Record<string, string>;
  /** Declared query parameters, coerced to their schema types, with schema defaults filled in. */
  query: Record<string, unknown>;
  headers: Record<string, string>;
}

/**
 * Validates path, query and header parameters against the operation's declared parameters.
 * Policy: a query parameter the operation does not declare is rejected (code `unknown`), so a
 * misspelt or removed filter fails loudly instead of being silently ignored.
 */
export function validateParameters(
  operation: Pick<OperationModel, 'parameters'>,
  validator: SpecValidator,
  raw: RawParameters,
): { parameters: ParsedParameters; errors: FieldError[] } {
  const parameters: ParsedParameters = { path: {}, query: {}, headers: {} };
  const errors: FieldError[] = [];
  const check = (spec: ParameterModel, schema: Record<string, any>, field: string, value: unknown) => {
    const found = toFieldErrors(field, validator.validateSchema(spec.schema, value));
    errors.push(...found);
    if (found.length === 0) errors.push(...stricterChecks(schema, field, value));
  };

  for (const spec of operation.parameters) {
    const schema = resolveRef<Record<string, any>>(validator.document, spec.schema);
    if (spec.in === 'path') {
      const decoded = decodePathSegment(raw.path[spec.name] ?? '');
      if (decoded === undefined) {
        errors.push({ code: 'encoding', field: spec.name, message: `${spec.name} is not valid percent-encoded UTF-8` });
        continue;
      }
      check(spec, schema, spec.name, coerceScalar(decoded, schema));
      parameters.path[spec.name] = decoded;
    } else if (spec.in === 'query') {
      const values = raw.query.getAll(spec.name);
      const value = readQueryValue(spec, schema, values, errors);
      if (value === undefined) {
        if (spec.required) errors.push({ code: 'required', field: spec.name, message: `${spec.name} is required` });
        else if (schema.default !== undefined) parameters.query[spec.name] = structuredClone(schema.default);
        continue;
      }
      check(spec, schema, spec.name, value);
      parameters.query[spec.name] = value;
    } else if (spec.in === 'header') {
      const header = raw.headers[spec.name.toLowerCase()];
      const value = Array.isArray(header) ? header.join(', ') : header;
      if (value === undefined) {
        if (spec.required) errors.push({ code: 'required', field: spec.name, message: `${spec.name} header is required` });
        continue;
      }
      check(spec, schema, spec.name, coerceScalar(value, schema));
      parameters.headers[spec.name] = value;
    }
  }

  const declared = new Set(operation.parameters.filter((p) => p.in === 'query').map((p) => p.name));
  for (const name of new Set(raw.query.keys())) {
    if (declared.has(name)) continue;
    const expected = declared.size ? `; expected one of ${[...declared].join(', ')}` : '; this operation takes none';
    errors.push({ code: 'unknown', field: name, message: `${name} is not a known query parameter${expected}` });
  }
  return { parameters, errors };
}

function readQueryValue(spec: ParameterModel, schema: Record<string, any>, values: string[], errors: FieldError[]): unknown {
  if (values.length === 0) return undefined;
  if (schemaTypes(schema).includes('array')) {
    const items = spec.explode ? values : values.flatMap((value) => value.split(','));
    return items.map((item) => coerceScalar(item, schema.items ?? {}));
  }
  if (values.length > 1) {
    errors.push({ code: 'repeated', field: spec.name, message: `${spec.name} must be given once, not ${values.length} times` });
  }
  return coerceScalar(values[0]!, schema);
}

function decodePathSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * What JSON Schema lets through but the simulator refuses: whole numbers beyond ±2^53 (they would
 * come back changed, or as null once infinite) and date-times no Date can hold (leap seconds).
 */
function stricterChecks(schema: Record<string, any>, field: string, value: unknown): FieldError[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => stricterChecks(schema.items ?? {}, `${field}[${index}]`, item));
  if (typeof value === 'number' && !Number.isSafeInteger(value) && schemaTypes(schema).includes('integer')) {
    return [{ code: 'range', field, message: `${field} must be a whole number between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}` }];
  }
  if (typeof value === 'string' && schema.format === 'date-time' && !isStrictDateTime(value)) {
    return [{ code: 'format', field, message: `${field} must be ${DATE_TIME_HINT}` }];
  }
  return [];
}
