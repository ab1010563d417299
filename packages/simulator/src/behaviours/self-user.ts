/**
 * The caller's own user. Only a user's token has one (a JWT with a `sub` claim, as a personal
 * access token is): its claims give the profile, and the user's records in the populated
 * Organizations give its roles and pending invites.
 */
import type { Behaviour } from '../engine/context.ts';
import { answer } from '../engine/generic.ts';
import type { JsonRecord } from '../engine/record-store.ts';
import { concretePath } from '../engine/resources.ts';
import { ApiError } from '../server/api-error.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import { collectionOf } from './helpers.ts';

export const getSelfUser: Behaviour = (context) => {
  const subject = context.subject;
  if (subject.subjectType !== 'USER') {
    throw new ApiError(400, 'Only a user has a self user: call with a personal access token or a user JWT (with a sub claim), not an API token');
  }
  const memberships: { organizationId: string; user: JsonRecord }[] = [];
  const invites: JsonRecord[] = [];
  const [users, pending] = [collectionOf(context, 'userId'), collectionOf(context, 'inviteId')];
  for (const organizationId of context.world.populatedOrganizations) {
    const usersPath = concretePath(users.path, { organizationId });
    const user = context.world.records.get(usersPath, subject.id) ?? context.world.records.list(usersPath).find((record) => record.username === subject.username);
    if (user?.status === 'ACTIVE') memberships.push({ organizationId, user });
    for (const invite of context.world.records.list(concretePath(pending.path, { organizationId }))) {
      if (subject.username && invite.invitee?.username === subject.username) invites.push({ inviteId: invite.inviteId, organizationId, expiresAt: invite.expiresAt });
    }
  }
  const user = memberships[0]?.user;
  const roles = memberships.flatMap(({ organizationId, user: member }) => [
    ...(member.organizationRole ? [{ role: member.organizationRole, scope: { type: 'ORGANIZATION', entityId: organizationId } }] : []),
    ...(member.workspaceRoles ?? []).map((role: JsonRecord) => ({ role: role.role, scope: { type: 'WORKSPACE', entityId: role.workspaceId } })),
    ...(member.deploymentRoles ?? []).map((role: JsonRecord) => ({ role: role.role, scope: { type: 'DEPLOYMENT', entityId: role.deploymentId, deploymentId: role.deploymentId } })),
  ]);
  const joined = user?.createdAt ?? formatTimestamp(context.world.organizations.referenceTime.getTime());
  return answer(context, {
    id: subject.id,
    username: subject.username ?? user?.username ?? `${subject.id}@users.astro-api.example`,
    fullName: subject.fullName ?? user?.fullName ?? subject.username ?? subject.id,
    avatarUrl: subject.avatarUrl ?? user?.avatarUrl ?? '',
    createdAt: joined,
    updatedAt: user?.updatedAt ?? joined,
    status: 'ACTIVE',
    isIdpManaged: false,
    ...(memberships[0] && { organizationId: memberships[0].organizationId }),
    roles,
    invites,
    featureFlags: [],
  });
};
