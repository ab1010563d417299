/**
 * The public surface of @astro-api/client, exercised against the simulator from any runtime: Node,
 * Bun, Deno (run-surface.mjs) and Chromium (browser.html). Plain JavaScript that imports the built
 * package, so each runtime loads exactly what users get. `run()` resolves with the name of every
 * check and its outcome.
 *
 * config: { baseUrl, betaUrl, token, organizationId, headers? } — headers go with every request (a
 * browser run names the runtime in them for the logs).
 */
import * as v1 from '../../dist/v1.js';
import * as v1beta1 from '../../dist/v1beta1.js';

const assert = (condition, message) => {
  if (!condition) throw new Error(message);
};

const failureOf = async (work) => {
  try {
    await (typeof work === 'function' ? work() : work);
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

export async function run({ baseUrl, betaUrl, token, organizationId }) {
  const astro = v1.createClient({ token, baseUrl, organizationId, timeoutMs: 10_000 });
  const beta = v1beta1.createClient({ token, baseUrl: betaUrl, organizationId, timeoutMs: 10_000 });
  const checks = {
    'organizations.get resolves the client’s Organization': async () => {
      const organization = await astro.organizations.get();
      assert(organization.id === organizationId, `got ${organization.id}`);
      assert(Array.isArray(organization.productPlans), 'v1 has productPlans');
      const lookUp = await astro.organizations.get({ isLookUpOnly: true });
      assert(lookUp.id === organizationId && typeof lookUp.name === 'string', 'isLookUpOnly answers');
    },
    'organizations.list and listAll walk every page': async () => {
      const page = await astro.organizations.list({ limit: 7, sorts: ['name:asc'] });
      assert(page.organizations.length === 7 && page.totalCount > 7, `page of ${page.organizations.length} of ${page.totalCount}`);
      const all = await astro.organizations.listAll({ pageSize: 20, sorts: ['createdAt:desc'] }).toArray();
      assert(all.length === page.totalCount, `walked ${all.length} of ${page.totalCount}`);
      assert(new Set(all.map((organization) => organization.id)).size === all.length, 'no duplicates');
    },
    'organizations.update replaces the settings': async () => {
      const before = await astro.organizations.get();
      const name = `Surface ${Math.random().toString(36).slice(2, 8)}`;
      const updated = await astro.organizations.update({ name, billingEmail: 'billing@example.com', isScimEnabled: before.isScimEnabled });
      assert(updated.name === name, `name is ${updated.name}`);
      assert((await astro.organizations.get()).name === name, 'the update persisted');
    },
    'organizations.auditLogs streams events; auditLogsRaw gives gzip bytes': async () => {
      let events = 0;
      for await (const event of astro.organizations.auditLogs()) {
        assert(event.organizationId === organizationId, 'an event of the Organization');
        if (++events === 50) break;
      }
      assert(events > 0, 'some events');
      const reader = (await astro.organizations.auditLogsRaw()).getReader();
      const { value } = await reader.read();
      await reader.cancel();
      assert(value[0] === 0x1f && value[1] === 0x8b, 'gzip magic bytes');
    },
    'withOrganization reaches another Organization; an unknown one is AstroApiError 404': async () => {
      const [, second] = (await astro.organizations.list({ limit: 2 })).organizations;
      assert((await astro.withOrganization(second.id).organizations.get()).id === second.id, 'the other Organization');
      const error = await failureOf(astro.withOrganization('clunknown00000000000000000').organizations.get());
      assert(error instanceof v1.AstroApiError && error instanceof v1.AstroError && error.status === 404, `got ${error}`);
      assert(typeof error.requestId === 'string' && error.operationId === 'GetOrganization', 'request id and operation');
    },
    'the operations the simulator does not serve yet fail as AstroApiError': async () => {
      const error = await failureOf(astro.workspaces.list());
      assert(error instanceof v1.AstroApiError && error.status >= 400, `got ${error}`);
    },
    'bad input fails before sending: AstroInputError, AstroConfigError': async () => {
      const old = await failureOf(() => astro.organizations.get(organizationId));
      assert(old instanceof v1.AstroInputError && /The Organization is not an argument/.test(old.message), `got ${old}`);
      const id = await failureOf(() => astro.deployments.get('../x'));
      assert(id instanceof v1.AstroInputError, `got ${id}`);
      const typo = await failureOf(async () => v1.createClient({ token, baseURL: baseUrl }));
      assert(typo instanceof v1.AstroConfigError && /did you mean "baseUrl"/.test(typo.message), `got ${typo}`);
      const header = await failureOf(() => astro.organizations.get({}, { headers: { 'x-a': 'b\r\nx-b: c' } }));
      assert(header instanceof v1.AstroInputError, `got ${header}`);
      const none = await failureOf(() => v1.createClient({ token, baseUrl }).deployments.list());
      assert(none instanceof v1.AstroConfigError && /ASTRO_ORGANIZATION_ID/.test(none.message), `got ${none}`);
    },
    'retries an idempotent call after a 503': async () => {
      const organization = await astro.organizations.get({}, { headers: { 'x-simulator-fault': '503;times=1' } });
      assert(organization.id === organizationId, 'answered after the retry');
    },
    'timeoutMs and deadlineMs end a slow call with AstroTimeoutError; a signal aborts': async () => {
      const slow = { headers: { 'x-simulator-fault': 'latency=3000' }, maxRetries: 0 };
      const timeout = await failureOf(astro.organizations.get({}, { ...slow, timeoutMs: 200 }));
      assert(timeout instanceof v1.AstroTimeoutError && timeout instanceof v1.AstroConnectionError && timeout.timeoutMs === 200, `got ${timeout}`);
      const deadline = await failureOf(astro.organizations.get({}, { ...slow, deadlineMs: 300 }));
      assert(deadline instanceof v1.AstroTimeoutError && deadline.timeoutMs === 300, `got ${deadline}`);
      const aborted = await failureOf(astro.organizations.get({}, { ...slow, signal: AbortSignal.timeout(150) }));
      assert(aborted?.name === 'TimeoutError' || aborted?.name === 'AbortError', `got ${aborted}`);
    },
    'errors never hold the token': async () => {
      const error = await failureOf(astro.organizations.get({}, { headers: { 'x-simulator-fault': 'text-403' }, maxRetries: 0 }));
      assert(error instanceof v1.AstroApiError && error.status === 403, `got ${error}`);
      assert(!`${JSON.stringify(error)} ${error.stack} ${error.message}`.includes(token), 'the token is not in the error');
    },
    'astro.GET keeps openapi-fetch’s results': async () => {
      const { data, error, response } = await astro.GET('/organizations/{organizationId}', { params: { path: { organizationId } } });
      assert(response.status === 200 && data.id === organizationId && error === undefined, 'data');
      const missing = await astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: 'clunknown00000000000000000' } } });
      assert(missing.response.status === 404 && missing.error?.statusCode === 404, 'error');
    },
    'v1beta1 follows the same convention and has supportPlan': async () => {
      const organization = await beta.organizations.get();
      assert(organization.id === organizationId && typeof organization.supportPlan === 'string', 'the v1beta1 Organization');
      assert((await beta.organizations.list({ limit: 3 })).organizations.length === 3, 'a v1beta1 page');
    },
  };
  const results = [];
  for (const [name, check] of Object.entries(checks)) {
    try {
      await check();
      results.push({ name, ok: true });
    } catch (error) {
      results.push({ name, ok: false, error: `${error?.name}: ${error?.message}` });
    }
  }
  return results;
}
