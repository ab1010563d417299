/**
 * Packs the operation model into the table the client's runtime builds its helpers from: one line
 * per operation, a few characters each, so that 75 operations weigh about 1 kB gzipped instead of
 * the 19 kB of JSON a plain table would be. `src/resources/operations.ts` unpacks it; the format is:
 *
 *   <operationId> <group>.<method> <flags> <path>[ <walked items property> <maximum page size>]
 *
 * flags: the HTTP method's letter (G P D U A H O T), then `b` when there is a JSON body, `q` when there
 * are query parameters, `i` when the operation is idempotent, `e` when the success carries no body and
 * `s` when it is a byte stream. A path that starts with `/organizations/{organizationId}` starts with `~`.
 */
import type { OperationModel } from '@astro-api/openapi/model';

/** Kept in step with src/resources/operations.ts, which expands it. */
export const ORGANIZATION_PREFIX = '/organizations/{organizationId}';
export const METHOD_LETTERS: Record<string, string> = { GET: 'G', POST: 'P', DELETE: 'D', PUT: 'U', PATCH: 'A', HEAD: 'H', OPTIONS: 'O', TRACE: 'T' };

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** One packed line; throws when a name could break the format (a space or a newline in it). */
export function packOperation(operation: OperationModel): string {
  const { operationId, sdk, method, path, requestBody, query, idempotent, successKind, pagination } = operation;
  for (const name of [operationId, sdk.group, sdk.method, ...(pagination ? [pagination.items] : [])])
    if (!NAME.test(name)) throw new Error(`${operationId}: "${name}" cannot be packed into the operation table (letters and digits only)`);
  if (/\s/.test(path)) throw new Error(`${operationId}: the path "${path}" holds whitespace`);
  if (requestBody && !requestBody.content.some((media) => media.mediaType === 'application/json'))
    throw new Error(`${operationId}: the client sends JSON bodies only, and this body has no application/json media type`);
  const flags =
    METHOD_LETTERS[method]! +
    (requestBody ? 'b' : '') +
    (query.length ? 'q' : '') +
    (idempotent ? 'i' : '') +
    (successKind === 'empty' ? 'e' : successKind === 'stream' ? 's' : '');
  const packedPath = path.startsWith(ORGANIZATION_PREFIX) ? `~${path.slice(ORGANIZATION_PREFIX.length)}` : path;
  const walk = pagination ? ` ${pagination.items} ${pagination.maxLimit ?? ''}`.trimEnd() : '';
  return `${operationId} ${sdk.group}.${sdk.method} ${flags} ${packedPath}${walk}`;
}

/** The generated module of one version: the packed table, its default server and its known minor versions. */
export function renderOperationsModule(operations: OperationModel[], version: string, serverUrl: string, apiVersions: string[]): string {
  return (
    `/** Operations of the Astro API ${version}, packed one per line (format: scripts/pack-operations.ts; unpacked by src/resources/operations.ts). */\n` +
    `export const operations = \`${operations.map(packOperation).join('\n')}\`;\n\n` +
    `/** Default base URL of the Astro API ${version}: the first server of its spec. */\n` +
    `export const serverUrl = ${JSON.stringify(serverUrl)};\n\n` +
    `/** Minor versions the spec documents, for the X-API-Version header. */\n` +
    `export type ApiVersion = ${apiVersions.length ? apiVersions.map((value) => JSON.stringify(value)).join(' | ') : 'never'};\n`
  );
}
