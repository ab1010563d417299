/**
 * Faults the simulator can inject, and their text syntax (`x-simulator-fault` header and the
 * control endpoint): directives separated by `;`, for example
 *   `503;times=2`  `429;retry-after=1`  `latency=200`  `reset`  `text-403`  `truncate`  `fail`.
 */
import { STATUS_CODES } from 'node:http';

export interface Fault {
  /** Answer with this status (400–599) instead of handling the request. */
  status?: number;
  /** Send this plain-text body (as a gateway would) instead of a JSON `Error`. */
  text?: string;
  /** Value of the `Retry-After` header sent with `status`. */
  retryAfter?: string;
  /** Wait this long (ms) before answering. */
  latencyMs?: number;
  /** Drop the connection (TCP reset) instead of answering. */
  reset?: boolean;
  /** Send half of the response body, then close the connection. */
  truncate?: boolean;
  /**
   * Serve the request, but let the status change it starts end in failure: a created Deployment
   * becomes UNHEALTHY, a Cluster CREATE_FAILED, a finalized Deploy FAILED.
   */
  fail?: boolean;
  /** Apply to this many requests (scripted faults default to 1; header faults then let one through). */
  times?: number;
}

export class FaultSyntaxError extends Error {
  override name = 'FaultSyntaxError';
}

/** Bodies a gateway in front of the API sends (see the spec's `AccessDeniedText`, `TooManyRequestsText`). */
const GATEWAY_TEXT: Record<number, string> = { 401: 'RBAC: access denied', 403: 'RBAC: access denied', 429: 'Too Many Requests' };
export const gatewayText = (status: number) => GATEWAY_TEXT[status] ?? STATUS_CODES[status] ?? 'Error';

const LIMITS = { latencyMs: 30_000, times: 10_000 };

function integer(name: string, value: string, min: number, max: number): number {
  if (!/^\d+$/.test(value)) throw new FaultSyntaxError(`${name} must be a whole number, got "${value}"`);
  const number = Number(value);
  if (number < min || number > max) throw new FaultSyntaxError(`${name} must be between ${min} and ${max}, got ${number}`);
  return number;
}

export function parseFault(source: string): Fault {
  const fault: Fault = {};
  const directives = source.split(';').map((part) => part.trim()).filter(Boolean);
  if (directives.length === 0) throw new FaultSyntaxError('The fault is empty');
  for (const directive of directives) {
    const [rawKey, ...rest] = directive.split('=');
    const key = rawKey!.trim().toLowerCase();
    const value = rest.join('=').trim();
    const text = /^text-(\d{3})$/.exec(key);
    if (/^\d{3}$/.test(key) && rest.length === 0) fault.status = integer('status', key, 400, 599);
    else if (text) {
      fault.status = integer('status', text[1]!, 400, 599);
      fault.text = gatewayText(fault.status);
    } else if (key === 'status') fault.status = integer('status', value, 400, 599);
    else if (key === 'text') fault.text = value;
    else if (key === 'retry-after') fault.retryAfter = value;
    else if (key === 'latency') fault.latencyMs = integer('latency', value, 0, LIMITS.latencyMs);
    else if (key === 'times') fault.times = integer('times', value, 1, LIMITS.times);
    else if (key === 'reset' && rest.length === 0) fault.reset = true;
    else if (key === 'truncate' && rest.length === 0) fault.truncate = true;
    else if (key === 'fail' && rest.length === 0) fault.fail = true;
    else throw new FaultSyntaxError(`Unknown fault directive "${directive}"`);
  }
  return checkFault(fault);
}

/** Checks a fault given as an object (programmatic API, control endpoint) or parsed from text. */
export function checkFault(fault: Fault): Fault {
  const { status, text, retryAfter, latencyMs, reset, truncate, times, fail } = fault;
  if (status !== undefined && (!Number.isInteger(status) || status < 400 || status > 599)) {
    throw new FaultSyntaxError(`status must be an integer between 400 and 599, got ${String(status)}`);
  }
  if (latencyMs !== undefined && (!Number.isInteger(latencyMs) || latencyMs < 0 || latencyMs > LIMITS.latencyMs)) {
    throw new FaultSyntaxError(`latency must be between 0 and ${LIMITS.latencyMs} ms`);
  }
  if (times !== undefined && (!Number.isInteger(times) || times < 1 || times > LIMITS.times)) {
    throw new FaultSyntaxError(`times must be between 1 and ${LIMITS.times}`);
  }
  for (const [name, value] of [['text', text], ['retry-after', retryAfter]] as const) {
    if (value !== undefined && (typeof value !== 'string' || value.length > 200 || /[^\x20-\x7e]/.test(value))) {
      throw new FaultSyntaxError(`${name} must be printable ASCII of at most 200 characters`);
    }
  }
  if ((text !== undefined || retryAfter !== undefined) && status === undefined) {
    throw new FaultSyntaxError('text and retry-after need a status, for example 429;retry-after=1');
  }
  if (reset && (status !== undefined || truncate)) throw new FaultSyntaxError('reset cannot be combined with a status or truncate');
  if (fail !== undefined && typeof fail !== 'boolean') throw new FaultSyntaxError('fail must be true or false');
  if (fail && (status !== undefined || reset)) throw new FaultSyntaxError('fail lets the request through: it cannot be combined with a status or reset');
  if (status === undefined && !reset && !truncate && latencyMs === undefined && !fail) {
    throw new FaultSyntaxError('A fault needs a status, reset, truncate, latency or fail');
  }
  return { ...fault };
}
