/** The facts of shared/reference/README.md, checked against the bundled documents. */
import { describe, expect, it } from 'vitest';
import { API_VERSIONS, loadOperations, loadSpec, resolveRef as resolve, type ApiVersion } from '../src/index.ts';

const PLAN_NAMES = [
  'INACTIVE', 'INTERNAL', 'POV', 'TRIAL', 'BASIC', 'BASIC_PAYGO', 'TEAM_PAYGO', 'STANDARD', 'PREMIUM', 'BUSINESS_CRITICAL',
  'BUSINESS', 'TEAM', 'ENTERPRISE', 'DEVELOPER', 'DEVELOPER_PAYGO', 'TEAM_V2', 'BUSINESS_V2', 'ENTERPRISE_V2', 'TRIAL_V2',
  'ENTERPRISE_BUSINESS_CRITICAL', 'IBM_ENTERPRISE',
];
const FILTER_PLANS = ['TRIAL', 'BASIC', 'STANDARD', 'PREMIUM', 'BUSINESS_CRITICAL'];
const SORTS = ['name:asc', 'name:desc', 'createdAt:asc', 'createdAt:desc', 'updatedAt:asc', 'updatedAt:desc'];
const SERVERS: Record<ApiVersion, string> = {
  v1: 'https://api.astronomer.io/v1',
  v1beta1: 'https://api.astronomer.io/platform/v1beta1',
};
const OPERATIONS = {
  ListOrganizations: { method: 'get', path: '/organizations', codes: ['200', '400', '401', '403', '429', '500'], permission: undefined },
  GetOrganization: { method: 'get', path: '/organizations/{organizationId}', codes: ['200', '400', '401', '403', '404', '429', '500'], permission: 'organization.get' },
  UpdateOrganization: { method: 'post', path: '/organizations/{organizationId}', codes: ['200', '400', '401', '403', '404', '429', '500'], permission: 'organization.settings.update' },
  GetOrganizationAuditLogs: { method: 'get', path: '/organizations/{organizationId}/audit-logs', codes: ['200', '400', '401', '403', '429', '500'], permission: 'organization.auditLogs.get' },
} as const;

describe.each(API_VERSIONS)('%s states the reference facts', (version) => {
  const document = loadSpec(version);
  const operations = loadOperations(version);
  const byId = Object.fromEntries(operations.map((entry) => [entry.operationId, entry]));
  const schema = (name: string) => document.components.schemas[name];
  const parameters = (operationId: string) => byId[operationId]!.parameters;
  const query = (operationId: string, name: string): any => {
    const parameter = parameters(operationId).find((p) => p.in === 'query' && p.name === name);
    return parameter && { ...parameter, schema: resolve(document, parameter.schema) };
  };

  it('is OpenAPI 3.1 with the version’s server and JWT bearer security on every operation', () => {
    expect(document.openapi).toMatch(/^3\.1\./);
    expect(document.servers.map((server) => server.url)).toEqual([SERVERS[version]]);
    expect(document.components.securitySchemes.JWT).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(document.security).toEqual([{ JWT: [] }]);
  });

  it('has the four Organization operations with their methods, paths, codes and permissions (v1beta1 only those)', () => {
    if (version === 'v1beta1') expect(Object.keys(byId).sort()).toEqual(Object.keys(OPERATIONS).sort());
    else expect(operations).toHaveLength(75);
    for (const [operationId, fact] of Object.entries(OPERATIONS)) {
      const operation = byId[operationId]!;
      expect({ method: operation.method, path: operation.path }).toEqual({ method: fact.method.toUpperCase(), path: fact.path });
      expect(operation.tags).toEqual(['Organization']);
      expect(operation.responses.map((response) => response.status).sort()).toEqual([...fact.codes].sort());
      expect(operation.permissions).toEqual(fact.permission ? [fact.permission] : []);
      expect(operation.idempotent, `${operationId} retry safety`).toBe(true);
      expect(operation.summary).toBeTruthy();
      expect(operation.description).toBeTruthy();
    }
    expect(document.tags).toContainEqual(expect.objectContaining({ name: 'Organization', description: expect.any(String) }));
  });

  it('describes the ListOrganizations query exactly', () => {
    expect(query('ListOrganizations', 'productPlan').schema.enum).toEqual(FILTER_PLANS);
    expect(query('ListOrganizations', 'astronomerProduct').schema.enum).toEqual(version === 'v1' ? ['ASTRO'] : ['ASTRO', 'OBSERVE']);
    expect(query('ListOrganizations', 'product').schema.enum).toEqual(['HOSTED', 'HYBRID']);
    if (version === 'v1') expect(query('ListOrganizations', 'supportPlan')).toBeUndefined();
    else expect(query('ListOrganizations', 'supportPlan').schema.enum).toEqual(FILTER_PLANS);
    expect(query('ListOrganizations', 'offset').schema).toMatchObject({ type: 'integer', minimum: 0, default: 0 });
    expect(query('ListOrganizations', 'limit').schema).toMatchObject({ type: 'integer', minimum: 0, maximum: 1000, default: 20 });
    expect(query('ListOrganizations', 'sorts')).toMatchObject({ style: 'form', explode: true, schema: { type: 'array' } });
    expect(resolve(document, query('ListOrganizations', 'sorts').schema.items).enum).toEqual(SORTS);
    for (const p of parameters('ListOrganizations').filter((p: any) => p.in === 'query')) expect(p.required ?? false).toBe(false);
  });

  it('describes the other operations’ parameters and body', () => {
    for (const id of ['GetOrganization', 'UpdateOrganization', 'GetOrganizationAuditLogs']) {
      const path = parameters(id).find((p: any) => p.in === 'path');
      expect(path).toMatchObject({ name: 'organizationId', required: true, schema: { type: 'string' } });
    }
    expect(query('GetOrganization', 'isLookUpOnly').schema.type).toBe('boolean');
    for (const name of ['startDate', 'endDate']) {
      expect(query('GetOrganizationAuditLogs', name).schema).toMatchObject({ type: 'string', format: 'date-time' });
    }
    const body = byId.UpdateOrganization!.requestBody!;
    expect(body.required).toBe(true);
    expect(body.content.find((media) => media.mediaType === 'application/json')?.schema?.$ref).toBe('#/components/schemas/UpdateOrganizationRequest');
  });

  it('sends the optional X-API-Version header only on v1', () => {
    for (const operation of operations) {
      const header = parameters(operation.operationId).find((p) => p.in === 'header' && p.name === 'X-API-Version');
      if (version === 'v1') expect(header).toMatchObject({ required: false, schema: { type: 'string' } });
      else expect(header).toBeUndefined();
    }
  });

  it('describes 429 with Retry-After and text/plain gateway bodies on 401, 403 and 429', () => {
    for (const operation of operations) {
      const status = (code: string) => operation.responses.find((response) => response.status === code);
      expect(status('429')?.headers.map((header) => header.name), operation.operationId).toContain('Retry-After');
      // Where the API declares the 4XX range instead of single codes, the range carries the gateway's text.
      // GetSelfUser declares no 403 (the vendor lists none, and the spec adds only 400, 404 and 429).
      const codes = status('4XX') ? ['4XX', '429'] : ['401', '429', ...(status('403') ? ['403'] : [])];
      for (const code of codes) {
        const types = status(code)?.content.map((media) => media.mediaType).sort();
        expect(types, `${operation.operationId} ${code}`).toEqual(['application/json', 'text/plain']);
      }
    }
  });

  it('describes the audit-log body as gzip NDJSON with an event schema', () => {
    const ok = byId.GetOrganizationAuditLogs!.success;
    expect(ok.content.map((media) => media.mediaType)).toEqual(expect.arrayContaining(['application/octet-stream', 'application/x-ndjson']));
    expect(ok.content.find((media) => media.mediaType === 'application/x-ndjson')?.schema?.$ref).toBe('#/components/schemas/AuditLogEvent');
    expect(schema('AuditLogEvent').required.sort()).toEqual(['organizationId', 'sourceIp', 'subjectId', 'subjectType', 'timestamp', 'userAgent']);
  });

  it('has every Organization field with its required-ness', () => {
    const organization = schema('Organization');
    const required = ['createdAt', 'createdBy', 'id', 'isScimEnabled', 'name', 'updatedAt', 'updatedBy'];
    const expected =
      version === 'v1'
        ? [...required, 'allowEnhancedSupportAccess', 'hasAllowedIpAddressRanges', 'productPlans', 'shouldEnforceDedicatedClusters']
        : [...required, 'supportPlan'];
    expect([...organization.required].sort()).toEqual(expected.sort());
    const optional = ['billingEmail', 'managedDomains', 'paymentMethod', 'product', 'status', 'trialExpiresAt'];
    const extra = version === 'v1' ? ['isBlockedEnableAiFeatures', 'hasAiFeaturesDisabled'] : ['productPlans', 'allowEnhancedSupportAccess', 'shouldEnforceDedicatedClusters'];
    expect(Object.keys(organization.properties).sort()).toEqual([...expected, ...optional, ...extra].sort());
    const enumOf = (node: any) => resolve(document, node).enum ?? resolve(document, resolve(document, node).items)?.enum;
    expect(enumOf(organization.properties.paymentMethod)).toEqual([
      'CREDIT_CARD', 'INVOICE', 'AWS_MARKETPLACE', 'AZURE_MARKETPLACE', 'GCP_MARKETPLACE', 'SNOWFLAKE_MARKETPLACE',
    ]);
    expect(enumOf(organization.properties.status)).toEqual(['ACTIVE', 'INACTIVE', 'SUSPENDED']);
    const plan = resolve(document, schema('OrganizationProductPlan').properties.productPlanName);
    if (version === 'v1') {
      expect(plan.enum).toEqual(PLAN_NAMES);
      expect(organization.properties.supportPlan).toBeUndefined();
    } else {
      expect(plan).toMatchObject({ type: 'string' });
      expect(plan.enum).toBeUndefined();
      expect(enumOf(organization.properties.supportPlan)).toEqual(PLAN_NAMES);
    }
  });

  it('marks v1beta1 as deprecated until January 2027, pointing to v1', () => {
    if (version === 'v1beta1') {
      expect(document.info.description).toMatch(/deprecated/i);
      expect(document.info.description).toMatch(/January 2027/);
      expect(document.info.description).toContain('https://api.astronomer.io/v1');
    } else {
      expect(document.info.description).not.toMatch(/deprecated/i);
    }
  });
});
