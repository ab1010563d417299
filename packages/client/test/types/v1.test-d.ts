/** Type-level contract of @astro-api/client/v1: named types from the helpers, the convention, the options. */
import { describe, expectTypeOf, it } from 'vitest';
import * as root from '../../src/index.ts';
import {
  AstroApiError,
  createClient,
  organizationStatusValues,
  SDK_VERSION,
  SPEC_VERSIONS,
  type ApiToken,
  type AstroClient,
  type AuditLogEvent,
  type Cluster,
  type ClustersApi,
  type components,
  type Deploy,
  type Deployment,
  type DeploymentsApi,
  type DeploymentsPaginated,
  type FieldError,
  type ListDeploymentsQuery,
  type operations,
  type Organization,
  type OrganizationsPaginated,
  type PageIterator,
  type paths,
  type TeamMember,
  type WalkQuery,
  type Workspace,
} from '../../src/v1.ts';

declare const astro: AstroClient;

describe('v1 client types', () => {
  it('creates an AstroClient', () => {
    expectTypeOf(createClient).returns.toEqualTypeOf<AstroClient>();
    expectTypeOf(createClient).parameter(0).toEqualTypeOf<import('../../src/v1.ts').ClientOptions | undefined>();
    expectTypeOf(astro.withOrganization('org-2')).toEqualTypeOf<AstroClient>();
  });

  it('returns named types from the helpers', () => {
    expectTypeOf(astro.deployments).toEqualTypeOf<DeploymentsApi>();
    expectTypeOf(astro.clusters).toEqualTypeOf<ClustersApi>();
    expectTypeOf(astro.deployments.get('d-1')).toEqualTypeOf<Promise<Deployment>>();
    expectTypeOf(astro.deployments.list()).toEqualTypeOf<Promise<DeploymentsPaginated>>();
    expectTypeOf(astro.deployments.listAll()).toEqualTypeOf<PageIterator<Deployment>>();
    expectTypeOf(astro.teams.listMembersAll('t-1')).toEqualTypeOf<PageIterator<TeamMember>>();
    expectTypeOf(astro.workspaces.create({ name: 'w' })).toEqualTypeOf<Promise<Workspace>>();
    expectTypeOf(astro.apiTokens.rotate('tok-1')).toEqualTypeOf<Promise<ApiToken>>();
    expectTypeOf(astro.organizations.get()).toEqualTypeOf<Promise<Organization>>();
    expectTypeOf(astro.organizations.list()).toEqualTypeOf<Promise<OrganizationsPaginated>>();
    expectTypeOf(astro.organizations.listAll()).toEqualTypeOf<PageIterator<Organization>>();
    expectTypeOf(astro.organizations.auditLogs()).toEqualTypeOf<AsyncGenerator<AuditLogEvent, void, undefined>>();
    expectTypeOf(astro.organizations.auditLogsRaw()).toEqualTypeOf<Promise<ReadableStream<Uint8Array>>>();
  });

  it('resolves operations without a success body to void', () => {
    expectTypeOf(astro.deployments.delete('d-1')).toEqualTypeOf<Promise<void>>();
    expectTypeOf(astro.teams.addMembers('t-1', { memberIds: ['u-1'] })).toEqualTypeOf<Promise<void>>();
    expectTypeOf(astro.environmentObjects.excludeLinking('e-1', { scope: 'DEPLOYMENT', scopeEntityId: 'd-1' })).toEqualTypeOf<Promise<void>>();
  });

  it('types the waiters and deployDags', () => {
    expectTypeOf(astro.deployments.waitForStatus('d-1', 'HEALTHY')).toEqualTypeOf<Promise<Deployment>>();
    expectTypeOf(astro.clusters.waitForStatus('c-1', ['CREATED', 'UPDATING'], { timeoutMs: 1000, failOn: ['CREATE_FAILED'] })).toEqualTypeOf<Promise<Cluster>>();
    expectTypeOf(astro.deploys.waitForStatus('d-1', 'dep-1', 'DEPLOYED')).toEqualTypeOf<Promise<Deploy>>();
    expectTypeOf(astro.deploys.deployDags('d-1', new Uint8Array(), { description: 'dags', wait: { intervalMs: 1000 } })).toEqualTypeOf<Promise<Deploy>>();
    // @ts-expect-error DEPLOYED is a Deploy status, not a Deployment one
    astro.deployments.waitForStatus('d-1', 'DEPLOYED');
    // @ts-expect-error failOn takes the resource's statuses
    astro.clusters.waitForStatus('c-1', 'CREATED', { failOn: ['FAILED'] });
    // @ts-expect-error a tarball is bytes
    astro.deploys.deployDags('d-1', 'dags.tar.gz');
  });

  it('types the arguments of each helper: path ids in order, body, query, options', () => {
    expectTypeOf(astro.deploys.get).parameters.toEqualTypeOf<[deploymentId: string, deployId: string, options?: import('../../src/v1.ts').RequestOptions]>();
    expectTypeOf(astro.deployments.list).parameter(0).toEqualTypeOf<ListDeploymentsQuery | undefined>();
    expectTypeOf(astro.deployments.listAll).parameter(0).toEqualTypeOf<WalkQuery<ListDeploymentsQuery> | undefined>();
    astro.organizations.list({ limit: 5, offset: 0, sorts: ['name:asc'], product: 'HYBRID', productPlan: 'PREMIUM', astronomerProduct: 'ASTRO' });
    astro.organizations.listAll({ pageSize: 500, product: 'HOSTED' });
    astro.organizations.auditLogs({ startDate: '2026-01-01T00:00:00Z', endDate: '2026-02-01T00:00:00Z' }, { signal: AbortSignal.timeout(1000) });
    astro.organizations.update({ name: 'n', billingEmail: 'b@example.com', isScimEnabled: true, hasAiFeaturesDisabled: true });
    astro.deployments.getLogs('d-1', { sources: ['scheduler'] }, { timeoutMs: 5000, maxRetries: 0, deadlineMs: 10_000, headers: { 'x-a': 'b' } });
    astro.clusters.getOptions({ type: 'DEDICATED' });
  });

  it('rejects wrong arguments', () => {
    // @ts-expect-error the Organization comes from the client
    astro.organizations.get('org-1');
    // @ts-expect-error the id is a string
    astro.deployments.get(42);
    // @ts-expect-error the id is required
    astro.deployments.get();
    // @ts-expect-error a misspelt filter
    astro.organizations.list({ limt: 5 });
    // @ts-expect-error OBSERVE is a v1beta1 product only
    astro.organizations.list({ astronomerProduct: 'OBSERVE' });
    // @ts-expect-error sorts are field:direction literals
    astro.organizations.list({ sorts: ['name'] });
    // @ts-expect-error listAll sets limit itself
    astro.organizations.listAll({ limit: 10 });
    // @ts-expect-error isScimEnabled is required
    astro.organizations.update({ name: 'n', billingEmail: 'b@example.com' });
    // @ts-expect-error sources is required by GetDeploymentLogs
    astro.deployments.getLogs('d-1');
    // @ts-expect-error type is required by GetClusterOptions
    astro.clusters.getOptions();
    // @ts-expect-error an unknown request option
    astro.deployments.get('d-1', { timeout: 5 });
  });

  it('keeps openapi-fetch’s typed client', () => {
    const call = astro.GET('/organizations/{organizationId}', { params: { path: { organizationId: 'org-1' } } });
    expectTypeOf(call).resolves.toHaveProperty('data').toEqualTypeOf<Organization | undefined>();
    // @ts-expect-error an unknown path
    astro.GET('/workspaces');
    astro.use({ onRequest: ({ request }) => request });
  });

  it('types apiVersion as the known minor versions, and the other options', () => {
    createClient({ token: 't', apiVersion: '1.0', timeoutMs: 1000, maxRetries: 0, deadlineMs: 5000, headers: { 'x-a': 'b' }, organizationId: 'org-1' });
    createClient({ token: async () => 't', pacing: { GET: 10 }, maxResponseBytes: 1024, maxLineLength: 4096 });
    createClient({ pacing: false });
    // @ts-expect-error 1.1 is not a minor version the spec knows
    createClient({ apiVersion: '1.1' });
    // @ts-expect-error baseURL is spelt baseUrl
    createClient({ baseURL: 'http://localhost:4010/v1' });
  });

  it('exports the generated types, enum arrays, versions and errors', () => {
    expectTypeOf<components['schemas']['Organization']>().toEqualTypeOf<Organization>();
    expectTypeOf<paths['/organizations']['get']>().toEqualTypeOf<operations['ListOrganizations']>();
    expectTypeOf(organizationStatusValues).toEqualTypeOf<ReadonlyArray<'ACTIVE' | 'INACTIVE' | 'SUSPENDED'>>();
    expectTypeOf(SPEC_VERSIONS.v1.version).toEqualTypeOf<'1.0'>();
    expectTypeOf(SDK_VERSION).toEqualTypeOf<string>();
    expectTypeOf(AstroApiError).toEqualTypeOf(root.AstroApiError);
    expectTypeOf<AstroApiError['status']>().toEqualTypeOf<number>();
    expectTypeOf<AstroApiError['retryAfterMs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<root.AstroWaitError['reason']>().toEqualTypeOf<'failed' | 'timeout'>();
  });

  it('declares the same FieldError as the spec', () => {
    expectTypeOf<root.FieldError>().toEqualTypeOf<FieldError>();
  });
});
