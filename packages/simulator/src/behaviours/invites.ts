/**
 * Invites: inviting an email address adds a PENDING user with the invited role to the
 * Organization, and the invite (valid 7 days) names that user; deleting the invite removes that
 * user again while still pending. Inviting a current member is a 400.
 */
import type { Behaviour } from '../engine/context.ts';
import { answer, createRecord, deleteRecord } from '../engine/generic.ts';
import { requireItem } from '../engine/locate.ts';
import { concretePath } from '../engine/resources.ts';
import { ApiError } from '../server/api-error.ts';
import { formatTimestamp } from '../store/timestamps.ts';
import { body, collectionOf } from './helpers.ts';

const INVITE_DAYS = 7;

export const createUserInvite: Behaviour = (context) => {
  const { inviteeEmail, role } = body(context);
  const users = collectionOf(context, 'userId');
  const path = concretePath(users.path, context.parameters.path);
  const existing = context.world.records.list(path).find((user) => String(user.username).toLowerCase() === String(inviteeEmail).toLowerCase());
  if (existing && existing.status !== 'PENDING') throw new ApiError(400, `${inviteeEmail} is already a member of the Organization (user ${existing.id})`);
  const nowMs = context.now().getTime();
  const user =
    existing ??
    createRecord(context, { input: { username: inviteeEmail, fullName: String(inviteeEmail).split('@')[0], avatarUrl: '', status: 'PENDING', organizationRole: role } }, users);
  const invite = createRecord(context, {
    input: {
      expiresAt: formatTimestamp(nowMs + INVITE_DAYS * 86_400_000),
      invitee: { id: user.id, subjectType: 'USER', username: inviteeEmail },
      inviter: { ...context.subject },
      userId: user.id,
    },
  });
  return answer(context, invite);
};

export const deleteUserInvite: Behaviour = (context) => {
  const item = requireItem(context);
  deleteRecord(context, item);
  const users = concretePath(collectionOf(context, 'userId').path, context.parameters.path);
  if (context.world.records.get(users, item.record.userId)?.status === 'PENDING') context.world.records.delete(users, item.record.userId);
  return answer(context, undefined);
};
