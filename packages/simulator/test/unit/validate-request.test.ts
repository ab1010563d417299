import { describe, expect, it } from 'vitest';
import { createSpecValidator } from '@astro-api/openapi';
import { apiRoutes } from '../../src/spec/api-routes.ts';
import { matchRoute } from '../../src/spec/match-route.ts';
import { validateBody } from '../../src/validation/validate-body.ts';
import { validateParameters } from '../../src/validation/validate-parameters.ts';

const v1 = apiRoutes('v1');
const validator = createSpecValidator('v1');

function operation(method: string, path: string) {
  const match = matchRoute([v1], method, path);
  if (match.kind !== 'operation') throw new Error(`no operation for ${method} ${path}`);
  return match;
}

const parse = (method: string, path: string, query: string, headers: Record<string, string> = {}) => {
  const match = operation(method, path);
  return validateParameters(match.operation, validator, { path: match.rawPathParams, query: new URLSearchParams(query), headers });
};

describe('validateParameters', () => {
  it('coerces query values to their schema types and fills in schema defaults', () => {
    const { parameters, errors } = parse('GET', '/v1/organizations', 'offset=5&sorts=name:asc&sorts=createdAt:desc&product=HOSTED');
    expect(errors).toEqual([]);
    expect(parameters.query).toEqual({ offset: 5, limit: 20, sorts: ['name:asc', 'createdAt:desc'], product: 'HOSTED' });
  });

  it('reports every bad parameter at once', () => {
    const { errors } = parse('GET', '/v1/organizations', 'limit=1001&offset=-1&product=CLOUD&sorts=size:asc&supportPlan=TRIAL');
    expect(errors).toEqual([
      expect.objectContaining({ code: 'oneof', field: 'product' }),
      expect.objectContaining({ code: 'min', field: 'offset' }),
      expect.objectContaining({ code: 'max', field: 'limit', message: 'limit must be at most 1000' }),
      expect.objectContaining({ code: 'oneof', field: 'sorts[0]' }),
      expect.objectContaining({ code: 'unknown', field: 'supportPlan' }),
    ]);
  });

  it('rejects a scalar parameter given twice, and non-integers', () => {
    expect(parse('GET', '/v1/organizations', 'limit=1&limit=2').errors).toEqual([expect.objectContaining({ code: 'repeated', field: 'limit' })]);
    expect(parse('GET', '/v1/organizations', 'limit=1.5').errors).toEqual([expect.objectContaining({ code: 'type', field: 'limit' })]);
    expect(parse('GET', '/v1/organizations', 'limit=').errors).toEqual([expect.objectContaining({ code: 'type', field: 'limit' })]);
  });

  it('decodes path parameters and refuses invalid percent-encoding', () => {
    expect(parse('GET', '/v1/organizations/a%20b', '').parameters.path).toEqual({ organizationId: 'a b' });
    expect(parse('GET', '/v1/organizations/%E0%A4%A', '').errors).toEqual([expect.objectContaining({ code: 'encoding', field: 'organizationId' })]);
  });

  it('reads booleans and date-times as the spec declares them', () => {
    expect(parse('GET', '/v1/organizations/x', 'isLookUpOnly=true').parameters.query).toEqual({ isLookUpOnly: true });
    expect(parse('GET', '/v1/organizations/x', 'isLookUpOnly=yes').errors).toEqual([expect.objectContaining({ code: 'type', field: 'isLookUpOnly' })]);
    expect(parse('GET', '/v1/organizations/x/audit-logs', 'startDate=2026-01-01').errors).toEqual([
      expect.objectContaining({ code: 'format', field: 'startDate' }),
    ]);
  });

  it('validates declared header parameters (X-API-Version on v1)', () => {
    expect(parse('GET', '/v1/organizations', '', { 'x-api-version': '1.0' }).parameters.headers).toEqual({ 'X-API-Version': '1.0' });
  });
});

describe('validateBody', () => {
  const update = operation('POST', '/v1/organizations/x').operation.requestBody!;
  const valid = { billingEmail: 'billing@company.example', isScimEnabled: false, name: 'Acme' };
  const check = (body: string | Buffer, contentType = 'application/json') =>
    validateBody(update, validator, contentType, Buffer.isBuffer(body) ? body : Buffer.from(body));

  it('accepts a valid body, with a charset parameter on the media type', () => {
    expect(check(JSON.stringify(valid), 'application/json; charset=utf-8')).toEqual({ body: valid, errors: [] });
  });

  it.each([
    ['', 'application/json', 'required', 'body'],
    [JSON.stringify(valid), 'text/plain', 'contentType', 'Content-Type'],
    ['{"name":', 'application/json', 'json', 'body'],
    [Buffer.from([0x7b, 0xff, 0xfe, 0x7d]), 'application/json', 'encoding', 'body'],
    ['[]', 'application/json', 'type', 'body'],
  ])('rejects %j sent as %s (%s)', (body, contentType, code, field) => {
    expect(check(body as string, contentType).errors).toEqual([expect.objectContaining({ code, field })]);
  });

  it('names schema violations and members the schema does not declare', () => {
    const { errors } = check(JSON.stringify({ ...valid, name: 'x'.repeat(51), isScimEnabled: 'yes', colour: 'blue' }));
    expect(errors).toEqual([
      expect.objectContaining({ code: 'type', field: 'isScimEnabled' }),
      expect.objectContaining({ code: 'max', field: 'name' }),
      expect.objectContaining({ code: 'unknown', field: 'colour' }),
    ]);
  });
});
