/**
 * Unpacks a generated operation table (`src/generated/<version>.operations.ts`; the format is described
 * in scripts/pack-operations.ts) into the operations the helpers and the transport work from.
 */

export interface Operation {
  id: string;
  group: string;
  name: string;
  method: string;
  /** The path template, `{organizationId}` included. */
  path: string;
  /** The path parameters the caller passes, in path order (the Organization comes from the client). */
  params: string[];
  /** Whether the path holds `{organizationId}`. */
  org: boolean;
  body: boolean;
  query: boolean;
  idempotent: boolean;
  /** What the success carries: `j` JSON, `e` nothing, `s` a byte stream. */
  kind: string;
  /** For walked lists: the property of a page that holds its items. */
  walks?: string;
  /** The largest page the spec allows, when it states one. */
  maxLimit?: number;
}

const METHODS: Record<string, string> = { G: 'GET', P: 'POST', D: 'DELETE', U: 'PUT', A: 'PATCH', H: 'HEAD', O: 'OPTIONS', T: 'TRACE' };
export const ORGANIZATION_PARAMETER = 'organizationId';
const cache = new Map<string, Operation[]>();
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** The operationId a helper's operation has unless the table says otherwise: deployments.list is ListDeployments, deployments.getLogs GetDeploymentLogs. */
export const usualOperationId = (group: string, name: string): string =>
  name === 'list' ? `List${capital(group)}` : name.replace(/^[a-z]+/, (verb) => capital(verb) + capital(group).replace(/s$/, ''));

export function unpack(table: string): Operation[] {
  let operations = cache.get(table);
  if (operations) return operations;
  let group = '';
  operations = table.split('\n').map((line) => {
    const [helper, flags, packed, ...more] = line.split(' ') as [string, string, string, ...string[]];
    const [name, ofGroup] = helper.split('.').reverse() as [string, string?];
    group = ofGroup ?? group;
    // The optional fields tell themselves apart by their first character.
    const [walks, maxLimit, id = usualOperationId(group, name)] = [/^[a-z]/, /^\d/, /^[A-Z]/].map((kind) => more.find((field) => kind.test(field)));
    const path = packed.replace(/^~/, `/organizations/{${ORGANIZATION_PARAMETER}}`);
    const params = [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
    return {
      id,
      group,
      name,
      method: METHODS[flags[0]!]!,
      path,
      params: params.filter((param) => param !== ORGANIZATION_PARAMETER),
      org: params.includes(ORGANIZATION_PARAMETER),
      body: flags.includes('b'),
      query: flags.includes('q'),
      idempotent: flags.includes('i'),
      kind: flags.includes('e') ? 'e' : flags.includes('s') ? 's' : 'j',
      ...(walks && { walks }),
      ...(maxLimit && { maxLimit: Number(maxLimit) }),
    };
  });
  cache.set(table, operations);
  return operations;
}
