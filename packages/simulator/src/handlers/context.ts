import type { ApiVersion } from '@astro-api/openapi';
import type { OperationSpec } from '../spec/compile-api.ts';
import type { OrganizationShape } from '../spec/organization-shape.ts';
import type { Reply } from '../server/reply.ts';
import type { OrganizationStore } from '../store/organization-store.ts';
import type { SubjectProfile } from '../store/types.ts';
import type { ParsedParameters } from '../validation/validate-parameters.ts';

/** Everything a handler gets for one validated request. */
export interface OperationContext {
  version: ApiVersion;
  operation: OperationSpec;
  requestId: string;
  subject: SubjectProfile;
  parameters: ParsedParameters;
  /** The parsed JSON body (already valid against the operation's schema) and its raw text. */
  body: unknown;
  rawBody: string;
  request: { path: string; accept?: string; userAgent: string; sourceIp: string };
  store: OrganizationStore;
  shape: OrganizationShape;
  now(): Date;
}

export type OperationHandler = (context: OperationContext) => Reply;
