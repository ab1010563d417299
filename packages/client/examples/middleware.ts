import { createClient, type Middleware } from '@astro-api/client/v1';

const astro = createClient();

// Middleware sees each call once: retries happen beneath it, and the token is added after it.
const timing: Middleware = {
  onRequest: ({ request }) => {
    request.headers.set('x-started-at', String(Date.now()));
    return request;
  },
  onResponse: ({ request, response }) => {
    console.log(request.method, new URL(request.url).pathname, response.status, Date.now() - Number(request.headers.get('x-started-at')), 'ms');
  },
};
astro.use(timing);

// The openapi-fetch client: { data, error, response }, no exceptions for HTTP errors.
const { data, error } = await astro.GET('/organizations/{organizationId}/workspaces/{workspaceId}', {
  params: { path: { organizationId: 'clmaxoarx000008l2c5ayb9pt', workspaceId: 'clmh8ol3x000008jo656y4285' } },
});
console.log(data?.name ?? error);
