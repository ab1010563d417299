/**
 * Requests for every operation of the v1 API, built from the operation model: the path filled with
 * ids of the populated Organization (live ones, so records created or deleted by earlier requests
 * count), the query from each parameter's schema, the body from the spec's example or sampled from
 * the body's schema, then often broken on purpose (a missing member, a wrong type, an inherited
 * name, a huge number, garbage bytes, a foreign or scoped token).
 */
import fc from 'fast-check';
import { loadOperations, loadSpec, schemaShape, type OperationModel } from '@astro-api/openapi';
import type { Simulator } from '../../src/index.ts';
import type { RawRequest } from '../support/raw-request.ts';

export const OPERATIONS = loadOperations('v1');
const document = loadSpec('v1');

/** Decisions drawn by fast-check; the request is built from them against the simulator's current state. */
export interface Plan {
  operation: number;
  /** `valid`: a request meant to succeed (real ids, a sampled body, a working token); `chaos`: anything goes. */
  mode: 'valid' | 'chaos';
  picks: number[];
  body: 'example' | 'sample' | 'broken' | 'garbage';
  breakage: number;
  query: 'valid' | 'invalid' | 'unknown';
  token: 'free' | 'user' | 'organization' | 'workspace' | 'deployment' | 'bad' | 'none';
}

export const planArbitrary: fc.Arbitrary<Plan> = fc.record({
  operation: fc.nat({ max: OPERATIONS.length - 1 }),
  mode: fc.constantFrom('valid', 'chaos'),
  picks: fc.array(fc.nat({ max: 1_000_000 }), { minLength: 24, maxLength: 24 }),
  body: fc.constantFrom('example', 'example', 'sample', 'sample', 'broken', 'garbage'),
  breakage: fc.nat({ max: 9 }),
  query: fc.constantFrom('valid', 'valid', 'valid', 'valid', 'invalid', 'unknown'),
  token: fc.constantFrom('free', 'free', 'free', 'free', 'user', 'organization', 'workspace', 'deployment', 'bad', 'none'),
});

/** A deterministic stream of choices from the plan's numbers. */
class Picker {
  #index = 0;
  constructor(private readonly numbers: number[]) {}
  next(): number {
    const value = this.numbers[this.#index % this.numbers.length]! + Math.floor(this.#index / this.numbers.length) * 7919;
    this.#index += 1;
    return value;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.next() % items.length]!;
  }
  chance(percent: number): boolean {
    return this.next() % 100 < percent;
  }
}

const ids = (simulator: Simulator, collection: string) => simulator.records.list(collection).map((record) => String(record.id ?? record.inviteId ?? record.userId));

/** Collections by the member that names their items (`memberIds` of a team request name users). */
const COLLECTIONS: Record<string, string> = {
  workspaceId: 'workspaces', deploymentId: 'deployments', clusterId: 'clusters', teamId: 'teams', userId: 'users', memberIds: 'users',
  tokenId: 'tokens', environmentObjectId: 'environment-objects', customRoleId: 'roles', allowedIpAddressRangeId: 'allowed-ip-address-ranges', inviteId: 'invites',
};

/** Ids a path parameter or a body member can name, read from the live store. */
function pool(simulator: Simulator, name: string, chosen: Record<string, string>): string[] {
  const organization = simulator.populated[0]!.organizationId;
  const base = `/organizations/${organization}`;
  switch (name) {
    case 'organizationId':
      return chosen.mode === 'valid' ? [organization] : [organization, organization, organization, simulator.store.all()[5]!.id];
    case 'deployId': {
      // Deploys made by the run can still be finalized: offer them more often than the seeded (deployed) ones.
      const deploys = simulator.records.list(`${base}/deployments/${chosen.deploymentId}/deploys`);
      const open = deploys.filter((deploy) => deploy.status === 'INITIALIZED').map((deploy) => String(deploy.id));
      return [...open, ...open, ...open, ...deploys.map((deploy) => String(deploy.id))];
    }
    case 'agentTokenId':
      return ids(simulator, `${base}/deployments/${chosen.deploymentId}/agent-tokens`);
    case 'memberId':
      return ids(simulator, `${base}/teams/${chosen.teamId}/members`);
    case 'tokenId': {
      // The seeded tokens authenticate the run: never rotate or delete them.
      const kept = new Set(Object.values(simulator.populated[0]!.tokens).map((token) => token.id));
      return ids(simulator, `${base}/tokens`).filter((id) => !kept.has(id));
    }
    default: {
      const collection = COLLECTIONS[name] ?? COLLECTIONS[name.replace(/s$/, '')];
      if (!collection) return [];
      // The seeded records (of every kind: the development Deployment, the team with members...) come up
      // more often than the many the run creates, so that operations needing them keep being reached.
      const all = ids(simulator, `${base}/${collection}`);
      const seeded = new Set(JSON.stringify(simulator.populated[0]).match(/c[0-9a-z]{24}/g));
      const kept = all.filter((id) => seeded.has(id));
      return [...kept, ...kept, ...kept, ...all];
    }
  }
}

const PERMISSIONS = [...new Set(OPERATIONS.flatMap((operation) => operation.permissions))];
const WORDS = ['etl', 'reporting', 'ml', 'sandbox', 'prod', 'staging', 'nightly'];

/** A value valid for a schema (required members always, optional ones sometimes), with realistic ids. */
function sample(schema: unknown, picker: Picker, simulator: Simulator, chosen: Record<string, string>, name = '', depth = 0): unknown {
  const shape = schemaShape(document, schema);
  if (shape.union) {
    const [tag, branch] = picker.pick([...shape.union.branches]);
    const value = sample(branch, picker, simulator, chosen, name, depth) as Record<string, unknown>;
    return { ...value, [shape.union.propertyName]: tag };
  }
  if (shape.enum) return picker.pick(shape.enum);
  const type = shape.types.find((candidate) => candidate !== 'null') ?? (shape.properties.size ? 'object' : 'string');
  const known = pool(simulator, name, chosen);
  switch (type) {
    case 'object': {
      const value: Record<string, unknown> = {};
      if (depth > 3) return value;
      for (const [member, memberSchema] of shape.properties) {
        if (shape.required.includes(member) || picker.chance(35)) value[member] = sample(memberSchema, picker, simulator, chosen, member, depth + 1);
      }
      return withScopedEntity(value, picker, simulator, chosen);
    }
    case 'array': {
      const count = Math.max(shape.required.length ? 1 : 0, picker.next() % 3, (schemaShape(document, schema).node.minItems as number | undefined) ?? 0);
      return Array.from({ length: count }, () => sample(shape.items, picker, simulator, chosen, name.replace(/s$/, ''), depth + 1));
    }
    case 'boolean':
      return picker.chance(50);
    case 'integer':
    case 'number': {
      const min = shape.minimum ?? 0;
      const max = shape.maximum ?? min + 40;
      return min + (picker.next() % (max - min + 1));
    }
    default:
      if (known.length && picker.chance(90)) return picker.pick(known);
      if (shape.format === 'date-time') return new Date(Date.now() + (1 + (picker.next() % 500)) * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
      if (/ipAddressRange/.test(name)) return `${10 + (picker.next() % 200)}.${picker.next() % 256}.${picker.next() % 256}.0/24`;
      if (/[eE]mail/.test(name)) return `user${picker.next() % 1000}@fuzz.example`;
      if (name === 'permission' || name === 'permissions') return picker.pick(PERMISSIONS);
      if (name === 'organizationRole') return picker.pick(['ORGANIZATION_MEMBER', 'ORGANIZATION_OWNER', 'ORGANIZATION_BILLING_ADMIN']);
      if (/dagTarballVersion/.test(name)) return 'unknown-version';
      return `${picker.pick(WORDS)}-${picker.next() % 1000}`;
  }
}

/** An object naming a scope and its entity gets an entity of that scope (`{scope: 'DEPLOYMENT', scopeEntityId}`). */
function withScopedEntity(value: Record<string, unknown>, picker: Picker, simulator: Simulator, chosen: Record<string, string>): Record<string, unknown> {
  const member = 'scopeEntityId' in value ? 'scopeEntityId' : 'entityId' in value ? 'entityId' : undefined;
  const scope = value.scope ?? value.entityType;
  if (!member || (scope !== 'WORKSPACE' && scope !== 'DEPLOYMENT')) return value;
  const known = pool(simulator, scope === 'WORKSPACE' ? 'workspaceId' : 'deploymentId', chosen);
  return known.length ? { ...value, [member]: picker.pick(known) } : value;
}

/** The example's ids replaced by live ones of the same kind, member by member. */
function withLiveIds(value: unknown, picker: Picker, simulator: Simulator, chosen: Record<string, string>, name = ''): unknown {
  if (Array.isArray(value)) return value.map((item) => withLiveIds(item, picker, simulator, chosen, name.replace(/s$/, '')));
  if (value && typeof value === 'object') {
    const replaced = Object.fromEntries(Object.entries(value).map(([member, item]) => [member, withLiveIds(item, picker, simulator, chosen, member)]));
    return withScopedEntity(replaced, picker, simulator, chosen);
  }
  if (typeof value === 'string' && /Ids?$/.test(name)) {
    const known = pool(simulator, name, chosen);
    if (known.length) return picker.pick(known);
  }
  return value;
}

function breakBody(body: unknown, picker: Picker, breakage: number): unknown {
  const object = body && typeof body === 'object' && !Array.isArray(body) ? { ...(body as Record<string, unknown>) } : {};
  const members = Object.keys(object);
  const member = members.length ? picker.pick(members) : 'name';
  switch (breakage) {
    case 0:
      delete object[member];
      return object;
    case 1:
      return { ...object, [member]: picker.pick([42, true, null, [], {}, 'text']) };
    case 2:
      return { ...object, [picker.pick(['constructor', '__proto__', 'toString', 'colour'])]: { injected: true } };
    case 3:
      return { ...object, [member]: 99999999999999999999 };
    case 4:
      return { ...object, [member]: '2026-06-30T23:59:60Z' };
    case 5:
      return picker.pick([[], 'string', 0, null]);
    case 6:
      return { ...object, [member]: 'x'.repeat(5000) };
    default:
      return object;
  }
}

function queryValue(schema: unknown, picker: Picker, simulator: Simulator, chosen: Record<string, string>, name: string): string[] {
  const shape = schemaShape(document, schema);
  if (shape.types.includes('array')) {
    const items = schemaShape(document, shape.items);
    return Array.from({ length: 1 + (picker.next() % 2) }, () => String(items.enum ? picker.pick(items.enum) : sample(shape.items, picker, simulator, chosen, name)));
  }
  if (name === 'limit') return [String(picker.next() % 50)];
  if (name === 'offset') return [String(picker.next() % 10)];
  if (shape.format === 'date-time') return [new Date(Date.parse('2026-05-01T00:00:00Z') + (picker.next() % 60) * 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z')];
  return [String(sample(schema, picker, simulator, chosen, name))];
}

const INVALID_QUERY = ['-1', '1.5', 'abc', '99999999999999999999', '', '%zz', '2026-13-01T00:00:00Z', 'true', 'NOPE'];

const userToken = (sub: string) => {
  const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${encode({ alg: 'none', typ: 'JWT' })}.${encode({ sub, email: 'fuzz.user@acme.example', name: 'Fuzz User' })}.signature`;
};

export interface BuiltRequest {
  operation: OperationModel;
  request: RawRequest;
}

export function buildRequest(plan: Plan, simulator: Simulator): BuiltRequest {
  const operation = OPERATIONS[plan.operation]!;
  const picker = new Picker(plan.picks);
  const valid = plan.mode === 'valid';
  const chosen: Record<string, string> = { mode: plan.mode };
  // Seeded records stay (deleting them would starve the operations that need them); records made by the run may go.
  const seeded = new Set(JSON.stringify(simulator.populated[0]).match(/c[0-9a-z]{24}/g));
  for (const parameter of operation.pathParams) {
    const all = pool(simulator, parameter.name, chosen);
    const deletesIt = operation.method === 'DELETE' && operation.path.endsWith(`{${parameter.name}}`) && parameter.name !== 'memberId';
    const known = deletesIt ? all.filter((id) => !seeded.has(id)) : all;
    chosen[parameter.name] = known.length && (valid || !picker.chance(8)) ? picker.pick(known) : picker.pick(['cunknown00000000000000000', 'x', '%E2%9C%93', '%20', 'a%2Fb']);
  }
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => (/%/.test(chosen[name]!) ? chosen[name]! : encodeURIComponent(chosen[name]!)));

  const query = new URLSearchParams();
  for (const parameter of operation.query) {
    if (!parameter.required && !picker.chance(35)) continue;
    const values = !valid && plan.query === 'invalid' && picker.chance(50) ? [picker.pick(INVALID_QUERY)] : queryValue(parameter.schema, picker, simulator, chosen, parameter.name);
    for (const value of values) query.append(parameter.name, value);
  }
  if (!valid && plan.query === 'unknown') query.append(picker.pick(['colour', 'constructor', 'pageSize', 'supportPlan']), 'x');
  const search = query.toString().replace(/%25(?=[0-9A-Fa-f]{2}|zz)/g, '%');

  let body: string | Buffer | undefined;
  if (operation.requestBody) {
    const media = operation.requestBody.content[0]!;
    const example = media.examples[0]?.value;
    let value: unknown;
    if (plan.body === 'example' && example !== undefined) value = withLiveIds(example, picker, simulator, chosen);
    else value = sample(media.schema, picker, simulator, chosen);
    if (!valid && plan.body === 'broken') value = breakBody(value, picker, plan.breakage);
    body = !valid && plan.body === 'garbage' ? picker.pick([Buffer.from([0xff, 0xfe, 0x00]), '{"name":', 'not json', '']) : JSON.stringify(value);
  } else if (!valid && plan.body === 'garbage' && picker.chance(30)) {
    body = '{"unexpected":true}';
  }

  const tokens = simulator.populated[0]!.tokens;
  const authorization = {
    free: 'Bearer fuzz-token-0123456789',
    user: `Bearer ${userToken(simulator.populated[0]!.users[2]!)}`,
    organization: `Bearer ${tokens.organization.token}`,
    workspace: `Bearer ${tokens.workspace.token}`,
    deployment: `Bearer ${tokens.deployment.token}`,
    bad: picker.pick(['Basic dXNlcg==', 'Bearer ', 'Bearer a{b}', `Bearer ${tokens.organization.token.slice(0, -4)}abcd`]),
    none: undefined,
  }[valid ? (operation.operationId === 'GetSelfUser' ? 'user' : picker.pick(['free', 'free', 'organization'] as const)) : plan.token];
  const headers: Record<string, string> = { 'content-type': !valid && plan.body === 'garbage' && picker.chance(30) ? 'text/plain' : 'application/json' };
  if (authorization) headers.authorization = authorization;
  return { operation, request: { method: operation.method, path: `/v1${path}${search ? `?${search}` : ''}`, headers, body } };
}
