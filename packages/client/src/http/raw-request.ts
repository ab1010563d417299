/**
 * A request made without a helper (`astro.GET(…)` and the other openapi-fetch methods): its call is
 * built from the route it matches (idempotency, what its success carries) and the client's limits, and
 * its success body is watched like a helper's (timer between chunks, maxResponseBytes for JSON).
 */
import type { Settings } from '../client/options.ts';
import type { Operation } from '../resources/operations.ts';
import { ignore } from './abortable.ts';
import { startCall, type Call } from './call.ts';
import { routeMatcher } from './route.ts';
import type { Transport } from './transport.ts';
import { watchBody } from './watch-body.ts';

export async function sendRaw(request: Request, settings: Settings, operations: Operation[], { send, brokeOff, tooLarge }: Transport): Promise<Response> {
  const { method, url } = request;
  const { pathname, search } = new URL(url);
  const path = pathname.slice(pathname.startsWith(settings.basePath) ? settings.basePath.length : 0);
  const operation = routeMatcher(operations)(method, path);
  const call: Call = startCall({
    site: { method, path: path + search, ...(operation && { operationId: operation.id }) },
    // Unknown routes are retried only for methods safe by definition.
    idempotent: operation?.idempotent ?? /^(GET|HEAD)$/.test(method),
    kind: operation?.kind ?? 'j',
    timeoutMs: settings.timeoutMs,
    maxRetries: settings.maxRetries,
    ...(settings.deadlineMs && { deadlineMs: settings.deadlineMs }),
    caller: request.signal,
    body: request.body && (await request.arrayBuffer()),
  });
  const response = await send(call, url, method, new Headers(request.headers));
  const attempt = call.attempt;
  if (!attempt) return response;
  const json = call.kind === 'j';
  const { maxResponseBytes } = settings;
  if (json && Number(response.headers.get('content-length')) > maxResponseBytes) {
    response.body?.cancel().catch(ignore);
    attempt.end();
    throw tooLarge(call)();
  }
  return response.body ? new Response(watchBody(response.body, attempt, (error) => brokeOff(call, error), json ? maxResponseBytes : Infinity, tooLarge(call)), response) : (attempt.end(), response);
}
