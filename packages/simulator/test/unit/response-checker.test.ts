/** The checker used by every suite must reject what the spec does not allow. */
import { describe, expect, it } from 'vitest';
import { checkResponse, type ObservedResponse } from '../support/response-checker.ts';

const ID = 'c0000000000000000000000ab';

function response(overrides: Partial<ObservedResponse> & { json?: unknown; headerMap?: Record<string, string> }): ObservedResponse {
  const headers: Record<string, string> = { 'x-request-id': ID, 'content-type': 'application/json', ...overrides.headerMap };
  return {
    method: 'GET',
    url: '/v1/organizations',
    status: 200,
    headers: (name) => headers[name],
    body: Buffer.from(JSON.stringify(overrides.json ?? {})),
    ...overrides,
  };
}

const page = { organizations: [], limit: 20, offset: 0, totalCount: 0 };

describe('checkResponse', () => {
  it('accepts a valid page and a valid error', () => {
    expect(checkResponse(response({ json: page }))).toEqual({ problems: [], operationId: 'ListOrganizations', documented: true });
    const error = { message: 'nope', requestId: ID, statusCode: 404 };
    expect(checkResponse(response({ url: '/v1/organizations/x', status: 404, json: error })).problems).toEqual([]);
  });

  it('rejects a body that breaks the schema', () => {
    expect(checkResponse(response({ json: { ...page, totalCount: 'many' } })).problems).toEqual([expect.stringContaining('does not match')]);
  });

  it('rejects a missing request id and a mismatching Error', () => {
    expect(checkResponse(response({ json: page, headerMap: { 'x-request-id': '' } })).problems).toHaveLength(1);
    const error = { message: 'x', requestId: 'other', statusCode: 500 };
    expect(checkResponse(response({ status: 400, json: error })).problems).toEqual([
      expect.stringContaining('statusCode 500 differs'),
      expect.stringContaining('requestId other differs'),
    ]);
  });

  it('rejects an undocumented media type and a non-JSON undocumented status', () => {
    expect(checkResponse(response({ json: page, headerMap: { 'content-type': 'text/html' } })).problems).toHaveLength(1);
    const text = response({ status: 502, headerMap: { 'content-type': 'text/plain' }, body: Buffer.from('Bad Gateway') });
    expect(checkResponse(text)).toMatchObject({ documented: false, problems: [expect.stringContaining('without a JSON Error')] });
  });

  it('rejects an audit-log line that is not an AuditLogEvent', () => {
    const bad = response({
      url: '/v1/organizations/x/audit-logs',
      headerMap: { 'content-type': 'application/x-ndjson', 'content-encoding': 'gzip' },
      body: Buffer.from('{"subjectId":"a"}\n'),
    });
    expect(checkResponse(bad).problems).toEqual([expect.stringContaining('AuditLogEvent')]);
  });
});
