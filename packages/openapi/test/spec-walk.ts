/** Walks a bundled document for every example and the schema it must satisfy. */
import type { OpenApiDocument } from '../src/index.ts';

export interface ExampleCase {
  /** Where the example sits, for test names and failure messages. */
  location: string;
  mediaType: string | null;
  schema: object;
  value: unknown;
}

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];

function resolve<T = any>(document: OpenApiDocument, node: any): T {
  while (node && typeof node.$ref === 'string') {
    node = node.$ref
      .slice(2)
      .split('/')
      .reduce((value: any, key: string) => value?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document);
  }
  return node as T;
}

function examplesOf(document: OpenApiDocument, holder: any): [string, unknown][] {
  const found: [string, unknown][] = [];
  if (holder.example !== undefined) found.push(['example', holder.example]);
  for (const [name, example] of Object.entries<any>(holder.examples ?? {})) {
    const resolved = resolve(document, example);
    if (resolved && 'value' in resolved) found.push([name, resolved.value]);
  }
  return found;
}

function mediaCases(document: OpenApiDocument, location: string, content: Record<string, any>): ExampleCase[] {
  return Object.entries(content ?? {}).flatMap(([mediaType, media]) =>
    examplesOf(document, media).map(([name, value]) => ({
      location: `${location} ${mediaType} (${name})`,
      mediaType,
      schema: media.schema ?? {},
      value,
    })),
  );
}

/** Every example of parameters, headers, request bodies and responses, with its schema. */
export function collectExamples(document: OpenApiDocument): ExampleCase[] {
  const cases: ExampleCase[] = [];
  for (const [path, rawItem] of Object.entries(document.paths)) {
    const item = resolve(document, rawItem);
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const where = `${method.toUpperCase()} ${path}`;
      for (const rawParameter of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
        const parameter = resolve(document, rawParameter);
        for (const [name, value] of examplesOf(document, parameter)) {
          cases.push({ location: `${where} parameter ${parameter.name} (${name})`, mediaType: null, schema: parameter.schema, value });
        }
      }
      if (operation.requestBody) {
        cases.push(...mediaCases(document, `${where} request`, resolve(document, operation.requestBody).content));
      }
      for (const [status, rawResponse] of Object.entries(operation.responses ?? {})) {
        const response = resolve(document, rawResponse);
        cases.push(...mediaCases(document, `${where} ${status}`, response.content));
        for (const [header, rawHeader] of Object.entries(response.headers ?? {})) {
          const definition = resolve(document, rawHeader);
          for (const [name, value] of examplesOf(document, definition)) {
            cases.push({ location: `${where} ${status} header ${header} (${name})`, mediaType: null, schema: definition.schema, value });
          }
        }
      }
    }
  }
  return cases;
}

/** Each operation of a document with its method and path. */
export function listOperations(document: OpenApiDocument): { method: string; path: string; operation: any; pathItem: any }[] {
  return Object.entries(document.paths).flatMap(([path, rawItem]) => {
    const pathItem = resolve(document, rawItem);
    return METHODS.filter((method) => pathItem[method]).map((method) => ({ method, path, operation: pathItem[method], pathItem }));
  });
}

export { resolve };
