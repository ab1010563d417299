/** Security requirements, security schemes and servers. */
import { report, sameJson, show, type DiffContext } from './context.ts';
import { isObject } from './refs.ts';
import { diffAnnotations } from './schema-keywords.ts';
import type { Json } from './types.ts';

/** One alternative of a security requirement list, as text: `JWT[read write]`, or `anonymous` for `{}`. */
function requirementKey(requirement: unknown): string {
  const entries = Object.entries(isObject(requirement) ? requirement : {}).sort(([a], [b]) => a.localeCompare(b));
  if (!entries.length) return 'anonymous';
  return entries.map(([scheme, scopes]) => `${scheme}[${(Array.isArray(scopes) ? scopes.map(String).sort() : []).join(' ')}]`).join(' + ');
}

/** The alternatives a caller may satisfy; an absent or empty list means no authentication. */
function alternatives(security: unknown): Set<string> {
  const list = Array.isArray(security) ? security : [];
  return new Set(list.length ? list.map(requirementKey) : ['anonymous']);
}

/** `before`/`after` are the effective requirement lists (the operation's, else the document's). */
export function diffSecurity(context: DiffContext, before: unknown, after: unknown, operation: string): void {
  const [was, now] = [alternatives(before), alternatives(after)];
  const location = `${operation} security`;
  if (was.has('anonymous') && !now.has('anonymous')) {
    report(context, location, 'breaking', 'security-required', `authentication now required (${[...now].join(' or ')})`);
  }
  if (now.has('anonymous')) {
    if (!was.has('anonymous')) report(context, location, 'feature', 'security-optional', 'authentication no longer required');
    return;
  }
  for (const key of was) {
    if (key !== 'anonymous' && !now.has(key)) report(context, location, 'breaking', 'security-removed', `security requirement ${key} no longer accepted`);
  }
  for (const key of now) {
    if (!was.has(key) && !was.has('anonymous')) report(context, location, 'feature', 'security-added', `security requirement ${key} now accepted`);
  }
}

const SCHEME_CONTRACT = ['type', 'scheme', 'in', 'name', 'flows', 'openIdConnectUrl'];

export function diffSecuritySchemes(context: DiffContext, beforeNode: unknown, afterNode: unknown): void {
  const [was, now] = [isObject(beforeNode) ? beforeNode : {}, isObject(afterNode) ? afterNode : {}];
  for (const name of new Set([...Object.keys(was), ...Object.keys(now)])) {
    const location = `components.securitySchemes.${name}`;
    if (!(name in now)) report(context, location, 'breaking', 'security-scheme-removed', 'security scheme removed');
    else if (!(name in was)) report(context, location, 'feature', 'security-scheme-added', 'security scheme added');
    else {
      const [b, a] = [context.resolveBefore(was[name]).node, context.resolveAfter(now[name]).node];
      for (const key of SCHEME_CONTRACT) {
        if (!sameJson(b[key], a[key])) report(context, location, 'breaking', 'security-scheme-changed', `${key} changed from ${show(b[key])} to ${show(a[key])}`);
      }
      diffAnnotations(context, b, a, location, ['description', 'bearerFormat']);
    }
  }
}

function serverMap(servers: unknown): Map<string, Json> {
  return new Map((Array.isArray(servers) ? servers : []).filter(isObject).map((server) => [String(server.url), server]));
}

/** Servers are matched by URL template: a removed URL breaks callers that use it, a new one is a feature. */
export function diffServers(context: DiffContext, beforeNode: unknown, afterNode: unknown, location: string): void {
  const [was, now] = [serverMap(beforeNode), serverMap(afterNode)];
  for (const url of was.keys()) {
    if (!now.has(url)) report(context, `${location} ${url}`, 'breaking', 'server-removed', 'server removed');
  }
  for (const [url, server] of now) {
    const at = `${location} ${url}`;
    const previous = was.get(url);
    if (!previous) {
      report(context, at, 'feature', 'server-added', 'server added');
      continue;
    }
    diffAnnotations(context, previous, server, at, ['description']);
    const [bVars, aVars] = [isObject(previous.variables) ? previous.variables : {}, isObject(server.variables) ? server.variables : {}];
    for (const name of new Set([...Object.keys(bVars), ...Object.keys(aVars)])) {
      const [b, a] = [isObject(bVars[name]) ? bVars[name] : {}, isObject(aVars[name]) ? aVars[name] : {}];
      const [bEnum, aEnum] = [Array.isArray(b.enum) ? b.enum : [], Array.isArray(a.enum) ? a.enum : []];
      for (const value of bEnum) if (!aEnum.includes(value)) report(context, `${at} {${name}}`, 'breaking', 'server-variable-value-removed', `value ${show(value)} removed`);
      for (const value of aEnum) if (!bEnum.includes(value)) report(context, `${at} {${name}}`, 'feature', 'server-variable-value-added', `value ${show(value)} added`);
      // The default is what a client uses when the caller does not choose: changing it moves traffic.
      if (!sameJson(b.default, a.default)) report(context, `${at} {${name}}`, 'breaking', 'server-variable-default-changed', `default changed from ${show(b.default)} to ${show(a.default)}`);
      diffAnnotations(context, b, a, `${at} {${name}}`, ['description']);
    }
  }
}
