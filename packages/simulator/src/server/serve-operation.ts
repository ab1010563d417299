/**
 * Serves one API request once faults are out of the way: route, authenticate, rate-limit,
 * validate against the spec, check the token's scope, then run the operation's behaviour (a
 * hand-written one, else the generic engine's for its kind). A successful change is added to the
 * Organization's audit log. Every answer uses a status the operation declares.
 */
import type { IncomingMessage } from 'node:http';
import type { OperationModel } from '@astro-api/openapi';
import { authenticate } from '../auth/authenticate.ts';
import { checkScope } from '../auth/check-scope.ts';
import { BEHAVIOURS } from '../behaviours/index.ts';
import type { ApiModel, Caller, RequestContext } from '../engine/context.ts';
import type { World } from '../engine/world.ts';
import { GENERIC } from '../engine/generic.ts';
import type { RouteMatch } from '../spec/match-route.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import { validateBody } from '../validation/validate-body.ts';
import { validateParameters } from '../validation/validate-parameters.ts';
import { ApiError, validationError } from './api-error.ts';
import type { Reply } from './reply.ts';
import type { SimulatorRuntime } from './runtime.ts';

const ANONYMOUS: Caller = { token: '', subject: { id: 'anonymous', subjectType: 'USER' } };

export interface ServeOptions {
  /** The request carried a `fail` fault: lifecycles it starts end in failure. */
  failLifecycle?: boolean;
}

export function serveOperation(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  route: RouteMatch,
  url: URL,
  rawBody: Buffer,
  requestId: string,
  options: ServeOptions = {},
): Reply {
  const method = request.method ?? 'GET';
  if (route.kind === 'no-route') throw new ApiError(404, `No operation matches ${method} ${url.pathname}`);
  if (route.kind === 'method-not-allowed') {
    const allow = route.allow.join(', ');
    throw new ApiError(405, `${method} is not allowed on ${url.pathname}; allowed: ${allow}`, { headers: { allow } });
  }
  const { operation } = route;
  const api = runtime.apis.get(route.api.version)!;
  const now = Date.now();
  runtime.world.lifecycle.settle(now);
  try {
    const caller = operation.bearer ? authenticate(request.headers.authorization, runtime.world, now) : ANONYMOUS;
    const decision = runtime.rateLimiter?.take(caller.token, method);
    if (decision && !decision.allowed) {
      const perSecond = runtime.rateLimiter!.limits[method];
      throw new ApiError(429, `Rate limit exceeded: at most ${perSecond} ${method} requests per second per token`, {
        headers: { 'retry-after': String(decision.retryAfterSeconds) },
      });
    }

    return execute(runtime.world, {
      api,
      operation,
      rawPathParams: route.rawPathParams,
      query: url.searchParams,
      headers: request.headers,
      rawBody,
      caller,
      requestId,
      request: { path: url.pathname, accept: request.headers.accept, userAgent: request.headers['user-agent'] ?? '', sourceIp: request.socket.remoteAddress ?? '127.0.0.1' },
      nowMs: now,
      failLifecycle: options.failLifecycle === true,
    });
  } catch (error) {
    if (error instanceof ApiError) throw declared(operation, error);
    throw error;
  }
}

/** One request to one operation, whoever sends it (the HTTP server, or the seeding of an Organization). */
export interface Invocation {
  api: ApiModel;
  operation: OperationModel;
  /** Path parameters as matched, still percent-encoded. */
  rawPathParams: Record<string, string>;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  rawBody: Buffer;
  caller: Caller;
  requestId: string;
  request: RequestContext['request'];
  nowMs: number;
  failLifecycle: boolean;
}

/** Validates the request against the spec, checks the token's scope, runs the behaviour and audits the change. */
export function execute(world: World, invocation: Invocation): Reply {
  const { api, operation } = invocation;
  const { parameters, errors } = validateParameters(operation, api.validator, { path: invocation.rawPathParams, query: invocation.query, headers: invocation.headers });
  let body: unknown;
  if (operation.requestBody) {
    const contentType = invocation.headers['content-type'];
    const result = validateBody(operation.requestBody, api.validator, Array.isArray(contentType) ? contentType[0] : contentType, invocation.rawBody);
    errors.push(...result.errors);
    body = result.body;
  }
  if (errors.length) throw validationError(errors);

  const context: RequestContext = {
    api,
    operation,
    plan: api.resources.plans.get(operation.operationId)!,
    requestId: invocation.requestId,
    caller: invocation.caller,
    subject: invocation.caller.subject,
    parameters,
    body,
    rawBody: invocation.rawBody.toString('utf8'),
    request: invocation.request,
    world,
    now: () => new Date(invocation.nowMs),
    failLifecycle: invocation.failLifecycle,
  };
  checkScope(context);
  const reply = runBehaviour(context);
  if (operation.method !== 'GET' && reply.status < 300) recordChange(context, reply.status);
  return reply;
}

export function runBehaviour(context: RequestContext): Reply {
  const behaviour = BEHAVIOURS[context.operation.operationId] ?? GENERIC[context.plan.kind];
  if (!behaviour) throw new ApiError(501, `${context.operation.operationId} is described by the spec but has no behaviour in the simulator`);
  return behaviour(context);
}

/** Adds a successful change to the audit log of the Organization the path names. */
function recordChange(context: RequestContext, status: number): void {
  const organizationId = context.parameters.path.organizationId;
  if (organizationId === undefined || !context.world.organizations.get(organizationId)) return;
  context.world.organizations.recordAuditEvent({
    subjectId: context.subject.id,
    subjectType: context.subject.subjectType,
    organizationId,
    timestamp: formatTimestamp(context.now().getTime()),
    sourceIp: context.request.sourceIp,
    userAgent: context.request.userAgent,
    method: context.operation.method,
    path: context.request.path,
    requestBody: context.rawBody,
    requestId: context.requestId,
    statusCode: status,
  });
}

const isDeclared = (operation: OperationModel, status: number) =>
  operation.responses.some((response) => response.status === String(status) || response.status === `${String(status)[0]}XX`);

/**
 * Keeps every answer to a status the operation declares. Where it declares no 404 (the audit-log
 * export), a missing Organization is a 403, as for one the token cannot see; any other undeclared
 * client error becomes the 400 every operation declares.
 */
function declared(operation: OperationModel, error: ApiError): ApiError {
  if (isDeclared(operation, error.status) || error.status < 400 || error.status >= 500) return error;
  const status = error.status === 404 && isDeclared(operation, 403) ? 403 : 400;
  if (!isDeclared(operation, status)) return error;
  return new ApiError(status, error.message, { fieldErrors: error.fieldErrors, headers: error.headers });
}
