import { AstroApiError, AstroConnectionError, AstroTimeoutError, AstroWaitError } from '@astro-api/client';
import { StepError } from './steps/step.ts';

/** A one-paragraph explanation of why the demo stopped, with a hint where one helps. */
export function describeError(error: unknown): string {
  const step = error instanceof StepError ? error.step : undefined;
  const cause = error instanceof StepError ? error.cause : error;
  const where = step ? ` during "${step}"` : '';
  if (cause instanceof AstroApiError) {
    const request = cause.requestId ? ` (request ${cause.requestId})` : '';
    const hint =
      cause.status === 401 ? ' Check ASTRO_API_TOKEN.'
      : cause.status === 403 ? ' The token lacks the permission this step needs.'
      : cause.status === 404 ? ' Check the Organization (--organization-id or ASTRO_ORGANIZATION_ID).'
      : '';
    return `Demo failed${where}: the API answered ${cause.status}: ${cause.message}${request}.${hint}`;
  }
  if (cause instanceof AstroWaitError) return `Demo failed${where}: ${cause.message} (last status ${cause.lastStatus ?? 'unknown'})`;
  if (cause instanceof AstroTimeoutError) return `Demo failed${where}: ${cause.message}`;
  if (cause instanceof AstroConnectionError) return `Demo failed${where}: ${cause.message} Is the base URL right and the API reachable?`;
  return `Demo failed${where}: ${cause instanceof Error ? cause.message : String(cause)}`;
}
