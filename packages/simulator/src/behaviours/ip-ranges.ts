/**
 * Allowed IP address ranges: each must be an IPv4 or IPv6 address or CIDR range, and appear once.
 * Bulk create adds all or none (409 when one is already there); bulk delete removes all or none
 * (404 naming an unknown id). The Organization's `hasAllowedIpAddressRanges` follows what is left.
 */
import { isIP } from 'node:net';
import type { Behaviour, RequestContext } from '../engine/context.ts';
import { GENERIC, answer, createRecord } from '../engine/generic.ts';
import { notFound, requireParents } from '../engine/locate.ts';
import { concretePath } from '../engine/resources.ts';
import { ApiError } from '../server/api-error.ts';
import { body, collectionOf, fieldError } from './helpers.ts';

export function isIpRange(text: string): boolean {
  const [address, prefix, ...rest] = text.split('/');
  const version = isIP(address ?? '');
  if (!version || rest.length) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

const rangesPath = (context: RequestContext) => concretePath(collectionOf(context, 'allowedIpAddressRangeId').path, context.parameters.path);

function syncOrganizationFlag(context: RequestContext): void {
  const organization = context.world.organizations.get(context.parameters.path.organizationId!);
  if (organization) organization.hasAllowedIpAddressRanges = context.world.records.size(rangesPath(context)) > 0;
}

/** Checks new ranges: valid, not repeated, not there yet (`conflict` is the status for an existing one). */
function checkNewRanges(context: RequestContext, ranges: readonly string[], field: (index: number) => string, conflict: number): void {
  const existing = new Set(context.world.records.list(rangesPath(context)).map((record) => record.ipAddressRange));
  const seen = new Set<string>();
  ranges.forEach((range, index) => {
    if (!isIpRange(range)) throw fieldError(field(index), `${range} is not an IP address or CIDR range such as 203.0.113.0/24`, 'format');
    if (seen.has(range)) throw fieldError(field(index), `${range} is given twice`);
    if (existing.has(range)) throw new ApiError(conflict, `${range} is already an allowed IP address range`);
    seen.add(range);
  });
}

export const createIpRange: Behaviour = (context) => {
  checkNewRanges(context, [body(context).ipAddressRange], () => 'ipAddressRange', 400);
  const record = createRecord(context);
  syncOrganizationFlag(context);
  return answer(context, record);
};

export const deleteIpRange: Behaviour = (context) => {
  const reply = GENERIC.delete!(context);
  syncOrganizationFlag(context);
  return reply;
};

export const bulkCreateIpRanges: Behaviour = (context) => {
  const ranges: string[] = body(context).allowedIpAddressRanges;
  checkNewRanges(context, ranges, (index) => `allowedIpAddressRanges[${index}]`, 409);
  const collection = collectionOf(context, 'allowedIpAddressRangeId');
  const created = ranges.map((ipAddressRange) => createRecord(context, { input: { ipAddressRange } }, collection));
  syncOrganizationFlag(context);
  return answer(context, { allowedIpAddressRanges: created });
};

export const bulkDeleteIpRanges: Behaviour = (context) => {
  const ids: string[] = body(context).allowedIpAddressRangeIds;
  requireParents(context, collectionOf(context, 'allowedIpAddressRangeId'));
  const path = rangesPath(context);
  const missing = ids.find((id) => !context.world.records.get(path, id));
  if (missing !== undefined) throw notFound('AllowedIpAddressRange', missing);
  for (const id of ids) context.world.records.delete(path, id);
  syncOrganizationFlag(context);
  return answer(context, undefined);
};
