import type { OpenApiDocument } from '@astro-api/openapi';
import { resolveRef } from './resolve-ref.ts';

/** What a version's `Organization` schema shows: read from the spec, so both views follow it. */
export interface OrganizationShape {
  properties: string[];
  required: string[];
  /** The `AstronomerProduct` enum: the products whose plans this version lists. */
  products: string[];
}

export function organizationShape(document: OpenApiDocument): OrganizationShape {
  const schemas = document.components.schemas ?? {};
  const organization = resolveRef<Record<string, any>>(document, schemas.Organization);
  const product = resolveRef<Record<string, any>>(document, schemas.AstronomerProduct);
  if (!organization?.properties) throw new Error('The document has no Organization schema with properties');
  return {
    properties: Object.keys(organization.properties),
    required: organization.required ?? [],
    products: product?.enum ?? [],
  };
}
