import { loadSpec, readOperations, type OpenApiDocument } from '@astro-api/openapi';
import { describe, expect, it } from 'vitest';
import { curlSample, shellVariableName } from '../src/curl.ts';
import { tinyDocument } from './fixtures.ts';

const sampleOf = (document: OpenApiDocument, operationId: string) => {
  const operation = readOperations(document).find((candidate) => candidate.operationId === operationId);
  if (!operation) throw new Error(`no ${operationId}`);
  return curlSample(document, operation);
};

describe('curl samples of the v1 bundle', () => {
  const v1 = loadSpec('v1');

  it('ListOrganizations: server URL, query defaults, bearer token and the version header', () => {
    expect(sampleOf(v1, 'ListOrganizations')).toBe(
      [
        'curl --request GET',
        `  --url 'https://api.astronomer.io/v1/organizations?offset=0&limit=20'`,
        '  --header "Authorization: Bearer ${ASTRO_API_TOKEN}"',
        `  --header 'X-API-Version: 1.0'`,
      ].join(' \\\n'),
    );
  });

  it('UpdateOrganization: POST, the path id as a shell variable, the body example as JSON', () => {
    const sample = sampleOf(v1, 'UpdateOrganization');
    expect(sample).toContain('curl --request POST');
    expect(sample).toContain('--url "https://api.astronomer.io/v1/organizations/${ORGANIZATION_ID}"');
    expect(sample).toContain(`--header 'Content-Type: application/json'`);
    const data = /--data '([\s\S]*)'$/.exec(sample)?.[1];
    expect(JSON.parse(data ?? '')).toEqual(v1.components.examples!.UpdateOrganizationBody.value);
  });

  it('GetOrganizationAuditLogs: asks curl to decompress the gzip export', () => {
    expect(sampleOf(v1, 'GetOrganizationAuditLogs')).toMatch(/\/audit-logs" \\\n[\s\S]*--compressed$/);
    expect(sampleOf(v1, 'GetOrganization')).not.toContain('--compressed');
  });

  it('GetDeploymentLogs: a required array query parameter shows its first value, every path id its variable', () => {
    const sample = sampleOf(v1, 'GetDeploymentLogs');
    expect(sample).toContain('/organizations/${ORGANIZATION_ID}/deployments/${DEPLOYMENT_ID}/logs?sources=scheduler');
  });

  it('v1beta1 calls its own server and sends no X-API-Version', () => {
    const sample = sampleOf(loadSpec('v1beta1'), 'GetOrganization');
    expect(sample).toContain('https://api.astronomer.io/platform/v1beta1/organizations/${ORGANIZATION_ID}');
    expect(sample).not.toContain('X-API-Version');
  });
});

describe('curl sample rules', () => {
  it('encodes query values, repeats exploded arrays and joins the others', () => {
    // The URL holds ${WIDGET_ID}, so it is double-quoted for the shell to expand it.
    const sample = sampleOf(tinyDocument(), 'GetWidget');
    expect(sample).toContain('--url "https://api.example.test/v2/widgets/${WIDGET_ID}?tags=a%20b&tags=c:d&fields=id,name"');
    expect(sample).not.toContain('verbose');
    expect(sample).toContain(`--header 'X-Trace: on'`);
  });

  it('quotes a body with a single quote in it safely for the shell', () => {
    expect(sampleOf(tinyDocument(), 'PutWidget')).toContain(`--data '{\n  "name": "Bob'\\''s widget"\n}'`);
  });

  it('fails clearly on what it cannot render', () => {
    const document = tinyDocument();
    document.components.securitySchemes!.Bearer = { type: 'oauth2', flows: {} };
    expect(() => sampleOf(document, 'GetWidget')).toThrow('GetWidget: only HTTP bearer security has a curl rendering; extend src/curl.ts for Bearer');

    const required = tinyDocument();
    required.paths['/widgets/{widgetId}']!.get.parameters.push({ name: 'owner', in: 'query', required: true, schema: { type: 'string' } });
    expect(() => sampleOf(required, 'GetWidget')).toThrow('required query parameter "owner" has no example, default or enum');

    const noServer = tinyDocument();
    noServer.servers = [];
    expect(() => sampleOf(noServer, 'GetWidget')).toThrow('GetWidget: the document declares no server URL');

    const noExample = tinyDocument();
    delete noExample.components.requestBodies!.Widget.content['application/json'].examples;
    expect(() => sampleOf(noExample, 'PutWidget')).toThrow('PutWidget: the required application/json request body has no example');
  });

  it('names path variables in shell style', () => {
    expect(shellVariableName('organizationId')).toBe('ORGANIZATION_ID');
    expect(shellVariableName('deployment-id')).toBe('DEPLOYMENT_ID');
    expect(shellVariableName('apiV2Key')).toBe('API_V2_KEY');
  });
});
