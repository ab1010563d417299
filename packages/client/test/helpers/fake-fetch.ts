/**
 * A scripted fetch for tests that need no wire: each call takes the next step. Like a real fetch it
 * rejects with the signal's reason when the request is aborted, and a `'hang'` step never answers.
 */
export interface RecordedCall {
  method: string;
  url: string;
  headers: Headers;
  body: string;
}

export type Step = Response | Error | 'hang' | ((request: Request) => Response | Promise<Response>);

export interface FakeFetch {
  (request: Request): Promise<Response>;
  calls: RecordedCall[];
}

export function fakeFetch(...steps: Step[]): FakeFetch {
  const calls: RecordedCall[] = [];
  const fetch = (async (request: Request) => {
    calls.push({ method: request.method, url: request.url, headers: new Headers(request.headers), body: await request.text() });
    const step = steps.length > 1 ? steps.shift()! : steps[0];
    if (step === undefined) throw new Error(`unexpected request ${request.method} ${request.url}`);
    const { signal } = request;
    if (signal.aborted) throw signal.reason;
    const answer = new Promise<Response>((resolve, reject) => {
      signal.addEventListener('abort', () => reject(signal.reason));
      if (step === 'hang') return;
      if (step instanceof Error) return reject(step);
      Promise.resolve(typeof step === 'function' ? step(request) : step.clone()).then(resolve, reject);
    });
    return answer;
  }) as FakeFetch;
  fetch.calls = calls;
  return fetch;
}

export const json = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });

export const text = (status: number, body: string, headers: Record<string, string> = {}): Response =>
  new Response(body, { status, headers: { 'content-type': 'text/plain', ...headers } });
