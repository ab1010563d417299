/**
 * One request, end to end: a request id on every answer, CORS for allowed browser origins, the
 * simulator's control endpoints, injected faults, then the API itself. Nothing thrown here reaches
 * Node: every failure becomes an answer, and a failure that is not an `ApiError` is logged and
 * answered with a 500.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { setTimeout as delay } from 'node:timers/promises';
import { CONTROL_PREFIX, handleControl } from '../control/control-routes.ts';
import { matchPath, matchRoute } from '../spec/match-route.ts';
import { ApiError } from './api-error.ts';
import { corsHeaders, isPreflight, preflightHeaders } from './cors.ts';
import { faultReply } from './fault-reply.ts';
import { parseTarget } from './parse-target.ts';
import { pickFault } from './pick-fault.ts';
import { readBody } from './read-body.ts';
import type { Reply } from './reply.ts';
import { newRequestId } from './request-id.ts';
import type { SimulatorRuntime } from './runtime.ts';
import { serveOperation } from './serve-operation.ts';
import { toReply } from './to-reply.ts';
import { writeReply } from './write-reply.ts';

type Outcome = { reply: Reply; truncate?: boolean } | { reset: true };

export async function handleRequest(runtime: SimulatorRuntime, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const requestId = newRequestId();
  const started = performance.now();
  response.setHeader('x-request-id', requestId);
  response.on('close', () => {
    const outcome = response.writableFinished ? String(response.statusCode) : `${response.statusCode} (connection closed)`;
    runtime.logger.info(`${request.method} ${request.url} ${outcome} ${(performance.now() - started).toFixed(1)}ms ${requestId}`);
  });

  let outcome: Outcome;
  try {
    outcome = await decide(runtime, request, response, requestId);
  } catch (error) {
    outcome = { reply: toReply(error, requestId, runtime.logger) };
  }
  if ('reset' in outcome) {
    resetConnection(request.socket);
    return;
  }
  try {
    await writeReply(response, outcome.reply, { truncate: outcome.truncate });
  } catch (error) {
    runtime.logger.error(`Could not send the answer to request ${requestId}`, error);
    response.destroy();
  }
}

async function decide(runtime: SimulatorRuntime, request: IncomingMessage, response: ServerResponse, requestId: string): Promise<Outcome> {
  const method = (request.method ?? 'GET').toUpperCase();
  const url = parseTarget(request.url);
  if (url.pathname === CONTROL_PREFIX || url.pathname.startsWith(`${CONTROL_PREFIX}/`)) {
    refuseCrossSite(request);
    const body = await readBody(request, runtime.bodyLimit);
    return { reply: handleControl(runtime, method, url.pathname, body) };
  }

  const route = matchRoute(runtime.routes, method, url.pathname);
  for (const [name, value] of Object.entries(corsHeaders(runtime.cors, request))) response.setHeader(name, value);
  if (isPreflight(request)) return { reply: preflight(runtime, request, url) };

  const fault = pickFault(runtime, request, method, url.pathname, route.kind === 'operation' ? route.operation.operationId : undefined);
  if (fault?.latencyMs) {
    await delay(fault.latencyMs);
    if (response.destroyed) return { reset: true };
  }
  if (fault?.reset) return { reset: true };
  const truncate = fault?.truncate === true;
  if (fault?.status !== undefined) return { reply: faultReply({ ...fault, status: fault.status }, requestId), truncate };

  try {
    const body = await readBody(request, runtime.bodyLimit);
    return { reply: serveOperation(runtime, request, route, url, body, requestId, { failLifecycle: fault?.fail }), truncate };
  } catch (error) {
    // The client left while sending its body: there is no one to answer.
    if (!(error instanceof ApiError) && request.socket.destroyed) return { reset: true };
    return { reply: toReply(error, requestId, runtime.logger), truncate };
  }
}

/** A CORS preflight: allowed for an allowed origin and a path the API has, with the methods it offers. */
function preflight(runtime: SimulatorRuntime, request: IncomingMessage, url: URL): Reply {
  const found = matchPath(runtime.routes, url.pathname);
  if (!found) throw new ApiError(404, `No operation matches ${url.pathname}`);
  const headers = preflightHeaders(runtime.cors, request, [...found.path.operations.keys()]);
  if (!headers) throw new ApiError(403, `The origin ${String(request.headers.origin)} may not call this simulator; start it with that origin allowed`);
  return { status: 204, headers, empty: true };
}

/**
 * The control endpoints can reset the data and inject faults: a web page must not reach them. A
 * request a browser marks as coming from another site, or with an Origin other than the
 * simulator's own, is refused (and no CORS header ever lets a page read the answer).
 */
function refuseCrossSite(request: IncomingMessage): void {
  const site = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  const own = `http://${request.headers.host ?? ''}`;
  if ((site !== undefined && site !== 'same-origin' && site !== 'none') || (origin !== undefined && origin !== own)) {
    throw new ApiError(403, 'The simulator control endpoints refuse cross-site requests; call them from a script or the command line');
  }
}

/** Drops the connection with a TCP RST when the platform allows it, as a failing load balancer would. */
function resetConnection(socket: Socket): void {
  if (socket.destroyed) return;
  if (typeof socket.resetAndDestroy === 'function') socket.resetAndDestroy();
  else socket.destroy();
}
