/**
 * `waitForStatus` on the groups whose resources move through statuses (Deployments, Clusters, Deploys):
 * polls the group's `get` until the resource reaches one of the wanted statuses. An overall deadline,
 * abort, a gap that grows by half each poll up to 30 s, a grace period for the 404 that may follow a
 * create, and `failOn` statuses that end the wait early. Polls go through the client's transport, so
 * they are paced and retried like any call.
 */
import { optionsObject, show } from '../client/checks.ts';
import { whole } from '../client/options.ts';
import { AstroApiError, AstroInputError, AstroWaitError } from '../errors.ts';
import { follow, sleep } from '../http/abortable.ts';
import { scrubDeep, type Redactor } from '../redact.ts';
import { rememberUrlCredential } from './signed-url.ts';

export interface WaitOptions<Status extends string = string> {
  /** Overall deadline in ms. Default: 15 minutes for Deployments and Deploys, 60 for Clusters. */
  timeoutMs?: number;
  /** Gap before the second poll, in ms; each gap is half as long again as the last, up to 30 s. Default 5000. */
  intervalMs?: number;
  /** Aborts the wait; it then rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Statuses that end the wait with AstroWaitError (reason 'failed'), unless waited for. */
  failOn?: readonly Status[];
}

/** What each group of WAITED_GROUPS (lifecycle.ts) waits with: the resource's name in messages, the statuses that fail a wait by default, the default deadline in minutes. */
export const WAITERS: Record<string, [noun: string, failOn: string[], minutes: number]> = {
  deployments: ['Deployment', [], 15],
  clusters: ['Cluster', ['CREATE_FAILED', 'UPDATE_FAILED', 'ACCESS_DENIED', 'FAILOVER_FAILED'], 60],
  deploys: ['Deploy', ['FAILED'], 15],
};
export const WAIT_OPTIONS = ['timeoutMs', 'intervalMs', 'signal', 'failOn'];
/** How long after the start a 404 still means "not there yet": a resource just created may not be readable at once. */
export const NOT_FOUND_GRACE_MS = 30_000;

/** A copy of a resource safe to keep in an error: the credentials of URLs in it (a Deploy's upload URL) are scrubbed. */
export function safeResource(resource: unknown, redactor: Redactor): unknown {
  for (const value of Object.values(Object(resource)))
    if (typeof value === 'string' && /^https?:\/\/[^?]+\?/.test(value)) rememberUrlCredential(redactor, new URL(value));
  return scrubDeep(resource, redactor.scrub);
}

type Helper = (...args: unknown[]) => Promise<unknown>;

/** The waiter of `group`, polling its `get`, whose first `ids` arguments are the resource's ids. */
export function waiter(group: string, get: Helper, ids: number, redactor: Redactor): Helper {
  const label = `${group}.waitForStatus`;
  const [noun, defaultFailOn, minutes] = WAITERS[group]!;
  return async (...args) => {
    const [wanted, options] = args.slice(ids);
    const statuses = [wanted].flat() as string[];
    if (!statuses.length || statuses.some((status) => typeof status !== 'string')) throw new AstroInputError(`${label}: the status must be a status name or a list of them, got ${show(wanted)}.`);
    const checked = optionsObject<WaitOptions>(label, options, WAIT_OPTIONS);
    const { signal, failOn = defaultFailOn } = checked;
    const deadline = whole(label, checked, 'timeoutMs', minutes * 60_000);
    let gap = whole(label, checked, 'intervalMs', 5000);
    const what = `${noun} ${args.slice(0, ids).join('/')}`;
    const started = Date.now();
    const controller = new AbortController();
    const unfollow = follow(signal, controller);
    const expired = new Error();
    const timer = setTimeout(() => controller.abort(expired), deadline);
    let resource: { status?: string } | undefined;
    const fail = (reason: 'failed' | 'timeout', text: string) =>
      new AstroWaitError(`${label}: ${what} ${text}`, { reason, ...(resource && { resource: safeResource(resource, redactor), lastStatus: resource.status }) });
    try {
      for (;;) {
        try {
          resource = (await get(...args.slice(0, ids), { signal: controller.signal })) as typeof resource;
          const status = resource?.status;
          if (statuses.includes(status!)) return resource;
          if (failOn.includes(status!) && !statuses.includes(status!)) throw fail('failed', `reached ${status}, which ends the wait (failOn).`);
        } catch (error) {
          if (!(error instanceof AstroApiError && error.status === 404 && Date.now() - started < NOT_FOUND_GRACE_MS)) throw error;
        }
        await sleep(gap, controller.signal);
        gap = Math.min(gap * 1.5, 30_000);
      }
    } catch (error) {
      if (signal?.aborted) throw signal.reason;
      throw controller.signal.reason === expired ? fail('timeout', `did not reach ${statuses.join(' or ')} within ${deadline} ms (timeoutMs).`) : error;
    } finally {
      clearTimeout(timer);
      unfollow();
    }
  };
}
