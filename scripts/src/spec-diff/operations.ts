/** Paths and operations: which exist on each side, and how the matched ones differ. */
// The model's TypeScript source, not its build: the test command runs this gate before anything is built.
import { operationEntries } from '../../../packages/openapi/src/model/index.ts';
import { diffRequestBody, diffResponses } from './content.ts';
import { report, sameJson, show, type DiffContext } from './context.ts';
import { diffParameters, type OperationSide } from './parameters.ts';
import { diffAnnotations } from './schema-keywords.ts';
import { diffSecurity, diffServers } from './security.ts';
import type { Json } from './types.ts';

/**
 * `/organizations/{organizationId}` and `/organizations/{id}` are the same route on the wire: matching them
 * reports a renamed template as one change rather than a removed and an added operation.
 */
const routeKey = (path: string) => path.replace(/\{[^}]+\}/g, '{}');

function operationsOf(document: Json): Map<string, OperationSide & { method: string }> {
  return new Map(operationEntries(document).map((entry) => [`${entry.method} ${routeKey(entry.path)}`, entry]));
}

const label = (side: { method: string; path: string }) => `${side.method.toUpperCase()} ${side.path}`;
const firstTag = (operation: Json) => (Array.isArray(operation.tags) ? operation.tags[0] : undefined);

/**
 * The helper an operation had before the spec named it (`x-sdk`): the client derived it from the first
 * tag and the operationId (`ListOrganizations` under `Organization` → `organizations.list`,
 * `GetOrganizationAuditLogs` → `organizations.auditLogs`). Used only to read revisions without `x-sdk`.
 */
export function derivedHelper(operation: Json): Json | undefined {
  const tag = firstTag(operation);
  const id = operation.operationId;
  if (typeof tag !== 'string' || typeof id !== 'string') return undefined;
  const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  const [verb = id, ...rest] = id.match(/[A-Z][a-z0-9]*/g) ?? [];
  let remainder = rest.join('');
  const noun = [`${tag}s`, tag].find((candidate) => remainder.startsWith(candidate));
  if (noun) remainder = remainder.slice(noun.length);
  return { group: lowerFirst(`${tag}s`), method: lowerFirst(remainder || verb) };
}

/**
 * The client helper of an operation (`x-sdk`): a new group, method or walked list renames or removes a
 * helper that callers use, so it breaks them. Where the base named none, the helper the client derived
 * then is compared: the same name is only recorded, another one is a rename.
 */
function diffSdkName(context: DiffContext, b: Json, a: Json, location: string): void {
  const [named, now] = [b['x-sdk'], a['x-sdk']];
  if (sameJson(named, now)) return;
  const helper = (sdk: unknown) => (sdk && typeof sdk === 'object' ? `${(sdk as Json).group}.${(sdk as Json).method}` : 'none');
  const was = named ?? derivedHelper(b);
  if (named === undefined && helper(was) === helper(now)) {
    report(context, location, 'patch', 'sdk-name-recorded', `client helper ${helper(now)} now named in the spec`);
  } else if (helper(was) !== helper(now)) {
    report(context, location, 'breaking', 'sdk-name-changed', `client helper renamed from ${helper(was)} to ${helper(now)}`, 'callers of the old helper name stop compiling');
  } else {
    report(context, location, (now as Json)?.walks ? 'feature' : 'breaking', 'sdk-walk-changed', `${helper(now)}: walked list changed from ${JSON.stringify((was as Json)?.walks)} to ${JSON.stringify((now as Json)?.walks)}`);
  }
}

function diffOperation(context: DiffContext, before: OperationSide, after: OperationSide, location: string): void {
  const [b, a] = [before.operation, after.operation];
  if (before.path !== after.path) {
    // Same route on the wire, but the typed client addresses operations by their path template and
    // passes path parameters by name, so calls written against the old template stop compiling.
    report(context, location, 'breaking', 'path-template-changed', `path template changed from ${before.path}`, 'the client types calls by path template and path parameter names');
  }
  if (!sameJson(b.operationId, a.operationId)) {
    report(context, location, 'breaking', 'operation-id-changed', `operationId changed from ${show(b.operationId)} to ${show(a.operationId)}`, 'the client names its helper after the operationId');
  }
  diffSdkName(context, b, a, location);
  // Without x-sdk on both sides, the first tag still names the client group the helper is on.
  const named = b['x-sdk'] !== undefined && a['x-sdk'] !== undefined;
  if (!named && !sameJson(firstTag(b), firstTag(a))) {
    report(context, location, 'breaking', 'operation-tag-changed', `first tag changed from ${show(firstTag(b))} to ${show(firstTag(a))}`, 'the first tag names the client resource the helper is on');
  } else if (!sameJson(b.tags, a.tags)) {
    report(context, location, 'patch', 'documentation', 'tags changed');
  }
  if (!sameJson(b['x-idempotent'], a['x-idempotent'])) {
    report(context, location, 'feature', 'idempotency-changed', `x-idempotent changed from ${show(b['x-idempotent'])} to ${show(a['x-idempotent'])}`, 'decides whether the client retries the call');
  }
  if (b.deprecated !== a.deprecated) {
    report(context, location, 'feature', a.deprecated === true ? 'deprecated' : 'undeprecated', a.deprecated === true ? 'operation marked deprecated' : 'operation no longer deprecated');
  }
  const { 'x-idempotent': _b, 'x-sdk': _bs, ...bDocs } = b;
  const { 'x-idempotent': _a, 'x-sdk': _as, ...aDocs } = a;
  diffAnnotations(context, bDocs, aDocs, location, ['summary', 'description', 'externalDocs']);
  diffParameters(context, before, after, location);
  diffRequestBody(context, b.requestBody, a.requestBody, location);
  diffResponses(context, b.responses, a.responses, location);
  diffSecurity(context, b.security ?? context.before.security, a.security ?? context.after.security, location);
  if (!sameJson(b.callbacks, a.callbacks)) report(context, `${location} callbacks`, 'breaking', 'keyword-changed', 'callbacks changed');
  // Servers set on a path or an operation replace the document's for that operation only.
  const beforeServers = b.servers ?? before.pathItem.servers;
  const afterServers = a.servers ?? after.pathItem.servers;
  if (beforeServers || afterServers) {
    diffServers(context, beforeServers ?? context.before.servers, afterServers ?? context.after.servers, `${location} server`);
  }
}

export function diffOperations(context: DiffContext): void {
  const [was, now] = [operationsOf(context.before), operationsOf(context.after)];
  for (const [key, side] of was) {
    if (!now.has(key)) report(context, label(side), 'breaking', 'operation-removed', 'operation removed');
  }
  for (const [key, side] of now) {
    const previous = was.get(key);
    if (!previous) report(context, label(side), 'feature', 'operation-added', 'operation added');
    else diffOperation(context, previous, side, label(side));
  }
}
