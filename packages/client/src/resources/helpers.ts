/**
 * Builds `client.<group>.<method>` from the unpacked operation table: each operation becomes a helper
 * that checks its arguments, calls openapi-fetch, and returns data or throws a typed error. Walked lists
 * also get `<method>All`; streamed exports get `<method>` (parsed events) and `<method>Raw` (gzip bytes).
 *
 * Arguments: the path parameters in path order (the Organization comes from the client), then the body
 * (when there is one), then the query (when there is one), then the request options.
 */
import type { Client } from 'openapi-fetch';
import { checkHeaders, checkId, optionsObject, ORGANIZATION_HINT, show } from '../client/checks.ts';
import { CALL_LIMITS, callLimits, type Settings } from '../client/options.ts';
import { AstroConfigError, AstroInputError, type CallSite } from '../errors.ts';
import { ignore } from '../http/abortable.ts';
import { decode, startCall, type Call } from '../http/call.ts';
import type { Transport } from '../http/transport.ts';
import { loadDeferred, type Deferred } from '../load-deferred.ts';
import type { Scrub } from '../redact.ts';
import type { Operation } from './operations.ts';
import { apiError, parseJson } from './responses.ts';
import type { PageIterator, RequestOptions } from './types.ts';

export const REQUEST_OPTIONS = ['signal', 'headers', ...CALL_LIMITS];

/** What every helper of one client shares; `organizationId` differs between `withOrganization` clients. */
export interface HelperContext {
  client: Client<{}>;
  settings: Settings;
  transport: Transport;
  scrub: Scrub;
  organizationId?: string;
}

type Input = Record<string, unknown>;
type Helper = (...args: unknown[]) => unknown;
/** A call and its successful response, whose body is still to be read through the call's attempt. */
export type Sent = [call: Call, response: Response];

/** A body or query argument: an object. A string here is most likely an Organization id passed the old way. */
function objectArgument(label: string, what: string, value: unknown, operation: Operation): Input {
  if (value && typeof value === 'object') return value as Input;
  throw new AstroInputError(
    `${label}: expected the ${what} object, got ${show(value)}.${typeof value === 'string' && operation.org ? ` The Organization is not an argument: ${ORGANIZATION_HINT}.` : ''}`,
  );
}

/** Checks the arguments of one call and returns what sends it (again, for each page of a walk). */
function prepare({ client, settings, organizationId, scrub }: HelperContext, operation: Operation, label: string, args: unknown[]) {
  const { method, path: template, params, body: hasBody, query: hasQuery, org, id, idempotent, kind } = operation;
  const values: Record<string, string> = {};
  params.forEach((name, index) => (values[name] = checkId(label, name, args[index])));
  if (org) values.organizationId = organizationId ?? (() => {
    throw new AstroConfigError(`${label} acts on an Organization and this client has none: ${ORGANIZATION_HINT}.`);
  })();
  let index = params.length;
  const body = hasBody ? objectArgument(label, 'body', args[index++], operation) : undefined;
  const query = hasQuery ? (args[index++] as Input | undefined) : undefined;
  if (query !== undefined) objectArgument(label, 'query', query, operation);
  if (args[index] !== undefined) objectArgument(label, 'options', args[index], operation);
  const options = optionsObject<RequestOptions>(label, args[index], REQUEST_OPTIONS);
  if (args.length > index + 1) throw new AstroInputError(`${label} takes ${index + 1} arguments at most, got ${args.length}.${org ? ` The Organization is not an argument: ${ORGANIZATION_HINT}.` : ''}`);
  const headers = options.headers && checkHeaders(label, options.headers);
  // Without options, the client's own limits (checked once by createClient).
  const limits = args[index] ? callLimits(label, options, settings) : settings;
  const path = template.replace(/\{(\w+)\}/g, (_, name: string) => values[name]!);
  const site: CallSite = { method, path, operationId: id };
  const text = body && JSON.stringify(body);
  const bodySerializer = () => text;
  const pathSerializer = () => settings.baseUrl + path;
  return {
    site,
    query,
    signal: options.signal,
    /** Sends the call; a walk gives each page's query and signal. */
    async send(pageQuery = query, signal = options.signal): Promise<Sent> {
      const { timeoutMs, maxRetries, deadlineMs } = limits;
      const call = startCall({ site, idempotent, kind, read: kind === 'j', timeoutMs, maxRetries, deadlineMs, caller: signal, body: text, first: new AbortController() });
      const init = { body, bodySerializer, pathSerializer, headers, parseAs: 'stream', params: { path: values, query: pageQuery }, signal: call.first!.signal, astro: call };
      const { error, response } = await client.request(method as 'get', template as never, init as never);
      if (!response.ok) throw apiError(error, response, site, scrub);
      return [call, response];
    },
  };
}

/**
 * The items of an iterator from the parts loaded on first use (load-deferred.ts), returned at once:
 * the load happens on the first read. Walks and streamed exports both go through here.
 */
function later(open: (parts: Deferred) => AsyncIterable<unknown> | Promise<AsyncIterable<unknown>>): PageIterator<unknown> {
  const iterator = (async function* () {
    yield* await open(await loadDeferred());
  })() as PageIterator<unknown>;
  iterator.toArray = async () => {
    const items: unknown[] = [];
    for await (const item of iterator) items.push(item);
    return items;
  };
  return iterator;
}

export function buildHelpers(context: HelperContext, operations: Operation[]): Record<string, Record<string, Helper>> {
  const { settings, transport, scrub } = context;
  const groups: Record<string, Record<string, Helper>> = {};

  /** A JSON success body, read by the transport within the call's attempts. */
  const readJson = async ([call, response]: Sent): Promise<unknown> => (response.status === 204 ? undefined : parseJson(decode(call.bytes!), response.status, call.site, scrub));
  /** Ends a call whose success carries nothing: `undefined`, whatever the body. */
  const discard = ([call, response]: Sent): undefined => void (response.body?.cancel().catch(ignore), call.attempt?.end());

  for (const operation of operations) {
    const { group, name, kind, walks, maxLimit = 1000 } = operation;
    const label = `${group}.${name}`;
    const helpers = (groups[group] ??= {});
    const start = (suffix: string, args: unknown[]) => prepare(context, operation, label + suffix, args);

    if (kind === 's') {
      helpers[name] = (...args) => {
        const { send, site, signal } = start('', args);
        return later(async ({ events }) => events(await send(), transport, site, scrub, settings.maxLineLength, signal));
      };
      helpers[`${name}Raw`] = async (...args) => {
        const { send } = start('Raw', args);
        return (await loadDeferred()).gzipBytes(await send(), transport);
      };
    } else helpers[name] = async (...args) => (kind === 'e' ? discard : readJson)(await start('', args).send());

    if (walks)
      helpers[`${name}All`] = (...args) => {
        const { send, site, query, signal } = start('All', args);
        const { pageSize = Math.min(100, maxLimit), offset, limit, ...filters } = query ?? {};
        if (!(Number.isInteger(pageSize) && (pageSize as number) > 0 && (pageSize as number) <= maxLimit) || offset !== undefined || limit !== undefined)
          throw new AstroInputError(`${label}All: pageSize must be a whole number from 1 to ${maxLimit}; offset and limit are set by the walk.`);
        return later(({ walkPages }) => walkPages((offset, limit, pageSignal) => send({ ...filters, offset, limit }, pageSignal), readJson, walks, pageSize as number, site, signal));
      };
  }
  return groups;
}
