/**
 * Builds `astro.<resource>.<helper>` from the generated operation table: each entry becomes a helper
 * that checks its ids, calls openapi-fetch, and returns data or throws a typed error. Paginated lists
 * also get `<name>All`; streamed exports get `<name>` (parsed events) and `<name>Raw` (gzip bytes).
 */
import type { Client } from 'openapi-fetch';
import { AstroInputError, AstroParseError, callError, type CallSite } from '../errors.ts';
import { pathSerializer } from '../http/path-segment.ts';
import type { Scrub } from '../redact.ts';
import { recode } from './gzip.ts';
import { ndjsonObjects } from './ndjson.ts';
import { paginate, type Pacer } from './paginate.ts';
import { apiError, parseJson } from './responses.ts';
import type { OperationTable, RequestOptions } from './types.ts';

type Helper = (...args: unknown[]) => unknown;
type Input = Record<string, unknown>;
/** Sends the call: how to read the body, and the query and signal of one page. */
type Send = (parseAs: 'text' | 'stream', query?: Input, signal?: AbortSignal) => Promise<readonly [data: unknown, response: Response]>;

export function buildResources(client: Client<{}>, table: OperationTable, scrub: Scrub): Record<string, Record<string, Helper>> {
  const resources: Record<string, Record<string, Helper>> = {};
  // Shared by every list walk of this client, so concurrent walks together stay within the rate limit.
  const pacer: Pacer = { nextStart: 0 };
  for (const operationId in table) {
    const { method, path: template, resource, name, pathParams, queryParams, body: hasBody, response: kind, pageItems } = table[operationId]!;
    const label = `astro.${resource}.${name}`;
    const group = (resources[resource] ??= {});

    /** Reads `(...pathParams, body?, query?, options?)`; bad ids throw here, before anything is sent. */
    const prepare = (args: unknown[]): [site: CallSite, query: Input | undefined, signal: AbortSignal | undefined, send: Send] => {
      const path: Input = {};
      for (const key of pathParams) path[key] = args.shift();
      const site = { method, path: pathSerializer(template, path, label), operationId };
      const body = hasBody ? args.shift() : undefined;
      const query = (queryParams.length ? args.shift() : undefined) as Input | undefined;
      if (query !== undefined && (typeof query !== 'object' || !query))
        throw new AstroInputError(`${label}: the query must be an object such as { ${queryParams[0]}: … }, got ${JSON.stringify(query)}.`);
      const { signal, headers }: RequestOptions = args.shift() ?? {};
      return [
        site,
        query,
        signal,
        async (parseAs, pageQuery = query, pageSignal = signal) => {
          const { data, error, response } = await client.request(method as 'get', template as never, { params: { path, query: pageQuery }, body, parseAs, headers, signal: pageSignal } as never);
          if (!response.ok) throw apiError(error, response, site, scrub);
          return [data, response];
        },
      ];
    };

    if (kind === 'ndjson') {
      group[name] = (...args) => {
        const [site, , signal, send] = prepare(args);
        return ndjsonObjects(() => send('stream'), site, scrub, signal);
      };
      group[`${name}Raw`] = async (...args) => recode(((await prepare(args)[3]('stream'))[0] ?? new Blob().stream()) as ReadableStream<Uint8Array>, true);
      continue;
    }

    group[name] = async (...args) => {
      const [site, , , send] = prepare(args);
      return parseJson(...(await send('text')), site, scrub);
    };

    if (pageItems)
      group[`${name}All`] = (...args) => {
        const [site, query, signal, send] = prepare(args);
        const { pageSize = 100, offset, limit, ...filters } = query ?? {};
        if (!((pageSize as number) >= 1 && (pageSize as number) <= 1000 && Number.isInteger(pageSize)) || offset !== undefined || limit !== undefined)
          throw new AstroInputError(`${label}All: pageSize must be an integer from 1 to 1000; offset and limit are set by the walk.`);
        return paginate(
          async (offset, limit, pageSignal) => {
            const [data, response] = await send('text', { ...filters, offset, limit }, pageSignal);
            const page = parseJson(data, response, site, scrub) as Input;
            const items = page?.[pageItems];
            if (!Array.isArray(items)) throw callError(AstroParseError, site, ` answered a page without its "${pageItems}" list.`, { status: response.status });
            return { items, totalCount: page.totalCount };
          },
          pageSize as number,
          signal,
          pacer,
        );
      };
  }
  return resources;
}
