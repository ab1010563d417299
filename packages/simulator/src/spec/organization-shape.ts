import { schemaShape, type OperationModel } from '@astro-api/openapi';
import { jsonSchemaOf } from '../engine/json-media.ts';

/** What a version's `Organization` schema shows: read from the spec, so both views follow it. */
export interface OrganizationShape {
  properties: string[];
  required: string[];
  /** The products whose plans this version lists (the enum of a product plan's `astronomerProduct`). */
  products: string[];
}

/** Reads the shape from the answer of `GetOrganization`, the one operation every version has. */
export function organizationShape(document: unknown, operations: readonly OperationModel[]): OrganizationShape {
  const get = operations.find((operation) => operation.operationId === 'GetOrganization');
  const schema = jsonSchemaOf(get);
  const organization = schemaShape(document, schema);
  if (!schema || organization.properties.size === 0) throw new Error('The document has no GetOrganization answering an Organization with properties');
  const plans = schemaShape(document, organization.properties.get('productPlans'));
  const product = schemaShape(document, schemaShape(document, plans.items).properties.get('astronomerProduct'));
  return {
    properties: [...organization.properties.keys()],
    required: organization.required,
    products: (product.enum ?? []).map(String),
  };
}
