/** Shared vocabulary of the spec diff. */

export type Json = Record<string, unknown>;

/**
 * How a change affects consumers of the client and of the published bundles:
 *   breaking  code that worked (or compiled) against the old spec may fail against the new one
 *   feature   the contract grew or relaxed without breaking anyone (new operation, field, accepted value)
 *   patch     documentation only: descriptions, summaries, examples, tags, info
 */
export type ChangeLevel = 'breaking' | 'feature' | 'patch';

export const LEVEL_ORDER: readonly ChangeLevel[] = ['patch', 'feature', 'breaking'];

/**
 * Which side produces the data a schema describes. Requests are written by the client and read by the
 * server, so narrowing what is accepted breaks callers; responses are written by the server and read by
 * the client, so widening what may be sent breaks readers. `both` is used for component schemas that
 * no operation reaches (they are still exported as types), where a change in either sense is breaking.
 */
export type Direction = 'request' | 'response' | 'both';

export interface Change {
  /** Where the change is, e.g. `GET /organizations query.limit` or `components.schemas.Organization.status`. */
  location: string;
  level: ChangeLevel;
  /** Stable identifier of the rule that classified the change, e.g. `request.limit-narrowed`. */
  rule: string;
  /** What changed, in words, with the old and new values when they are short. */
  message: string;
  /** Why a change is classified the way it is, when that is not self-evident. */
  note?: string;
}

export function highestLevel(changes: readonly { level: ChangeLevel }[]): ChangeLevel | null {
  let highest = -1;
  for (const change of changes) highest = Math.max(highest, LEVEL_ORDER.indexOf(change.level));
  return highest < 0 ? null : LEVEL_ORDER[highest]!;
}
