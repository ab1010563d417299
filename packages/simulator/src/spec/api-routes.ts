/**
 * The route table of one API version, read from the operation model of its bundle: the base path of
 * its server and, per path template, the operations by method. Nothing here knows a resource, so an
 * operation added to the spec is routed and validated as it is.
 */
import { loadOperations, loadSpec, readOperations, serverOf, type ApiVersion, type OpenApiDocument, type OperationModel } from '@astro-api/openapi';

export interface PathRoute {
  template: string;
  /** Literal segments as strings, parameter segments as `{ param }`. */
  segments: (string | { param: string })[];
  operations: Map<string, OperationModel>;
}

export interface ApiRoutes {
  version: ApiVersion;
  document: OpenApiDocument;
  /** Path prefix taken from the first server URL: `/v1`, `/platform/v1beta1`. */
  basePath: string;
  operations: OperationModel[];
  paths: PathRoute[];
}

export function apiRoutes(version: ApiVersion, document?: OpenApiDocument): ApiRoutes {
  const source = document ?? loadSpec(version);
  const operations = document ? readOperations(document) : loadOperations(version);
  const paths = new Map<string, PathRoute>();
  for (const operation of operations) {
    let route = paths.get(operation.path);
    if (!route) {
      const segments = operation.path
        .split('/')
        .slice(1)
        .map((segment) => {
          const param = /^\{([^}]+)\}$/.exec(segment);
          return param ? { param: param[1]! } : segment;
        });
      route = { template: operation.path, segments, operations: new Map() };
      paths.set(operation.path, route);
    }
    route.operations.set(operation.method, operation);
  }
  return { version, document: source, basePath: serverOf(source).basePath, operations, paths: [...paths.values()] };
}
