import type { OpenApiDocument, SpecValidator } from '@astro-api/openapi';
import type { OperationSpec, ParameterSpec } from '../spec/compile-api.ts';
import { resolveRef } from '../spec/resolve-ref.ts';
import { coerceScalar, schemaTypes } from './coerce.ts';
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
  operation: OperationSpec,
  validator: SpecValidator,
  raw: RawParameters,
): { parameters: ParsedParameters; errors: FieldError[] } {
  const parameters: ParsedParameters = { path: {}, query: {}, headers: {} };
  const errors: FieldError[] = [];
  const check = (spec: ParameterSpec, field: string, value: unknown) => {
    errors.push(...toFieldErrors(field, validator.validateSchema(spec.schema, value)));
  };

  for (const spec of operation.parameters) {
    const schema = resolveRef<Record<string, any>>(validator.document as OpenApiDocument, spec.schema);
    if (spec.in === 'path') {
      const decoded = decodePathSegment(raw.path[spec.name] ?? '');
      if (decoded === undefined) {
        errors.push({ code: 'encoding', field: spec.name, message: `${spec.name} is not valid percent-encoded UTF-8` });
        continue;
      }
      check(spec, spec.name, coerceScalar(decoded, schema));
      parameters.path[spec.name] = decoded;
    } else if (spec.in === 'query') {
      const values = raw.query.getAll(spec.name);
      const value = readQueryValue(spec, schema, values, errors);
      if (value === undefined) {
        if (spec.required) errors.push({ code: 'required', field: spec.name, message: `${spec.name} is required` });
        else if (schema.default !== undefined) parameters.query[spec.name] = structuredClone(schema.default);
        continue;
      }
      check(spec, spec.name, value);
      parameters.query[spec.name] = value;
    } else if (spec.in === 'header') {
      const header = raw.headers[spec.name.toLowerCase()];
      const value = Array.isArray(header) ? header.join(', ') : header;
      if (value === undefined) {
        if (spec.required) errors.push({ code: 'required', field: spec.name, message: `${spec.name} header is required` });
        continue;
      }
      check(spec, spec.name, coerceScalar(value, schema));
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

function readQueryValue(spec: ParameterSpec, schema: Record<string, any>, values: string[], errors: FieldError[]): unknown {
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
