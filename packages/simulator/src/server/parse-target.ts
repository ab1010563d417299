import { ApiError } from './api-error.ts';

const ORIGIN = 'http://simulator.invalid';

/**
 * Parses the request target: origin-form (`/v1/...?...`) or absolute-form (as proxies send it).
 * An origin-form target is appended to a fixed origin rather than resolved against it, so a
 * target such as `//host/v1/organizations` stays a path and is not read as another authority.
 */
export function parseTarget(target: string | undefined): URL {
  const absolute = target !== undefined && /^https?:\/\//i.test(target);
  if (!target || (!target.startsWith('/') && !absolute)) {
    throw new ApiError(400, 'The request target must be a path such as /v1/organizations');
  }
  try {
    return new URL(absolute ? target : `${ORIGIN}${target}`);
  } catch {
    throw new ApiError(400, 'The request target is not a valid URL');
  }
}
