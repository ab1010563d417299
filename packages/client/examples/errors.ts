import { AstroApiError, AstroConnectionError, AstroTimeoutError, createClient } from '@astro-api/client/v1';

const astro = createClient();

try {
  await astro.deployments.get('clmh8ol3x000008jo656y4285');
} catch (error) {
  if (error instanceof AstroApiError) {
    // status, message, requestId, fieldErrors, body, method, path, operationId, retryAfterMs
    console.error(error.status, error.message, error.requestId);
    for (const problem of error.fieldErrors ?? []) console.error(`${problem.field}: ${problem.message}`);
  } else if (error instanceof AstroTimeoutError) {
    console.error(`no answer within ${error.timeoutMs} ms`);
  } else if (error instanceof AstroConnectionError) {
    console.error('network problem:', error.message);
  } else {
    throw error; // AbortError from your own signal, or a bug
  }
}
