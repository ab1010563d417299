/**
 * Derives the client's operation table from a bundled OpenAPI document: one entry per operation,
 * holding what the runtime needs to call it (method, path, parameter order, retry safety,
 * response kind, pagination) and the helper name it is exposed under.
 */

type Json = Record<string, unknown>;
export interface OpenApiDocument {
  servers?: { url: string }[];
  paths: Record<string, Record<string, Json>>;
  components?: { parameters?: Record<string, Json>; schemas?: Record<string, Json> };
}

export interface OperationEntry {
  operationId: string;
  method: string;
  path: string;
  resource: string;
  name: string;
  pathParams: string[];
  queryParams: string[];
  body: boolean;
  idempotent: boolean;
  response: 'json' | 'ndjson';
  pageItems: string | null;
}

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
/** Methods that HTTP defines as idempotent, used when an operation has no `x-idempotent`. */
const IDEMPOTENT_BY_METHOD = new Set(['get', 'head', 'options', 'put', 'delete']);

function deref<T = Json>(document: OpenApiDocument, node: unknown): T {
  let current = node as Json;
  const seen = new Set<string>();
  while (current && typeof current.$ref === 'string') {
    const ref = current.$ref;
    if (seen.has(ref)) throw new Error(`Circular $ref ${ref}`);
    seen.add(ref);
    if (!ref.startsWith('#/')) throw new Error(`Only local $refs are expected in a bundle, got ${ref}`);
    current = ref
      .slice(2)
      .split('/')
      .reduce<unknown>((value, key) => (value as Json)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')], document) as Json;
    if (current === undefined) throw new Error(`Unresolvable $ref ${ref}`);
  }
  return current as T;
}

const splitWords = (pascal: string) => pascal.match(/[A-Z][a-z0-9]*/g) ?? [pascal];
const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/**
 * `ListOrganizations` → `list`, `GetOrganization` → `get`, `GetOrganizationAuditLogs` → `auditLogs`:
 * the verb names the helper unless something follows the resource noun, which then names it.
 */
export function helperName(operationId: string, tag: string): string {
  const [verb, ...rest] = splitWords(operationId);
  const nouns = [tag, `${tag}s`];
  let remainder = rest.join('');
  const noun = nouns.filter((candidate) => remainder.startsWith(candidate)).sort((a, b) => b.length - a.length)[0];
  if (noun) remainder = remainder.slice(noun.length);
  return remainder ? lowerFirst(remainder) : lowerFirst(verb!);
}

export function buildOperationTable(document: OpenApiDocument): OperationEntry[] {
  const entries: OperationEntry[] = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const pathItem = deref<Record<string, Json>>(document, rawItem);
    const shared = ((pathItem.parameters as unknown as unknown[] | undefined) ?? []).map((p) => deref(document, p));
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      const operationId = operation.operationId as string;
      if (!operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
      const tag = ((operation.tags as string[]) ?? [])[0];
      if (!tag) throw new Error(`${operationId} has no tag; the tag names its resource`);
      const parameters = [...shared, ...((operation.parameters as unknown[]) ?? []).map((p) => deref(document, p))];
      const pathParams = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
      const queryParams = parameters.filter((p) => p.in === 'query').map((p) => p.name as string);
      const ok = deref<Json>(document, (operation.responses as Json)?.['200'] ?? (operation.responses as Json)?.['201']);
      const content = (ok?.content ?? {}) as Record<string, Json>;
      const isStream = !content['application/json'] && Object.keys(content).length > 0;
      let pageItems: string | null = null;
      if (queryParams.includes('offset') && queryParams.includes('limit') && content['application/json']) {
        const schema = deref<Json>(document, content['application/json'].schema);
        const properties = (schema.properties ?? {}) as Record<string, Json>;
        pageItems =
          Object.entries(properties).find(([, value]) => deref<Json>(document, value).type === 'array')?.[0] ?? null;
      }
      const declared = operation['x-idempotent'];
      entries.push({
        operationId,
        method: method.toUpperCase(),
        path,
        resource: lowerFirst(`${tag}s`),
        name: helperName(operationId, tag),
        pathParams,
        queryParams,
        body: Boolean(operation.requestBody),
        idempotent: typeof declared === 'boolean' ? declared : IDEMPOTENT_BY_METHOD.has(method),
        response: isStream ? 'ndjson' : 'json',
        pageItems,
      });
    }
  }
  const names = new Set<string>();
  for (const entry of entries) {
    for (const name of helperNames(entry)) {
      const key = `${entry.resource}.${name}`;
      if (names.has(key)) throw new Error(`Two operations map to the helper ${key}; rename one operationId`);
      names.add(key);
    }
  }
  return entries;
}

/**
 * Every method the client derives from one entry: the helper itself, plus `<name>All` (walks every
 * page) for paginated lists and `<name>Raw` (the undecoded byte stream) for streamed exports.
 */
export function helperNames(entry: Pick<OperationEntry, 'name' | 'pageItems' | 'response'>): string[] {
  if (entry.pageItems) return [entry.name, `${entry.name}All`];
  if (entry.response === 'ndjson') return [entry.name, `${entry.name}Raw`];
  return [entry.name];
}

/** The default base URL of a version: the first server the spec lists. */
export function serverUrl(document: OpenApiDocument): string {
  const url = document.servers?.[0]?.url;
  if (!url || !/^https?:\/\//.test(url)) throw new Error('The spec needs an absolute servers[0].url; the client uses it as its default baseUrl');
  return url.replace(/\/+$/, '');
}

export function renderOperationTable(entries: OperationEntry[], version: string, server: string): string {
  const body = entries
    .map(({ operationId, ...entry }) => `  ${operationId}: ${JSON.stringify(entry, null, 2).replace(/\n/g, '\n  ')},`)
    .join('\n');
  return (
    `/** Operations of the Astro API ${version}, as the client's resource helpers call them. */\n` +
    `export const operations = {\n${body}\n} as const;\n\n` +
    `export type OperationTable = typeof operations;\n\n` +
    `/** Default base URL of the Astro API ${version}: the first server of its spec. */\n` +
    `export const serverUrl = ${JSON.stringify(server)};\n`
  );
}
