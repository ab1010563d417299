/** fast-check generators of HTTP requests aimed at the simulator: mostly near-valid, some garbage. */
import fc from 'fast-check';
import type { RawRequest } from '../support/raw-request.ts';
import { API_TOKEN } from '../support/tokens.ts';

const VALID_BASES = ['/v1', '/platform/v1beta1'];
const BASES = [...VALID_BASES, '/v2', '', '/platform'];
/** Mostly the real base paths, so that most requests get past routing. */
const base = fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...VALID_BASES) }, { weight: 1, arbitrary: fc.constantFrom(...BASES) });
const tail = fc.oneof({ weight: 6, arbitrary: fc.constant('') }, { weight: 4, arbitrary: fc.constant('/audit-logs') }, { weight: 1, arbitrary: fc.constant('/x') });
const KNOWN_QUERY = ['productPlan', 'astronomerProduct', 'supportPlan', 'product', 'offset', 'limit', 'sorts', 'isLookUpOnly', 'startDate', 'endDate'];
const QUERY_VALUES = [
  'TRIAL', 'BASIC', 'PREMIUM', 'BUSINESS_CRITICAL', 'ASTRO', 'OBSERVE', 'HOSTED', 'HYBRID', 'name:asc', 'createdAt:desc', 'updatedAt:asc',
  'true', 'false', '0', '1', '20', '1000', '1001', '-1', '1.5', '1e3', '99999999999999999999', '', 'null', '2026-05-01T00:00:00Z',
  '2026-13-01T00:00:00Z', 'yesterday', '%', '%zz', '%C3%28', '%00', '%F0%9F%9A%80',
];

/** Text that may be any Unicode, percent-encoded so http.request accepts it as a path or query. */
const encodedText = fc.string({ unit: 'binary', maxLength: 40 }).map((text) => encodeURIComponent(text));
const rawSafe = fc.string({ unit: fc.constantFrom(...'abcXYZ019-._~%/?&=;:+@!$*(),'.split('')), maxLength: 30 });

export const pathArbitrary = (ids: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.tuple(base, fc.constantFrom(...ids, 'cunknown00000000000000000'), tail)
      .map(([prefix, id, suffix]) => `${prefix}/organizations/${id}${suffix}`) },
    { weight: 4, arbitrary: base.map((prefix) => `${prefix}/organizations`) },
    { weight: 1, arbitrary: fc.tuple(base, encodedText).map(([prefix, id]) => `${prefix}/organizations/${id}`) },
    { weight: 1, arbitrary: fc.array(fc.oneof(encodedText, rawSafe), { maxLength: 6 }).map((parts) => `/${parts.join('/')}`) },
    { weight: 1, arbitrary: fc.constantFrom('/__simulator/health', '/__simulator/nope', '/v1/organizations/%C3%28', '/v1/organizations/%zz', '//', '/v1/../v1/organizations') },
  );

const queryPair = fc.tuple(
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...KNOWN_QUERY) }, { weight: 1, arbitrary: encodedText }),
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...QUERY_VALUES) }, { weight: 1, arbitrary: encodedText }),
);

export const queryArbitrary = fc
  .array(queryPair, { maxLength: 3 })
  .map((pairs) => (pairs.length ? `?${pairs.map(([name, value]) => `${name}=${value}`).join('&')}` : ''));

const validUpdate = fc.record(
  {
    billingEmail: fc.emailAddress(),
    isScimEnabled: fc.boolean(),
    name: fc.string({ maxLength: 60 }),
    allowEnhancedSupportAccess: fc.boolean(),
    hasAiFeaturesDisabled: fc.boolean(),
  },
  { requiredKeys: [] },
);

export const bodyArbitrary = fc.oneof(
  { weight: 3, arbitrary: fc.constant(undefined) },
  { weight: 3, arbitrary: validUpdate.map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 100 }) },
);

const headerText = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((code) => String.fromCharCode(code)), maxLength: 60 });

export const headersArbitrary = fc.record(
  {
    authorization: fc.oneof(
      { weight: 8, arbitrary: fc.constant(`Bearer ${API_TOKEN}`) },
      { weight: 1, arbitrary: headerText },
      { weight: 1, arbitrary: headerText.map((text) => `Bearer ${text}`) },
    ),
    'content-type': fc.constantFrom('application/json', 'application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'garbage'),
    accept: fc.constantFrom('application/json', 'application/x-ndjson', '*/*', 'text/html'),
    'x-api-version': headerText,
  },
  { requiredKeys: [] },
);

export const requestArbitrary = (ids: string[]): fc.Arbitrary<RawRequest> =>
  fc
    .record({
      method: fc.oneof({ weight: 12, arbitrary: fc.constantFrom('GET', 'GET', 'POST') }, { weight: 1, arbitrary: fc.constantFrom('PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'TRACE') }),
      path: pathArbitrary(ids),
      query: queryArbitrary,
      headers: headersArbitrary,
      body: bodyArbitrary,
    })
    .map(({ method, path, query, headers, body }) => ({ method, path: `${path}${query}`, headers: headers as Record<string, string>, body }));
