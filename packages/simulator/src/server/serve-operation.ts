/**
 * Serves one API request once faults are out of the way: route, authenticate, rate-limit,
 * validate against the spec, then hand the validated request to the operation's handler.
 */
import type { IncomingMessage } from 'node:http';
import type { RouteMatch } from '../spec/match-route.ts';
import { validateBody } from '../validation/validate-body.ts';
import { validateParameters } from '../validation/validate-parameters.ts';
import { ApiError, validationError } from './api-error.ts';
import { authenticate } from './authenticate.ts';
import type { Reply } from './reply.ts';
import type { SimulatorRuntime } from './runtime.ts';

const ANONYMOUS = { token: '', subject: { id: 'anonymous', subjectType: 'USER' as const } };

export function serveOperation(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  route: RouteMatch,
  url: URL,
  rawBody: Buffer,
  requestId: string,
): Reply {
  const method = request.method ?? 'GET';
  if (route.kind === 'no-route') throw new ApiError(404, `No operation matches ${method} ${url.pathname}`);
  if (route.kind === 'method-not-allowed') {
    const allow = route.allow.join(', ');
    throw new ApiError(405, `${method} is not allowed on ${url.pathname}; allowed: ${allow}`, { headers: { allow } });
  }
  const { api, operation } = route;
  const caller = operation.requiresBearer ? authenticate(request.headers.authorization) : ANONYMOUS;

  const decision = runtime.rateLimiter?.take(caller.token, method);
  if (decision && !decision.allowed) {
    const perSecond = runtime.rateLimiter!.limits[method];
    throw new ApiError(429, `Rate limit exceeded: at most ${perSecond} ${method} requests per second per token`, {
      headers: { 'retry-after': String(decision.retryAfterSeconds) },
    });
  }

  const validator = runtime.validators.get(api.version)!;
  const { parameters, errors } = validateParameters(operation, validator, {
    path: route.rawPathParams,
    query: url.searchParams,
    headers: request.headers,
  });
  let body: unknown;
  if (operation.requestBody) {
    const result = validateBody(operation.requestBody, validator, request.headers['content-type'], rawBody);
    errors.push(...result.errors);
    body = result.body;
  }
  if (errors.length) throw validationError(errors);

  const handler = runtime.handlers[operation.operationId];
  if (!handler) throw new ApiError(501, `${operation.operationId} is described by the spec but not simulated yet`);
  return handler({
    version: api.version,
    operation,
    requestId,
    subject: caller.subject,
    parameters,
    body,
    rawBody: rawBody.toString('utf8'),
    request: {
      path: url.pathname,
      accept: request.headers.accept,
      userAgent: request.headers['user-agent'] ?? '',
      sourceIp: request.socket.remoteAddress ?? '127.0.0.1',
    },
    store: runtime.store,
    shape: runtime.shapes.get(api.version)!,
    now: () => new Date(),
  });
}
