/**
 * The factory behind every version's createClient: an openapi-fetch client whose fetch is the
 * retrying, authenticating layer, plus the resource helpers built from the version's operation table.
 */
import createFetchClient, { type Client } from 'openapi-fetch';
import { pathSerializer } from '../http/path-segment.ts';
import { createRetryingFetch } from '../http/retrying-fetch.ts';
import { createRouteMatcher } from '../http/route-matcher.ts';
import { createRedactor } from '../redact.ts';
import { buildResources } from '../resources/build-resources.ts';
import type { OperationTable, Resources } from '../resources/types.ts';
import { resolveOptions, type AstroClientOptions } from './options.ts';
import { userAgent } from './user-agent.ts';

/** openapi-fetch's client (`GET`, `POST`, `use`…) plus one object of helpers per resource. */
export type AstroClientOf<Paths extends {}, Ops, Table extends OperationTable> = Client<Paths> & Resources<Table, Ops>;

/** What a version entry supplies: its generated operation table and its default server. */
export interface ApiVersionSpec<Table extends OperationTable> {
  table: Table;
  serverUrl: string;
}

export function createAstroClient<Paths extends {}, Ops, Table extends OperationTable>(
  { table, serverUrl }: ApiVersionSpec<Table>,
  options: AstroClientOptions = {},
  versionHeaders?: Record<string, string>,
): AstroClientOf<Paths, Ops, Table> {
  const settings = resolveOptions(options, serverUrl);
  const redactor = createRedactor();
  const client = createFetchClient<Paths>({
    baseUrl: settings.baseUrl,
    fetch: createRetryingFetch(settings, createRouteMatcher(table), redactor, userAgent()),
    headers: { ...options.headers, ...versionHeaders },
    pathSerializer,
  });
  return Object.assign(client, buildResources(client as Client<{}>, table, redactor.scrub)) as AstroClientOf<Paths, Ops, Table>;
}
