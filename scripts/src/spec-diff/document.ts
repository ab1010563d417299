/** Entry point of the comparison of two bundled OpenAPI documents of one API version. */
import { createContext, report, sameJson, show, type DiffContext } from './context.ts';
import { diffOperations } from './operations.ts';
import { isObject } from './refs.ts';
import { diffSchema } from './schema.ts';
import { diffAnnotations } from './schema-keywords.ts';
import { diffSecuritySchemes, diffServers } from './security.ts';
import type { Change, Json } from './types.ts';

const schemaPointer = (name: string) => `#/components/schemas/${name.replace(/~/g, '~0').replace(/\//g, '~1')}`;

/**
 * Component schemas are exported by the client as named types, so removing one breaks importers and
 * adding one is a feature. Changes inside a schema that an operation reaches were already reported at
 * the operation; the others are compared on their own, in both directions.
 */
function diffComponentSchemas(context: DiffContext): void {
  const was = isObject(context.before.components) && isObject(context.before.components.schemas) ? context.before.components.schemas : {};
  const now = isObject(context.after.components) && isObject(context.after.components.schemas) ? context.after.components.schemas : {};
  for (const name of Object.keys(was)) {
    if (!(name in now)) report(context, `components.schemas.${name}`, 'breaking', 'schema-removed', 'schema removed', 'the client exports it as a named type');
  }
  for (const name of Object.keys(now)) {
    if (!(name in was)) {
      report(context, `components.schemas.${name}`, 'feature', 'schema-added', 'schema added');
      continue;
    }
    const pointer = schemaPointer(name);
    if (context.reachedBefore.has(pointer) || context.reachedAfter.has(pointer)) continue;
    diffSchema(context, { $ref: pointer }, { $ref: pointer }, `components.schemas.${name}`, 'both');
  }
}

function diffInfo(context: DiffContext): void {
  const [b, a] = [context.before, context.after];
  if (!sameJson(b.openapi, a.openapi)) report(context, 'openapi', 'patch', 'documentation', `OpenAPI version changed from ${show(b.openapi)} to ${show(a.openapi)}`);
  const [bInfo, aInfo] = [isObject(b.info) ? b.info : {}, isObject(a.info) ? a.info : {}];
  diffAnnotations(context, bInfo, aInfo, 'info', Object.keys({ ...bInfo, ...aInfo }).filter((key) => !key.startsWith('x-')));
  diffAnnotations(context, b, a, 'document', ['tags', 'externalDocs']);
}

/**
 * Compares two bundled documents. `null` stands for a version that does not exist on that side: every
 * operation is then added (a feature) or removed (breaking).
 */
export function diffDocuments(beforeDocument: Json | null, afterDocument: Json | null): Change[] {
  const empty: Json = { paths: {} };
  const context = createContext(beforeDocument ?? empty, afterDocument ?? empty);
  if (!beforeDocument && afterDocument) report(context, 'document', 'feature', 'api-version-added', 'API version added');
  if (beforeDocument && !afterDocument) report(context, 'document', 'breaking', 'api-version-removed', 'API version removed');
  diffOperations(context);
  if (!beforeDocument || !afterDocument) return context.changes;
  diffServers(context, context.before.servers, context.after.servers, 'server');
  const components = (document: Json) => (isObject(document.components) ? document.components : {});
  diffSecuritySchemes(context, components(context.before).securitySchemes, components(context.after).securitySchemes);
  diffComponentSchemas(context);
  diffInfo(context);
  if (!context.changes.length && !sameJson(beforeDocument, afterDocument)) {
    // Something the walkers do not model changed (an unused component, a path-level summary...).
    // It still changes the published bundle, so it is at least a patch.
    report(context, 'document', 'patch', 'other', 'the document changed outside the compared parts');
  }
  return context.changes;
}
