import { createSpecValidator, type ApiVersion } from '@astro-api/openapi';
import type { ApiRoutes } from '../spec/api-routes.ts';
import { organizationShape } from '../spec/organization-shape.ts';
import type { ApiModel } from './context.ts';
import { mapResources } from './resources.ts';

/** Everything the engine reads from one version's bundle, built once at start. */
export function apiModel(routes: ApiRoutes): ApiModel {
  return {
    version: routes.version as ApiVersion,
    document: routes.document,
    validator: createSpecValidator(routes.version, routes.document),
    operations: routes.operations,
    resources: mapResources(routes.document, routes.operations),
    organizationShape: organizationShape(routes.document, routes.operations),
  };
}
