/**
 * No error the client produces reveals the token: not its message or stack, not util.inspect (with
 * hidden fields and the cause chain), not JSON.stringify, not even when the server or fetch echoes it.
 */
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import {
  AstroApiError,
  AstroConfigError,
  AstroConnectionError,
  AstroError,
  AstroInputError,
  AstroParseError,
  AstroTimeoutError,
  createClient,
} from '../src/v1.ts';
import { fakeFetch, json, text, type Step } from './helpers/fake-fetch.ts';
import { BASE_URL, TOKEN } from './helpers/fixtures.ts';

/** Every rendering of an error a logger might produce. */
function renderings(error: unknown): string[] {
  const out = [inspect(error, { depth: 20, showHidden: true }), JSON.stringify(error), String(error)];
  for (let current = error; current instanceof Error; current = current.cause) out.push(current.message, String(current.stack), inspect(current, { showHidden: true }));
  return out;
}

function expectNoToken(error: unknown, token = TOKEN): void {
  expect(error).toBeInstanceOf(AstroError);
  for (const rendering of renderings(error)) expect(rendering).not.toContain(token);
}

const failureOf = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('the call should fail'), (error: unknown) => error);
const client = (...steps: Step[]) => createClient({ organizationId: 'org-1', pacing: false, token: TOKEN, baseUrl: BASE_URL, maxRetries: 0, timeoutMs: 50, fetch: fakeFetch(...steps) });

describe('the token never appears in an error', () => {
  it('AstroApiError, when a JSON body echoes the Authorization header', async () => {
    const error = await failureOf(client(json(401, { message: `invalid header Authorization: Bearer ${TOKEN}`, requestId: 'r', statusCode: 401, echo: { token: TOKEN } })).organizations.get());
    expect(error).toBeInstanceOf(AstroApiError);
    expect((error as AstroApiError).body).toEqual({ message: 'invalid header Authorization: Bearer [REDACTED]', requestId: 'r', statusCode: 401, echo: { token: '[REDACTED]' } });
    expectNoToken(error);
  });

  it('AstroApiError, when a text body echoes the token', async () => {
    const error = await failureOf(client(text(403, `token ${TOKEN} denied`)).organizations.get());
    expect((error as AstroApiError).body).toBe('token [REDACTED] denied');
    expectNoToken(error);
  });

  it('AstroConnectionError, when fetch throws an error holding the request and quoting the header', async () => {
    const leaky = (request: Request) => {
      const cause = Object.assign(new Error(`socket hang up (Authorization: ${request.headers.get('authorization')})`), { code: 'ECONNRESET', request, headers: request.headers });
      throw Object.assign(new TypeError('fetch failed', { cause }), { request });
    };
    const error = await failureOf(client(leaky).organizations.get());
    expect(error).toBeInstanceOf(AstroConnectionError);
    expect((error as Error).message).toBe('GET /organizations/org-1: no response (socket hang up (Authorization: Bearer [REDACTED])); check the network and baseUrl.');
    expect(((error as Error).cause as { code: string }).code).toBe('ECONNRESET');
    expectNoToken(error);
  });

  it('AstroConnectionError, when something that is not an Error is thrown', async () => {
    const error = await failureOf(client(() => Promise.reject(`rejected ${TOKEN}`)).organizations.get());
    expect(error).toBeInstanceOf(AstroConnectionError);
    expectNoToken(error);
  });

  it('AstroTimeoutError', async () => {
    const error = await failureOf(client('hang').organizations.get());
    expect(error).toBeInstanceOf(AstroTimeoutError);
    expectNoToken(error);
  });

  it('AstroParseError, for a 2xx body that echoes the token and is not JSON', async () => {
    const error = await failureOf(client(text(200, `{"token": "${TOKEN}"`)).organizations.get());
    expect(error).toBeInstanceOf(AstroParseError);
    expectNoToken(error);
  });

  it('AstroParseError, for an NDJSON line that holds the token', async () => {
    const stream = client(text(200, `{"ok":1}\nnot json ${TOKEN}\n`)).organizations.auditLogs();
    const error = await failureOf((async () => {
      for await (const _ of stream);
    })());
    expect(error).toMatchObject({ name: 'AstroParseError', line: 2 });
    expectNoToken(error);
  });

  it('AstroConfigError, for a malformed token, without quoting it', () => {
    const malformed = 'secret-with a-space';
    let error: unknown;
    try {
      createClient({ organizationId: 'org-1', pacing: false, token: malformed });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(AstroConfigError);
    expectNoToken(error, malformed);
    expectNoToken(error, 'secret-with');
  });

  it('AstroInputError', async () => {
    const error = await failureOf(client(json(200, {})).deployments.get(''));
    expect(error).toBeInstanceOf(AstroInputError);
    expectNoToken(error);
  });

  it('scrubs every token a rotating token function has handed out', async () => {
    const tokens = ['rotating-a-111111', 'rotating-b-222222'];
    let index = 0;
    const fetch = fakeFetch(text(503, 'busy', { 'retry-after': '0' }), (request) => text(400, `seen ${tokens.join(' and ')} ${request.headers.get('authorization')}`));
    const astro = createClient({ organizationId: 'org-1', pacing: false, token: () => tokens[index++]!, baseUrl: BASE_URL, fetch });
    const error = await failureOf(astro.organizations.get());
    expect((error as AstroApiError).body).toBe('seen [REDACTED] and [REDACTED] Bearer [REDACTED]');
    for (const token of tokens) expectNoToken(error, token);
  });
});
