/**
 * The bundled Astro API documents, and a JSON Schema 2020-12 validator compiled from them.
 * Tooling entry point (Node only): the simulator validates traffic with it, tests validate examples.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { readOperations, type OperationModel } from './model/index.ts';

export * from './model/index.ts';

export const API_VERSIONS = ['v1', 'v1beta1'] as const;
export type ApiVersion = (typeof API_VERSIONS)[number];

/** The JSON shape of a bundled OpenAPI 3.1 document, loosely typed for tooling. */
export interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string; description?: string; [key: string]: unknown };
  servers: { url: string; description?: string }[];
  paths: Record<string, Record<string, any>>;
  components: {
    schemas: Record<string, any>;
    parameters: Record<string, any>;
    responses: Record<string, any>;
    headers: Record<string, any>;
    examples: Record<string, any>;
    securitySchemes: Record<string, any>;
    [section: string]: Record<string, any>;
  };
  [key: string]: unknown;
}

const require = createRequire(import.meta.url);

export function isApiVersion(value: unknown): value is ApiVersion {
  return (API_VERSIONS as readonly unknown[]).includes(value);
}

/** Absolute path of a bundled document. */
export function specPath(version: ApiVersion, format: 'json' | 'yaml' = 'json'): string {
  if (!isApiVersion(version)) throw new TypeError(`Unknown API version "${String(version)}"; expected one of ${API_VERSIONS.join(', ')}`);
  return require.resolve(`@astro-api/openapi/${version}.${format}`);
}

const documents = new Map<ApiVersion, OpenApiDocument>();

/** The parsed bundle of one version (read once, then shared; treat it as read-only). */
export function loadSpec(version: ApiVersion): OpenApiDocument {
  let document = documents.get(version);
  if (!document) {
    document = JSON.parse(readFileSync(specPath(version), 'utf8')) as OpenApiDocument;
    documents.set(version, document);
  }
  return document;
}

const models = new Map<ApiVersion, OperationModel[]>();

/** The operation model of one version's bundle (read once, then shared; treat it as read-only). */
export function loadOperations(version: ApiVersion): OperationModel[] {
  let operations = models.get(version);
  if (!operations) {
    operations = readOperations(loadSpec(version));
    models.set(version, operations);
  }
  return operations;
}

export interface SchemaViolation {
  /** JSON pointer into the validated value, `''` for the value itself. */
  instancePath: string;
  message: string;
  keyword: string;
  params: Record<string, unknown>;
}

export interface SpecValidator {
  readonly version: ApiVersion;
  readonly document: OpenApiDocument;
  /** Validates `value` against the schema at a JSON pointer of the document (`#/components/schemas/Organization`). */
  validate(pointer: string, value: unknown): SchemaViolation[];
  /** Validates `value` against an inline schema that may `$ref` the document's components. */
  validateSchema(schema: object, value: unknown): SchemaViolation[];
}

// ajv-formats ships CommonJS with the plugin as `module.exports` and `default`.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

const toViolations = (errors: ErrorObject[] | null | undefined): SchemaViolation[] =>
  (errors ?? []).map(({ instancePath, message, keyword, params }) => ({
    instancePath,
    message: message ?? keyword,
    keyword,
    params: params as Record<string, unknown>,
  }));

/** Compiles validators lazily from a version's bundle (Ajv 2020, formats on, every error reported). */
export function createSpecValidator(version: ApiVersion, document: OpenApiDocument = loadSpec(version)): SpecValidator {
  // OpenAPI adds keywords JSON Schema does not know (example, x-*): strict mode would reject them.
  const ajv = addFormats(new Ajv2020({ allErrors: true, strict: false, validateFormats: true }));
  const id = `https://api.astronomer.io/spec/${version}.json`;
  ajv.addSchema({ ...document, $id: id } as object, id);
  const byPointer = new Map<string, ValidateFunction>();
  const bySchema = new WeakMap<object, ValidateFunction>();
  return {
    version,
    document,
    validate(pointer, value) {
      let validate = byPointer.get(pointer);
      if (!validate) {
        validate = ajv.compile({ $ref: `${id}${pointer.startsWith('#') ? pointer : `#${pointer}`}` });
        byPointer.set(pointer, validate);
      }
      return validate(value) ? [] : toViolations(validate.errors);
    },
    validateSchema(schema, value) {
      let validate = bySchema.get(schema);
      if (!validate) {
        validate = ajv.compile({ ...rebaseRefs(schema, id) });
        bySchema.set(schema, validate);
      }
      return validate(value) ? [] : toViolations(validate.errors);
    },
  };
}

/** Points local `#/...` refs of an inline schema at the registered document. */
function rebaseRefs(node: any, id: string): any {
  if (Array.isArray(node)) return node.map((item) => rebaseRefs(item, id));
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node).map(([key, value]) =>
      key === '$ref' && typeof value === 'string' && value.startsWith('#') ? [key, `${id}${value}`] : [key, rebaseRefs(value, id)],
    ),
  );
}
