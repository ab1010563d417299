/**
 * Each schema family of v1 refuses what the API refuses: a missing required field, an unknown enum
 * value, a string over its maxLength and a null where null is not allowed. The baselines are the spec's
 * own named examples, so each case changes exactly one thing in an otherwise valid value.
 */
import { describe, expect, it } from 'vitest';
import { createSpecValidator, loadOperations } from '../src/index.ts';

const validator = createSpecValidator('v1');
const operations = loadOperations('v1');

/** The first named example of an operation's request body, or of its success response. */
function example(operationId: string, where: 'request' | 'response'): Record<string, any> {
  const operation = operations.find((candidate) => candidate.operationId === operationId)!;
  const media = where === 'request' ? operation.requestBody!.content[0]! : operation.success.content[0]!;
  return structuredClone(media.examples[0]!.value) as Record<string, any>;
}

interface Family {
  schema: string;
  baseline: Record<string, any>;
  missing: string;
  badEnum?: [field: string, value: string];
  tooLong?: [field: string, maxLength: number];
  notNull: string;
}

const FAMILIES: Family[] = [
  { schema: 'CreateDeploymentRequest', baseline: example('CreateDeployment', 'request'), missing: 'workspaceId', badEnum: ['executor', 'LOCAL'], tooLong: ['name', 500], notNull: 'name' },
  { schema: 'UpdateDeploymentRequest', baseline: example('UpdateDeployment', 'request'), missing: 'schedulerSize', badEnum: ['schedulerSize', 'HUGE'], tooLong: ['description', 1000], notNull: 'isCicdEnforced' },
  { schema: 'Deployment', baseline: example('GetDeployment', 'response'), missing: 'status', badEnum: ['status', 'RUNNING'], notNull: 'workspaceId' },
  { schema: 'CreateClusterRequest', baseline: example('CreateCluster', 'request'), missing: 'vpcSubnetRange', badEnum: ['type', 'SHARED'], notNull: 'region' },
  { schema: 'CreateDeployRequest', baseline: example('CreateDeploy', 'request'), missing: 'type', badEnum: ['type', 'ZIP'], tooLong: ['description', 500], notNull: 'type' },
  { schema: 'CreateWorkspaceRequest', baseline: example('CreateWorkspace', 'request'), missing: 'name', badEnum: ['defaultCloudProvider', 'IBM'], tooLong: ['name', 50], notNull: 'name' },
  { schema: 'UpdateApiTokenRequest', baseline: example('UpdateApiToken', 'request'), missing: 'name', tooLong: ['name', 256], notNull: 'description' },
  { schema: 'CreateApiTokenRequest', baseline: example('CreateApiToken', 'request'), missing: 'scope', badEnum: ['scope', 'TEAM'], notNull: 'role' },
  { schema: 'CreateEnvironmentObjectRequest', baseline: example('CreateEnvironmentObject', 'request'), missing: 'objectKey', badEnum: ['objectType', 'SECRET'], tooLong: ['description', 500], notNull: 'scopeEntityId' },
  { schema: 'CreateTeamRequest', baseline: example('CreateTeam', 'request'), missing: 'name', badEnum: ['organizationRole', 'ORGANIZATION_ADMIN'], notNull: 'name' },
  { schema: 'CreateUserInviteRequest', baseline: example('CreateUserInvite', 'request'), missing: 'inviteeEmail', badEnum: ['role', 'WORKSPACE_OWNER'], notNull: 'inviteeEmail' },
  { schema: 'CreateCustomRoleRequest', baseline: example('CreateCustomRole', 'request'), missing: 'permissions', badEnum: ['scopeType', 'ORGANIZATION'], notNull: 'name' },
  { schema: 'CreateAllowedIpAddressRangeRequest', baseline: example('CreateAllowedIpAddressRange', 'request'), missing: 'ipAddressRange', notNull: 'ipAddressRange' },
];

const at = (schema: string) => `#/components/schemas/${schema}`;

const check = (family: Family, value: unknown) => validator.validate(at(family.schema), value);
const each = <T>(pick: (family: Family) => T | undefined) =>
  FAMILIES.flatMap((family) => (pick(family) === undefined ? [] : [[family.schema, family, pick(family)!] as const]));

describe('every family accepts its baseline, the spec’s own example', () => {
  it.each(each(() => true))('%s', (_name, family) => {
    expect(check(family, family.baseline)).toEqual([]);
  });
});

describe('a missing required field', () => {
  it.each(each((family) => family.missing))('%s without %s', (_name, family, field) => {
    const { [field]: removed, ...rest } = family.baseline;
    expect(removed, 'the baseline sets the field').not.toBeUndefined();
    expect(check(family, rest)).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: field } }));
  });
});

describe('an unknown enum value', () => {
  it.each(each((family) => family.badEnum))('%s with %j', (_name, family, [field, value]) => {
    expect(check(family, { ...family.baseline, [field]: value })).toContainEqual(expect.objectContaining({ instancePath: `/${field}`, keyword: 'enum' }));
  });
});

describe('a string over its maxLength (and the same string at the limit)', () => {
  it.each(each((family) => family.tooLong))('%s %j', (_name, family, [field, maxLength]) => {
    expect(check(family, { ...family.baseline, [field]: 'x'.repeat(maxLength + 1) })).toContainEqual(expect.objectContaining({ instancePath: `/${field}`, keyword: 'maxLength' }));
    expect(check(family, { ...family.baseline, [field]: 'x'.repeat(maxLength) })).toEqual([]);
  });
});

describe('null where null is not allowed', () => {
  it.each(each((family) => family.notNull))('%s %s: null', (_name, family, field) => {
    expect(check(family, { ...family.baseline, [field]: null })).toContainEqual(expect.objectContaining({ instancePath: `/${field}`, keyword: 'type' }));
  });
});

describe('nullable fields accept null, and only there', () => {
  const override = (value: unknown) => validator.validate(at('OverrideDeploymentHibernationBody'), value);

  it('a hibernation override may send isHibernating and overrideUntil as null', () => {
    expect(override({ isHibernating: null, overrideUntil: null })).toEqual([]);
    expect(override({ isHibernating: true, overrideUntil: '2025-06-18T14:02:51Z' })).toEqual([]);
  });

  it('but still requires isHibernating and a real date-time', () => {
    expect(override({ overrideUntil: null })).toContainEqual(expect.objectContaining({ keyword: 'required', params: { missingProperty: 'isHibernating' } }));
    expect(override({ isHibernating: true, overrideUntil: 'tomorrow' })).toContainEqual(expect.objectContaining({ instancePath: '/overrideUntil', keyword: 'format' }));
  });
});

describe('the unions pick one variant by their discriminator', () => {
  it('a Deployment body of an unknown type matches no variant', () => {
    const body = { ...example('CreateDeployment', 'request'), type: 'SERVERLESS' };
    expect(validator.validate(at('CreateDeploymentRequest'), body)).toContainEqual(expect.objectContaining({ keyword: 'oneOf' }));
  });

  it('a hybrid cluster update without its clusterType matches no variant', () => {
    const { clusterType: _removed, ...body } = { clusterType: 'HYBRID', workerQueues: [] } as Record<string, unknown>;
    expect(validator.validate(at('UpdateClusterRequest'), body)).toContainEqual(expect.objectContaining({ keyword: 'oneOf' }));
  });
});
