/** Parameters of one operation, matched by location and name (path parameters by position). */
import { diffContent } from './content.ts';
import { report, sameJson, type DiffContext } from './context.ts';
import { isObject } from './refs.ts';
import { diffSchema } from './schema.ts';
import { diffAnnotations } from './schema-keywords.ts';
import type { Json } from './types.ts';

const SERIALIZATION = ['style', 'explode', 'allowReserved', 'allowEmptyValue'];

interface Parameter {
  key: string;
  name: string;
  in: string;
  node: Json;
}

/** Path-level parameters overridden by operation-level ones with the same location and name. */
function effectiveParameters(resolve: (node: unknown) => { node: Json }, path: string, shared: unknown, own: unknown): Map<string, Parameter> {
  const templateNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const result = new Map<string, Parameter>();
  for (const list of [shared, own]) {
    for (const raw of Array.isArray(list) ? list : []) {
      const node = resolve(raw).node;
      const location = String(node.in);
      const name = String(node.name);
      // Renaming `{id}` to `{organizationId}` changes nothing on the wire, so path parameters are
      // matched by their position in the template; header names are case-insensitive.
      const key =
        location === 'path' && templateNames.includes(name)
          ? `path:#${templateNames.indexOf(name)}`
          : `${location}:${location === 'header' ? name.toLowerCase() : name}`;
      result.set(key, { key, name, in: location, node });
    }
  }
  return result;
}

export interface OperationSide {
  path: string;
  pathItem: Json;
  operation: Json;
}

export function diffParameters(context: DiffContext, before: OperationSide, after: OperationSide, operation: string): void {
  const was = effectiveParameters(context.resolveBefore, before.path, before.pathItem.parameters, before.operation.parameters);
  const now = effectiveParameters(context.resolveAfter, after.path, after.pathItem.parameters, after.operation.parameters);
  const removed = [...was.values()].filter((parameter) => !now.has(parameter.key));
  const added = [...now.values()].filter((parameter) => !was.has(parameter.key));
  for (const parameter of removed) {
    const moved = added.find((candidate) => candidate.name === parameter.name);
    if (moved) {
      added.splice(added.indexOf(moved), 1);
      report(context, `${operation} ${moved.in}.${moved.name}`, 'breaking', 'parameter-moved', `parameter moved from ${parameter.in} to ${moved.in}`);
    } else {
      report(context, `${operation} ${parameter.in}.${parameter.name}`, 'breaking', 'parameter-removed', 'parameter removed');
    }
  }
  for (const parameter of added) {
    const required = parameter.node.required === true;
    report(context, `${operation} ${parameter.in}.${parameter.name}`, required ? 'breaking' : 'feature', required ? 'parameter-added-required' : 'parameter-added', `${required ? 'required' : 'optional'} parameter added`);
  }
  for (const [key, parameter] of now) {
    const previous = was.get(key);
    if (!previous) continue;
    const location = `${operation} ${parameter.in}.${parameter.name}`;
    const [b, a] = [previous.node, parameter.node];
    if (b.required !== true && a.required === true) report(context, location, 'breaking', 'parameter-required', 'parameter is now required');
    if (b.required === true && a.required !== true) report(context, location, 'feature', 'parameter-optional', 'parameter is no longer required');
    for (const keyword of SERIALIZATION) {
      if (!sameJson(b[keyword], a[keyword])) {
        report(context, location, 'breaking', 'parameter-serialization-changed', `${keyword} changed from ${JSON.stringify(b[keyword])} to ${JSON.stringify(a[keyword])}`);
      }
    }
    if (b.deprecated !== a.deprecated) {
      report(context, location, 'feature', a.deprecated === true ? 'deprecated' : 'undeprecated', a.deprecated === true ? 'marked deprecated' : 'no longer deprecated');
    }
    diffAnnotations(context, b, a, location, ['description', 'example', 'examples']);
    if (b.schema !== undefined || a.schema !== undefined) diffSchema(context, b.schema ?? {}, a.schema ?? {}, location, 'request');
    if (isObject(b.content) || isObject(a.content)) diffContent(context, isObject(b.content) ? b.content : {}, isObject(a.content) ? a.content : {}, location, 'request');
  }
}
