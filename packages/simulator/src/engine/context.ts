import type { ApiVersion, OpenApiDocument, OperationModel, SpecValidator } from '@astro-api/openapi';
import type { Reply } from '../server/reply.ts';
import type { OrganizationShape } from '../spec/organization-shape.ts';
import type { SubjectProfile } from '../store/types.ts';
import type { ParsedParameters } from '../validation/validate-parameters.ts';
import type { OperationPlan, ResourceMap } from './resources.ts';
import type { World } from './world.ts';

/** A token the simulator issued (API or agent token): the store it lives in and where it may act. */
export interface IssuedToken {
  /** The token record's collection path and id. */
  collectionPath: string;
  id: string;
  organizationId: string;
  scope: 'ORGANIZATION' | 'WORKSPACE' | 'DEPLOYMENT';
  /** The Workspace or Deployment a scoped token belongs to (the Organization for an Organization token). */
  entityId: string;
}

export interface Caller {
  token: string;
  subject: SubjectProfile;
  issued?: IssuedToken;
}

/** One API version as the engine sees it: its document, validator and resources. */
export interface ApiModel {
  version: ApiVersion;
  document: OpenApiDocument;
  validator: SpecValidator;
  operations: readonly OperationModel[];
  resources: ResourceMap;
  organizationShape: OrganizationShape;
}

/** Everything a behaviour gets for one validated request. */
export interface RequestContext {
  api: ApiModel;
  operation: OperationModel;
  plan: OperationPlan;
  requestId: string;
  caller: Caller;
  subject: SubjectProfile;
  parameters: ParsedParameters;
  /** The parsed JSON body (already valid against the operation's schema) and its raw text. */
  body: unknown;
  rawBody: string;
  request: { path: string; accept?: string; userAgent: string; sourceIp: string };
  world: World;
  now(): Date;
  /** An injected `fail` fault: the resource this request creates or changes ends in its failed state. */
  failLifecycle: boolean;
}

export type Behaviour = (context: RequestContext) => Reply;
