/**
 * Calls an operation without HTTP, through the same validation and behaviour as a request: the
 * seeding of an Organization uses it, so seeded records are exactly what the API would create.
 */
import { serverOf } from '@astro-api/openapi';
import type { ApiModel, RequestContext } from '../engine/context.ts';
import type { World } from '../engine/world.ts';
import { concretePath } from '../engine/resources.ts';
import { execute } from '../server/serve-operation.ts';
import type { SubjectProfile } from '../store/types.ts';

export interface InvokeInput {
  path?: Record<string, string>;
  query?: Record<string, string | number | boolean | string[]>;
  body?: unknown;
  subject: SubjectProfile;
  nowMs: number;
}

export function invoke(world: World, api: ApiModel, operationId: string, input: InvokeInput): any {
  const operation = api.operations.find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`The ${api.version} spec has no operation ${operationId}`);
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(input.query ?? {})) for (const item of Array.isArray(value) ? value : [value]) query.append(name, String(item));
  const path = input.path ?? {};
  const reply = execute(world, {
    api,
    operation,
    rawPathParams: Object.fromEntries(Object.entries(path).map(([name, value]) => [name, encodeURIComponent(value)])),
    query,
    headers: { 'content-type': 'application/json' },
    rawBody: input.body === undefined ? Buffer.alloc(0) : Buffer.from(JSON.stringify(input.body)),
    caller: { token: '', subject: input.subject },
    requestId: world.ids.next(input.nowMs),
    request: { path: `${serverOf(api.document).basePath}${concretePath(operation.path, path)}`, userAgent: 'astro-api-simulator (seed)', sourceIp: '127.0.0.1' },
    nowMs: input.nowMs,
    failLifecycle: false,
  });
  return 'json' in reply ? reply.json : undefined;
}

/** A context for writing records of a collection that has no create operation (users). */
export function contextFor(world: World, api: ApiModel, operationId: string, path: Record<string, string>, subject: SubjectProfile, nowMs: number): RequestContext {
  const operation = api.operations.find((candidate) => candidate.operationId === operationId)!;
  return {
    api,
    operation,
    plan: api.resources.plans.get(operationId)!,
    requestId: world.ids.next(nowMs),
    caller: { token: '', subject },
    subject,
    parameters: { path, query: {}, headers: {} },
    body: undefined,
    rawBody: '',
    request: { path: concretePath(operation.path, path), userAgent: 'astro-api-simulator (seed)', sourceIp: '127.0.0.1' },
    world,
    now: () => new Date(nowMs),
    failLifecycle: false,
  };
}
