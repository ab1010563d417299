/**
 * Packs the operation model into the table the client's runtime builds its helpers from: one line
 * per operation, a few characters each, so that 75 operations weigh about 0.8 kB gzipped instead of
 * the 19 kB of JSON a plain table would be. `src/resources/operations.ts` unpacks it; the format is:
 *
 *   [<group>.]<method> <flags> <path>[ <walked items property>][ <maximum page size>][ <operationId>]
 *
 * The group is written when it differs from the line before. flags: the HTTP method's letter
 * (G P D U A H O T), then `b` when there is a JSON body, `q` when there are query parameters, `i` when
 * the operation is idempotent, `e` when the success carries no body and `s` when it is a byte stream.
 * A path that starts with `/organizations/{organizationId}` starts with `~`. The operationId is written
 * only when it is not the usual one (`usualOperationId`: deployments.get is GetDeployment).
 */
import type { OperationModel } from '@astro-api/openapi/model';
import { usualOperationId } from '../src/resources/operations.ts';

/** Kept in step with src/resources/operations.ts, which expands it. */
export const ORGANIZATION_PREFIX = '/organizations/{organizationId}';
export const METHOD_LETTERS: Record<string, string> = { GET: 'G', POST: 'P', DELETE: 'D', PUT: 'U', PATCH: 'A', HEAD: 'H', OPTIONS: 'O', TRACE: 'T' };

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;

/** One packed line, after a line of `previousGroup`; throws when a name could break the format (a space or a newline in it). */
export function packOperation(operation: OperationModel, previousGroup?: string): string {
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
  if (!/^[a-z]/.test(pagination?.items ?? 'a')) throw new Error(`${operationId}: the walked items property "${pagination!.items}" must start with a lower-case letter`);
  const id = operationId === usualOperationId(sdk.group, sdk.method) ? undefined : operationId;
  if (id && !/^[A-Z]/.test(id)) throw new Error(`${operationId}: an operationId that is not the usual one must start with an upper-case letter`);
  const fields = [
    sdk.group === previousGroup ? sdk.method : `${sdk.group}.${sdk.method}`,
    flags,
    packedPath,
    pagination?.items,
    pagination?.maxLimit,
    id,
  ];
  return fields.filter((field) => field !== undefined).join(' ');
}

/** The packed lines of a version's operations, in the model's order. */
export const packOperations = (operations: OperationModel[]): string => operations.map((operation, index) => packOperation(operation, operations[index - 1]?.sdk.group)).join('\n');

/** The generated module of one version: the packed table, its default server and its known minor versions. */
export function renderOperationsModule(operations: OperationModel[], version: string, serverUrl: string, apiVersions: string[]): string {
  return (
    `/** Operations of the Astro API ${version}, packed one per line (format: scripts/pack-operations.ts; unpacked by src/resources/operations.ts). */\n` +
    `export const operations = \`${packOperations(operations)}\`;\n\n` +
    `/** Default base URL of the Astro API ${version}: the first server of its spec. */\n` +
    `export const serverUrl = ${JSON.stringify(serverUrl)};\n\n` +
    `/** Minor versions the spec documents, for the X-API-Version header. */\n` +
    `export type ApiVersion = ${apiVersions.length ? apiVersions.map((value) => JSON.stringify(value)).join(' | ') : 'never'};\n`
  );
}
