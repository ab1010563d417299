/**
 * Links from each helper's JSDoc to its page in the docs site's reference (Redoc, one page per API
 * version). The site's address lives here and nowhere else.
 */

/** Base URL of the published docs site (packages/docs builds it: `<site>/<version>/index.html`). */
export const REFERENCE_SITE_URL = 'https://astro-api-sdk.github.io';

/** Redoc's anchor of one operation: `<site>/v1/#tag/Deployment/operation/GetDeployment`. */
export const referenceUrl = (version: string, tag: string, operationId: string): string =>
  `${REFERENCE_SITE_URL}/${version}/#tag/${encodeURIComponent(tag)}/operation/${encodeURIComponent(operationId)}`;
