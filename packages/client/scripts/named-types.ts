/**
 * Names that an editor keeps. openapi-typescript's root aliases (`type Deployment =
 * components['schemas']['Deployment']`) point at anonymous object types, so a hover shows the whole
 * object instead of `Deployment`. TypeScript always shows an interface by its name, so object schemas
 * become interfaces over the same members, and a union schema becomes a union of those interfaces:
 * the types stay structurally the same, only their names survive.
 */

type JsonObject = Record<string, any>;

/** The named-type declaration of one component schema, or undefined to keep openapi-typescript's alias. */
export function schemaDeclaration(name: string, schema: JsonObject, componentName: (node: unknown) => string | undefined): string | undefined {
  const members = (schema.oneOf ?? schema.anyOf) as unknown[] | undefined;
  if (members) {
    const names = members.map(componentName);
    return names.every(Boolean) ? `export type ${name} = ${names.join(' | ')};` : undefined;
  }
  if (schema.allOf || !(schema.type === 'object' || (schema.properties && schema.type === undefined))) return;
  return `export interface ${name} extends Schema<'${name}'> {}`;
}

/** Rewrites the root aliases of openapi-typescript's output for the schemas that get a named type. */
export function nameRootTypes(types: string, schemas: Record<string, JsonObject>, componentName: (node: unknown) => string | undefined): string {
  let rewritten = types;
  for (const [name, schema] of Object.entries(schemas)) {
    const declaration = schemaDeclaration(name, schema, componentName);
    const alias = `export type ${name} = components['schemas']['${name}'];`;
    if (!declaration) continue;
    if (!rewritten.includes(alias)) throw new Error(`openapi-typescript did not write the root alias of ${name}; its output changed`);
    rewritten = rewritten.replace(alias, declaration);
  }
  return `${rewritten}/** One component schema's members, for the interfaces above. */\ntype Schema<Name extends keyof components['schemas']> = components['schemas'][Name];\n`;
}
