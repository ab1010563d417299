/**
 * The factory behind every version's createClient: an openapi-fetch client whose fetch is the
 * transport (token, pacing, timeouts, redirects, retries), plus the helpers built from the version's
 * operation table (and the version's own extras), bound to an Organization. `withOrganization` builds the helpers again for another
 * Organization over the same openapi-fetch client, transport and pacing.
 */
import createFetchClient from 'openapi-fetch';
import { pathSerializer } from '../http/path-segment.ts';
import { createTransport, manualRedirects, type Transport } from '../http/transport.ts';
import { createRedactor, type Redactor } from '../redact.ts';
import { buildHelpers } from '../resources/helpers.ts';
import { unpack, type Operation } from '../resources/operations.ts';
import { checkId } from './checks.ts';
import { resolveOptions, type AstroClientOptions, type Settings } from './options.ts';
import { userAgent } from './user-agent.ts';

/** What a version entry supplies: its packed operation table, its default server, and its own option names. */
export interface ApiVersionSpec {
  table: string;
  serverUrl: string;
  extraOptions?: readonly string[];
  /** Adds the version's helpers beyond its operations (v1: the waiters and deployDags). */
  extend?: Extension;
}

type Helper = (...args: unknown[]) => Promise<unknown>;
export type Groups = Record<string, Record<string, Helper>>;
export type Extension = (groups: Groups, operations: Operation[], shared: { settings: Settings; transport: Transport; redactor: Redactor }) => void;

export function createAstroClient(spec: ApiVersionSpec, options: AstroClientOptions = {}, versionHeaders?: Record<string, string>): unknown {
  const settings = resolveOptions(options ?? {}, spec.serverUrl, spec.extraOptions);
  const redactor = createRedactor();
  const operations = unpack(spec.table);
  const transport = createTransport(settings, operations, redactor);
  const client = createFetchClient<{}>({
    baseUrl: settings.baseUrl,
    fetch: transport.fetch,
    // The User-Agent outside browsers; a caller's header may replace it.
    headers: { 'user-agent': userAgent(), ...options.headers, ...versionHeaders },
    pathSerializer,
    // Redirects are followed by the transport, where fetch lets it.
    redirect: manualRedirects() ? 'manual' : 'follow',
  });

  const bind = (organizationId: string | undefined): unknown => {
    const groups = buildHelpers({ client, settings, transport, scrub: redactor.scrub, organizationId }, operations) as Groups;
    spec.extend?.(groups, operations, { settings, transport, redactor });
    return Object.assign({}, client, groups, { withOrganization: (id: string) => bind(checkId('withOrganization', 'organizationId', id)) });
  };
  return bind(settings.organizationId);
}
