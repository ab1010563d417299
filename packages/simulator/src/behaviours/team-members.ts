/**
 * Team membership: members are users of the Organization, kept under their team by user id (so
 * listing and removing them is the engine's work). A team can be created with members; a user's
 * teams are the teams that hold them.
 */
import type { Behaviour, RequestContext } from '../engine/context.ts';
import { answer, createRecord, listRecords } from '../engine/generic.ts';
import { lookUpReference, notFound } from '../engine/locate.ts';
import type { JsonRecord } from '../engine/record-store.ts';
import { concretePath } from '../engine/resources.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import { body, collectionOf, itemNamedBy } from './helpers.ts';

function requireUsers(context: RequestContext, ids: readonly string[]): JsonRecord[] {
  return ids.map((id) => {
    const user = lookUpReference(context, 'userId', id);
    if (!user) throw notFound('User', id);
    return user;
  });
}

/** Adds users to a team's members (a user already there stays as they are). */
function addMembers(context: RequestContext, teamId: string, users: readonly JsonRecord[]): void {
  const members = collectionOf(context, 'memberId');
  const path = concretePath(members.path, { ...context.parameters.path, teamId });
  const now = formatTimestamp(context.now().getTime());
  for (const user of users) {
    if (context.world.records.get(path, user.id)) continue;
    const member: JsonRecord = { userId: user.id, username: user.username, fullName: user.fullName, avatarUrl: user.avatarUrl, createdAt: now };
    for (const key of Object.keys(member)) if (member[key] === undefined) delete member[key];
    context.world.records.put(path, user.id, member);
  }
}

export const createTeam: Behaviour = (context) => {
  const request = body(context);
  const users = requireUsers(context, request.memberIds ?? []);
  const team = createRecord(context, { input: { ...request, organizationRole: request.organizationRole ?? 'ORGANIZATION_MEMBER', isIdpManaged: false, rolesCount: 0 } });
  addMembers(context, team.id, users);
  return answer(context, team);
};

export const addTeamMembers: Behaviour = (context) => {
  const { id } = itemNamedBy(context, 'teamId');
  addMembers(context, id, requireUsers(context, body(context).memberIds));
  return answer(context, undefined);
};

export const listUserTeams: Behaviour = (context) => {
  const { id: userId } = itemNamedBy(context, 'userId');
  const teams = collectionOf(context, 'teamId');
  const members = collectionOf(context, 'memberId');
  const all = context.world.records.list(concretePath(teams.path, context.parameters.path));
  const held = all.filter((team) => context.world.records.get(concretePath(members.path, { ...context.parameters.path, teamId: team.id }), userId));
  return listRecords(context, { records: held });
};
